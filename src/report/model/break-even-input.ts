import { fixedMonthlyOf, replicaOf } from "../../analysis/decision/model-pricing.js";
import { breakEven, costModelOf, type BreakEven, type BreakEvenInput } from "../../analysis/cost/break-even.js";
import { cheapestSegments, monthlyCost, type CheapestSegment, type CostCurve } from "../../analysis/decision/cheapest-option.js";
import type { TokenCounts } from "../../analysis/cost/replica.js";
import type { HostingConfig, PriceConfig } from "../../config/schema.js";
import type { BreakEvenPair, BreakEvenSeries } from "./report-types.js";

/**
 * The break-even series the report builds itself when kurabe.yaml gives a model `hosting:`: every priced API model
 * against every self-hosted one, at the run's measured input:output token mix (src/analysis/cost/break-even.ts).
 */

/** What the builder needs of the run; all of it is in the store. */
interface BreakEvenSource {
  /** Model ids in config order with the price the run used (null: none known). */
  models: ReadonlyArray<{ modelId: string; price: PriceConfig | null }>;
  /** `hosting:` of the models that have one. */
  hosting: ReadonlyMap<string, HostingConfig>;
  /** Tokens of every answer of the run, all models together: the workload's mix. */
  mix: TokenCounts;
  /** Median output tokens per second measured in the run, by model (the fallback throughput). */
  measuredOutputTokensPerSecond: ReadonlyMap<string, number>;
}

const VOLUME_UNIT = "tokens / month";
const MAX_STEPS = 200;

export const apiOptionName = (modelId: string) => `${modelId} (API)`;
export const hostedOptionName = (modelId: string) => `${modelId} (self-hosted)`;

/** The break-even inputs, one per (priced API model, hosted model with a known replica), in config order. */
function breakEvenInputs(source: BreakEvenSource): Array<{ apiModel: string; hostedModel: string; input: BreakEvenInput }> {
  if (!(source.mix.input + source.mix.output > 0)) return [];
  const apis = source.models.filter((m) => m.price !== null && !source.hosting.has(m.modelId));
  const pairs: Array<{ apiModel: string; hostedModel: string; input: BreakEvenInput }> = [];
  for (const hosted of source.models) {
    const hosting = source.hosting.get(hosted.modelId);
    if (!hosting) continue;
    const replica = replicaOf(hosting, source.measuredOutputTokensPerSecond.get(hosted.modelId));
    if (!replica) continue;
    for (const api of apis) {
      pairs.push({
        apiModel: api.modelId,
        hostedModel: hosted.modelId,
        input: { api: api.price!, replica, mix: { ...source.mix }, fixedMonthlyUsd: fixedMonthlyOf(hosting) },
      });
    }
  }
  return pairs;
}

/** The series the break-even chart and table render; null without a hosted model and a priced API model. */
export function buildBreakEvenSeries(source: BreakEvenSource): BreakEvenSeries | null {
  const inputs = breakEvenInputs(source);
  if (inputs.length === 0) return null;
  const results = inputs.map((pair) => ({ ...pair, result: breakEven(pair.input) }));
  // Each option's cost comes from one of its pairs: an API's cost does not depend on the replica, nor a replica's on the API.
  const curves = new Map<string, CostCurve>();
  const kinds: Record<string, { model: string; kind: "api" | "self-hosted" }> = {};
  for (const pair of inputs) {
    const model = costModelOf(pair.input);
    const api = apiOptionName(pair.apiModel);
    const hosted = hostedOptionName(pair.hostedModel);
    if (!curves.has(api)) curves.set(api, { kind: "api", perToken: model.perToken });
    if (!curves.has(hosted)) {
      curves.set(hosted, { kind: "self-hosted", capacity: model.capacity, replicaMonthly: model.monthly, fixed: model.fixed, minReplicas: model.minReplicas });
    }
    kinds[api] = { model: pair.apiModel, kind: "api" };
    kinds[hosted] = { model: pair.hostedModel, kind: "self-hosted" };
  }
  // API options first, then self-hosted ones, each in config order.
  const options = [...curves.keys()].sort((x, y) => Number(kinds[x]!.kind !== "api") - Number(kinds[y]!.kind !== "api"));
  const { minVolume, maxVolume } = volumeRange(results.map((r) => r.result), [...curves.values()]);
  const segments = cheapestSegments(options.map((id) => ({ id, curve: curves.get(id)! })), maxVolume);
  const points = chartVolumes(minVolume, maxVolume, [...curves.values()], segments).map((volume) => ({
    volume,
    monthlyUsd: Object.fromEntries(options.map((id) => [id, monthlyCost(curves.get(id)!, volume)])),
  }));
  const pairs: BreakEvenPair[] = results.map(({ apiModel, hostedModel, result }) => ({
    apiModel,
    hostedModel,
    apiOption: apiOptionName(apiModel),
    hostedOption: hostedOptionName(hostedModel),
    apiUsdPerMillion: result.apiUsdPerMillion,
    replicaMonthlyUsd: result.replicaMonthlyUsd,
    replicaMonthlyTokens: result.replicaMonthlyTokens,
    breakEvenMonthlyTokens: result.breakEvenMonthlyTokens,
    selfHostedCheaperFrom: result.selfHostedCheaperFrom,
  }));
  return { volumeUnit: VOLUME_UNIT, options, optionKinds: kinds, points, segments, pairs };
}

/**
 * From a volume well below one replica's capacity to ten times the last volume where self-hosting takes over (at
 * least four replicas), both on powers of ten so the log axis has round ends.
 */
function volumeRange(results: readonly BreakEven[], curves: readonly CostCurve[]): { minVolume: number; maxVolume: number } {
  const capacities = curves.flatMap((c) => (c.kind === "self-hosted" ? [c.capacity] : []));
  const marks = results.flatMap((r) => [r.breakEvenMonthlyTokens, r.selfHostedCheaperFrom]).filter((v): v is number => v !== null && v > 0);
  const top = Math.max(4 * Math.max(...capacities), ...marks.map((v) => 10 * v));
  const bottom = Math.min(...capacities, ...marks) / 100;
  return { minVolume: 10 ** Math.floor(Math.log10(bottom)), maxVolume: 10 ** Math.ceil(Math.log10(top)) };
}

/** Log-spaced volumes, every replica step (its last volume and just after) while they are few, and each crossover. */
function chartVolumes(minVolume: number, maxVolume: number, curves: readonly CostCurve[], segments: readonly CheapestSegment[]): number[] {
  const volumes = new Set<number>();
  const perDecade = 24;
  const decades = Math.log10(maxVolume / minVolume);
  for (let i = 0; i <= decades * perDecade; i += 1) volumes.add(minVolume * 10 ** (i / perDecade));
  for (const curve of curves) {
    if (curve.kind !== "self-hosted") continue;
    const steps = Math.floor(maxVolume / curve.capacity);
    if (steps > MAX_STEPS) continue;
    for (let n = 1; n <= steps; n += 1) {
      volumes.add(n * curve.capacity);
      volumes.add(n * curve.capacity * (1 + 1e-9));
    }
  }
  for (const segment of segments) if (segment.fromVolume > 0) volumes.add(segment.fromVolume);
  return [...volumes].filter((v) => v >= minVolume && v <= maxVolume).sort((a, b) => a - b);
}
