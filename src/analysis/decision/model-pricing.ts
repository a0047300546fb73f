import type { HostingConfig, PriceConfig } from "../../config/schema.js";
import { quoteGpus, resolveGpuType } from "../../models/gpu-catalog.js";
import { amortiseMonthly } from "../cost/fine-tuning.js";
import type { Replica } from "../cost/replica.js";
import { selfHostedPrice } from "../cost/self-hosted-price.js";

/**
 * What one model's answers cost, per 1M tokens: an API price (kurabe.yaml `price:` or the catalog's), or a
 * self-hosted one derived from `hosting:` (GPU $/h × GPUs / (utilisation × throughput)), or neither ("unpriced").
 * Every cost kurabe shows for a model — per answer, per correct answer, the Pareto set, the break-even — is this
 * price times the stored token usage, so no place can price a model differently from another.
 */
export type ModelPricing =
  | { kind: "api"; price: PriceConfig }
  | { kind: "self-hosted"; price: PriceConfig; assumptions: HostingAssumptions }
  | { kind: "unpriced"; reason: "no-price" | "no-throughput" };

/** What a self-hosted price rests on, printed beside it. */
interface HostingAssumptions {
  gpu: string | null;
  gpus: number;
  /** The whole replica's hourly price: `hourlyUsd`, or the GPU catalog's on-demand price of `gpus` × `gpu`. */
  hourlyUsd: number;
  utilisation: number;
  outputTokensPerSecond: number;
  inputTokensPerSecond: number | null;
  /** `given` in `hosting:`, or the median `measured` in the run. */
  throughput: "given" | "measured";
  /** A one-off fine-tuning cost spread over `amortiseMonths` (not in the per-answer price: it does not scale with use). */
  fineTuningMonthlyUsd: number;
}

const DEFAULT_UTILISATION = 0.5;
const DEFAULT_AMORTISE_MONTHS = 12;

/** What the run stored about a model's price and hosting. */
export interface ModelCostSource {
  price: PriceConfig | null;
  hosting?: HostingConfig | undefined;
}

/**
 * `hosting:` wins over a price: a model you serve yourself is priced by its GPUs even if an API sells it too. A hosted
 * model whose throughput is neither given nor measured falls back to its price, else is unpriced.
 */
export function pricingOf(source: ModelCostSource, measuredOutputTokensPerSecond: number | null | undefined): ModelPricing {
  if (source.hosting) {
    const replica = replicaOf(source.hosting, measuredOutputTokensPerSecond ?? undefined);
    if (replica) {
      const { hosting } = source;
      return {
        kind: "self-hosted",
        price: selfHostedPrice(replica).price,
        assumptions: {
          gpu: hosting.gpu ?? null,
          gpus: hosting.gpus ?? 1,
          hourlyUsd: replica.hourlyUsd,
          utilisation: replica.utilisation,
          outputTokensPerSecond: replica.throughput.outputTokensPerSecond,
          inputTokensPerSecond: replica.throughput.inputTokensPerSecond ?? null,
          throughput: hosting.outputTokensPerSecond === undefined ? "measured" : "given",
          fineTuningMonthlyUsd: fixedMonthlyOf(hosting),
        },
      };
    }
    if (!source.price) return { kind: "unpriced", reason: "no-throughput" };
  }
  return source.price ? { kind: "api", price: source.price } : { kind: "unpriced", reason: "no-price" };
}

/**
 * A hosted model's replica: hourly from `hourlyUsd` or the GPU catalog × `gpus`; throughput as declared (with an
 * input rate, the two rates are taken as separate capacities) or else the run's measured median output speed.
 * Null when no throughput is known.
 */
export function replicaOf(hosting: HostingConfig, measuredOutputTokensPerSecond: number | undefined): Replica | null {
  const gpus = hosting.gpus ?? 1;
  const hourlyUsd = hosting.hourlyUsd ?? (hosting.gpu === undefined ? undefined : quoteGpus(resolveGpuType(hosting.gpu), gpus).hourlyUsd);
  const output = hosting.outputTokensPerSecond ?? measuredOutputTokensPerSecond;
  if (hourlyUsd === undefined || output === undefined || !(output > 0)) return null;
  const input = hosting.inputTokensPerSecond;
  return {
    hourlyUsd,
    utilisation: hosting.utilisation ?? DEFAULT_UTILISATION,
    throughput: input === undefined ? { outputTokensPerSecond: output, basis: "measured" } : { outputTokensPerSecond: output, inputTokensPerSecond: input, basis: "separate" },
  };
}

/** Monthly share of a one-off fine-tuning cost (0 without one). */
export function fixedMonthlyOf(hosting: HostingConfig): number {
  return hosting.fineTuningUsd ? amortiseMonthly(hosting.fineTuningUsd, hosting.amortiseMonths ?? DEFAULT_AMORTISE_MONTHS) : 0;
}
