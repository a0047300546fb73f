import type { ItemScores, PairedComparison } from "../types.js";
import { bootstrapMeanOf } from "./bootstrap-mean.js";
import { checkCount, checkProbability } from "./check-options.js";
import { itemMeans, meanOf } from "./item-means.js";
import { mcnemarExact } from "./mcnemar.js";
import { createRandom } from "./random.js";
import { mcnemarItemsNeeded, pairedItemsNeeded } from "./sample-size.js";
import { signFlipTest } from "./sign-flip-test.js";

export interface PairedComparisonOptions {
  seed: number;
  /** Significance level (default 0.05): p ≥ alpha is "within noise"; the difference interval has level 1 − alpha. */
  alpha?: number;
  /** Bootstrap resamples for the interval, and Monte Carlo sign patterns above 16 items (default 2000). */
  resamples?: number;
}

/**
 * Is model a's lead over model b real? Over the items both have a score for, compares per-item means: the mean
 * difference with a paired bootstrap interval over items, and a two-sided p-value — McNemar's exact test when every
 * score is 0/1 with one sample per item, otherwise the paired sign-flip permutation test. itemsNeeded is the suite
 * size that would detect the observed gap at alpha 0.05 with 80% power (Connor's McNemar formula for pass/fail data,
 * the paired normal formula otherwise). No shared items: a NaN difference, p = 1.
 */
export function comparePaired(a: ItemScores, b: ItemScores, options: PairedComparisonOptions): PairedComparison {
  const { seed, alpha = 0.05, resamples = 2000 } = options;
  checkProbability("alpha", alpha);
  checkCount("resamples", resamples, 1);

  const meansA = itemMeans(a);
  const meansB = itemMeans(b);
  const items = [...meansA.keys()].filter((item) => meansB.has(item)).sort();
  const differences = items.map((item) => (meansA.get(item) as number) - (meansB.get(item) as number));
  const n = items.length;
  const difference = bootstrapMeanOf(differences, createRandom(seed), resamples, 1 - alpha);

  const passFail = items.every((item) => isSinglePassFail(a.get(item)) && isSinglePassFail(b.get(item)));
  if (passFail) {
    const onlyA = differences.filter((d) => d > 0).length;
    const onlyB = differences.filter((d) => d < 0).length;
    const pValue = mcnemarExact(onlyA, onlyB);
    const itemsNeeded = n === 0 ? undefined : mcnemarItemsNeeded(onlyA / n, onlyB / n);
    return result(difference, pValue, "mcnemar-exact", n, alpha, itemsNeeded);
  }

  // The permutation stream is seeded apart from the bootstrap's so neither depends on how many draws the other made.
  const { pValue } = signFlipTest(differences, { seed: (seed + 1) % Number.MAX_SAFE_INTEGER, resamples });
  const itemsNeeded = n < 2 ? undefined : pairedItemsNeeded(difference.estimate, standardDeviation(differences));
  return result(difference, pValue, "paired-permutation", n, alpha, itemsNeeded);
}

function result(
  difference: PairedComparison["difference"],
  pValue: number,
  method: PairedComparison["method"],
  n: number,
  alpha: number,
  itemsNeeded: number | undefined,
): PairedComparison {
  const comparison: PairedComparison = { difference, pValue, method, n, withinNoise: pValue >= alpha };
  if (itemsNeeded !== undefined) comparison.itemsNeeded = itemsNeeded;
  return comparison;
}

function isSinglePassFail(samples: readonly number[] | undefined): boolean {
  return samples?.length === 1 && (samples[0] === 0 || samples[0] === 1);
}

/** Sample standard deviation (n − 1 denominator). */
function standardDeviation(values: readonly number[]): number {
  const mean = meanOf(values);
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}
