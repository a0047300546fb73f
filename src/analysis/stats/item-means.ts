import { KurabeError } from "../../errors.js";
import type { ItemScores } from "../types.js";

/**
 * The mean as a running update (m += (x − m) / k): exactly the value when all values are equal, which a plain
 * sum / n is not (3 × 0.1 / 3 ≠ 0.1), so a constant's interval is the constant. NaN for no values.
 */
export function meanOf(values: ArrayLike<number>): number {
  if (values.length === 0) return Number.NaN;
  let mean = 0;
  for (let i = 0; i < values.length; i += 1) mean += ((values[i] as number) - mean) / (i + 1);
  return mean;
}

/**
 * Each item's mean over its samples, the unit every statistic here resamples. Items with no samples have no
 * score and are left out. Throws KurabeError("input") for a score that is not a finite number.
 */
export function itemMeans(scores: ItemScores): Map<string, number> {
  const means = new Map<string, number>();
  for (const [item, samples] of scores) {
    if (samples.length === 0) continue;
    for (const value of samples) {
      if (!Number.isFinite(value)) {
        throw new KurabeError("input", `item ${item} has a score that is not a finite number (${value})`);
      }
    }
    means.set(item, meanOf(samples));
  }
  return means;
}
