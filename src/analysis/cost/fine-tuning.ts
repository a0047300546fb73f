import { KurabeError } from "../../errors.js";

/** Fine-tuning as a one-off cost, spread over the months the tuned model serves. */

type FineTuningSpec =
  /** Training on rented GPUs: GPU-hours × USD per GPU-hour. */
  | { kind: "gpu"; gpuHours: number; usdPerGpuHour: number }
  /** A provider's training API: USD per 1M training tokens × tokens in the data set × epochs (OpenAI's formula). */
  | { kind: "api"; usdPerMillionTrainingTokens: number; trainingTokens: number; epochs: number };

export function fineTuningCost(spec: FineTuningSpec): number {
  const values =
    spec.kind === "gpu"
      ? [spec.gpuHours, spec.usdPerGpuHour]
      : [spec.usdPerMillionTrainingTokens, spec.trainingTokens, spec.epochs];
  if (values.some((value) => !(value >= 0) || !Number.isFinite(value))) {
    throw invalid("fine-tuning figures must be finite and ≥ 0");
  }
  if (spec.kind === "gpu") return spec.gpuHours * spec.usdPerGpuHour;
  return (spec.usdPerMillionTrainingTokens * spec.trainingTokens * spec.epochs) / 1_000_000;
}

/** A one-off cost spread evenly over `months` (straight-line amortisation). */
export function amortiseMonthly(oneOffUsd: number, months: number): number {
  if (!(months > 0)) throw invalid(`amortisation needs at least part of a month (got ${months})`);
  return oneOffUsd / months;
}

function invalid(message: string): KurabeError {
  return new KurabeError("input", message);
}
