import type { Interval, ItemScores } from "../types.js";
import { checkCount, checkProbability } from "./check-options.js";
import { itemMeans, meanOf } from "./item-means.js";
import { percentileInterval } from "./percentile.js";
import { createRandom, type Random } from "./random.js";
import { resampledMeans } from "./resampled-means.js";

export interface BootstrapOptions {
  /** Same seed, same scores → same interval. */
  seed: number;
  /** Bootstrap resamples (default 2000). */
  resamples?: number;
  /** Confidence level (default 0.95). */
  level?: number;
}

/**
 * A model's score: the mean of its per-item means, with a percentile bootstrap interval clustered by item — whole
 * items are resampled, each keeping all of its samples, because samples of one item are correlated and treating
 * them as independent understates the uncertainty (Miller 2024, "Adding Error Bars to Evals", arXiv:2411.00640,
 * clustered standard errors; Davison & Hinkley 1997, "Bootstrap Methods and their Application", §3.8).
 * No items: a NaN interval.
 */
export function bootstrapMean(scores: ItemScores, options: BootstrapOptions): Interval {
  const { seed, resamples = 2000, level = 0.95 } = options;
  checkCount("resamples", resamples, 1);
  checkProbability("level", level);
  const means = [...itemMeans(scores).values()];
  return bootstrapMeanOf(means, createRandom(seed), resamples, level);
}

/**
 * The mean of several strata's means (each stratum, e.g. a suite, weighing the same), with a percentile bootstrap
 * interval that resamples items within each stratum (clustered by item as bootstrapMean is). Strata without items
 * are left out; none left: a NaN interval.
 */
export function bootstrapStratifiedMean(strata: readonly ItemScores[], options: BootstrapOptions): Interval {
  const { seed, resamples = 2000, level = 0.95 } = options;
  checkCount("resamples", resamples, 1);
  checkProbability("level", level);
  const means = strata.map((scores) => Float64Array.from(itemMeans(scores).values())).filter((m) => m.length > 0);
  const estimate = meanOf(means.map((m) => meanOf(m)));
  if (means.length === 0) return { estimate, low: Number.NaN, high: Number.NaN, level };
  return percentileInterval(estimate, resampledMeans(means, createRandom(seed), resamples), level);
}

/** The percentile bootstrap of the mean of `values`, each value one resampling unit (an item's mean or difference). */
function bootstrapMeanOf(values: readonly number[], random: Random, resamples: number, level: number): Interval {
  const n = values.length;
  const estimate = meanOf(values);
  if (n === 0) return { estimate, low: Number.NaN, high: Number.NaN, level };
  return percentileInterval(estimate, resampledMeans([Float64Array.from(values)], random, resamples), level);
}
