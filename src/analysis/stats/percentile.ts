import type { Interval } from "../types.js";

/**
 * The q-quantile of ascending values by linear interpolation between order statistics (Hyndman & Fan 1996,
 * "Sample quantiles in statistical packages", definition 7: the R and NumPy default). NaN for no values.
 */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, n - 1);
  const lower = sorted[below] as number;
  const upper = sorted[above] as number;
  return lower === upper ? lower : lower + (position - below) * (upper - lower);
}

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
