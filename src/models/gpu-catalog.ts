import { closestName } from "../config/closest-name.js";
import { KurabeError } from "../errors.js";

/**
 * Cloud GPU on-demand list prices (USD per instance-hour), from SkyPilot's price catalogs (format v7) as collected in
 * /work/shared/reference/pricing.md on 2026-11-28. Prices change; `--hourly` (or `hourlyUsd`) overrides them.
 */
export type GpuType = "h100-sxm" | "h200-sxm" | "a100-40gb" | "a100-80gb" | "a100-80gb-sxm" | "a6000" | "gh200" | "l4" | "l40";

interface GpuInfo {
  /** As the clouds name it. */
  label: string;
  memoryGb: number;
}

export const GPU_TYPES: Readonly<Record<GpuType, GpuInfo>> = {
  "h100-sxm": { label: "H100 80GB SXM", memoryGb: 80 },
  // The price source does not state the H200's memory; 141 GB is NVIDIA's specification.
  "h200-sxm": { label: "H200 SXM", memoryGb: 141 },
  "a100-40gb": { label: "A100 40GB", memoryGb: 40 },
  "a100-80gb": { label: "A100 80GB PCIe", memoryGb: 80 },
  "a100-80gb-sxm": { label: "A100 80GB SXM", memoryGb: 80 },
  a6000: { label: "RTX A6000 48GB", memoryGb: 48 },
  gh200: { label: "GH200 96GB", memoryGb: 96 },
  l4: { label: "L4 24GB", memoryGb: 24 },
  l40: { label: "L40 48GB", memoryGb: 48 },
};

/** Shorter names people type. */
const GPU_ALIASES: Readonly<Record<string, GpuType>> = { h100: "h100-sxm", h200: "h200-sxm", "rtx-a6000": "a6000" };

interface GpuOffering {
  cloud: "lambda" | "runpod";
  /** The cloud's instance type. */
  instance: string;
  gpu: GpuType;
  gpus: number;
  hourlyUsd: number;
  spotHourlyUsd?: number;
  source: string;
}

const LAMBDA = "SkyPilot catalog v7 catalogs/v7/lambda/vms.csv @ 11580132 (collected 2026-11-28)";
const RUNPOD = "SkyPilot catalog v7 catalogs/v7/runpod/vms.csv @ 0727c2bd, SECURE cloud (collected 2026-11-28)";

export const GPU_OFFERINGS: readonly GpuOffering[] = [
  { cloud: "lambda", instance: "gpu_1x_h100_sxm5", gpu: "h100-sxm", gpus: 1, hourlyUsd: 3.29, source: LAMBDA },
  { cloud: "lambda", instance: "gpu_8x_h100_sxm5", gpu: "h100-sxm", gpus: 8, hourlyUsd: 23.92, source: LAMBDA },
  { cloud: "lambda", instance: "gpu_8x_a100", gpu: "a100-40gb", gpus: 8, hourlyUsd: 10.32, source: LAMBDA },
  { cloud: "lambda", instance: "gpu_1x_a6000", gpu: "a6000", gpus: 1, hourlyUsd: 0.8, source: LAMBDA },
  { cloud: "lambda", instance: "gpu_1x_gh200", gpu: "gh200", gpus: 1, hourlyUsd: 1.49, source: LAMBDA },
  { cloud: "runpod", instance: "1x_A100-80GB_SECURE", gpu: "a100-80gb", gpus: 1, hourlyUsd: 1.64, spotHourlyUsd: 1.19, source: RUNPOD },
  { cloud: "runpod", instance: "1x_A100-80GB-SXM_SECURE", gpu: "a100-80gb-sxm", gpus: 1, hourlyUsd: 1.89, source: RUNPOD },
  { cloud: "runpod", instance: "8x_H200-SXM_SECURE", gpu: "h200-sxm", gpus: 8, hourlyUsd: 31.92, spotHourlyUsd: 28.72, source: RUNPOD },
  { cloud: "runpod", instance: "1x_L4_SECURE", gpu: "l4", gpus: 1, hourlyUsd: 0.44, source: RUNPOD },
  { cloud: "runpod", instance: "1x_L40_SECURE", gpu: "l40", gpus: 1, hourlyUsd: 1.14, spotHourlyUsd: 0.69, source: RUNPOD },
];

/** `H100`, `a100-80gb`, `A100_80GB_SXM` → the catalog's type; an input error naming the types otherwise. */
export function resolveGpuType(name: string): GpuType {
  const key = name.trim().toLowerCase().replace(/_/g, "-");
  if (key in GPU_TYPES) return key as GpuType;
  const alias = GPU_ALIASES[key];
  if (alias) return alias;
  const known = Object.keys(GPU_TYPES);
  const guess = closestName(key, [...known, ...Object.keys(GPU_ALIASES)]);
  const hint = guess ? `did you mean ${guess}? ` : "";
  throw new KurabeError("input", `unknown GPU type "${name}": ${hint}known types: ${known.join(", ")} (or give --hourly)`, {
    field: "gpu",
  });
}

export interface GpuQuote {
  gpu: GpuType;
  /** GPUs asked for. */
  gpus: number;
  /** The instances rented to get them (the cheapest combination); may hold more GPUs than asked for. */
  instances: Array<{ offering: GpuOffering; count: number }>;
  hourlyUsd: number;
  spot: boolean;
}

/**
 * The cheapest way to rent `gpus` GPUs of a type from the catalog, whole instances only: 2 H100 cost 2 × 3.29 (two
 * 1-GPU instances), 8 cost 23.92 (one 8-GPU instance), 1 A100 40GB costs a whole 8-GPU instance (10.32) because that
 * is all the catalog lists. With `spot`, offerings without a spot price are left out.
 */
export function quoteGpus(type: GpuType, gpus: number, options: { spot?: boolean } = {}): GpuQuote {
  if (!Number.isInteger(gpus) || gpus < 1) {
    throw new KurabeError("input", `GPU count must be a whole number ≥ 1 (got ${gpus})`, { field: "gpus" });
  }
  const spot = options.spot ?? false;
  const priced = GPU_OFFERINGS.flatMap((offering) => {
    const hourly = spot ? offering.spotHourlyUsd : offering.hourlyUsd;
    return offering.gpu === type && hourly !== undefined ? [{ offering, hourly }] : [];
  });
  if (priced.length === 0) {
    const what = spot ? `no spot price for ${type}` : `no price for ${type}`;
    throw new KurabeError("input", `${what} in the GPU catalog: give --hourly`, { field: "gpu" });
  }
  // Unbounded knapsack over GPU counts: best[n] is the cheapest set of instances holding at least n GPUs.
  const best: Array<{ cost: number; picks: number[] }> = [{ cost: 0, picks: [] }];
  for (let n = 1; n <= gpus; n++) {
    let choice: { cost: number; picks: number[] } | undefined;
    priced.forEach(({ offering, hourly }, index) => {
      const rest = best[Math.max(0, n - offering.gpus)]!;
      const cost = rest.cost + hourly;
      if (choice === undefined || cost < choice.cost - 1e-9) choice = { cost, picks: [...rest.picks, index] };
    });
    best[n] = choice!;
  }
  const { cost, picks } = best[gpus]!;
  const instances = priced.flatMap(({ offering }, index) => {
    const count = picks.filter((pick) => pick === index).length;
    return count > 0 ? [{ offering, count }] : [];
  });
  return { gpu: type, gpus, instances, hourlyUsd: Math.round(cost * 1e6) / 1e6, spot };
}
