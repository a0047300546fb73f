import type { Interval } from "../types.js";
import { quantileOfSorted } from "./quantile.js";

/**
 * The percentile bootstrap interval (Efron & Tibshirani 1993, "An Introduction to the Bootstrap", §13.3): the
 * (1 − level)/2 and (1 + level)/2 quantiles of the resampled statistics. Sorts `draws` in place.
 */
export function percentileInterval(estimate: number, draws: Float64Array, level: number): Interval {
  draws.sort();
  return {
    estimate,
    low: quantileOfSorted(draws, (1 - level) / 2),
    high: quantileOfSorted(draws, (1 + level) / 2),
    level,
  };
}
