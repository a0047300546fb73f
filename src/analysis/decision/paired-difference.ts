import { itemMeans, meanOf } from "../stats/item-means.js";
import { normalQuantile } from "../stats/normal-quantile.js";
import { quantileOfSorted } from "../stats/quantile.js";
import { createRandom } from "../stats/random.js";
import { resampledMeans } from "../stats/resampled-means.js";
import type { Interval, ItemScores } from "../types.js";

/**
 * Is model a's lead over model b real? kurabe decides every pair — per suite, overall, in the report, the dashboard
 * and `kurabe compare` — with this one method: a paired percentile bootstrap of the mean per-item difference
 * (items resampled, each keeping both models' answers; Efron & Tibshirani 1993, §13.3), stratified by suite when
 * several suites are pooled (each suite weighs the same, as in the overall score). The gap is significant exactly
 * when the (1 − alpha) interval excludes 0, and the p-value printed beside it is that interval inverted (the
 * smallest alpha whose interval excludes 0), so the verdict, the interval and p can never disagree.
 */
export interface PairedDifference {
  /** Mean of (a − b) over items both answered (overall: the mean of the suites' means). */
  difference: Interval;
  /** The percentile interval inverted: p < alpha ⇔ the interval excludes 0. */
  pValue: number;
  method: "paired-bootstrap";
  /** Items compared (answered by both), over all strata. */
  n: number;
  /** The interval excludes 0. */
  significant: boolean;
  /**
   * The smallest true gap these items would detect with 80 % power at alpha (normal approximation: (z_{1−α/2} +
   * z_{0.8}) × standard error); NaN with no items.
   */
  detectableGap: number;
  /**
   * Items to add (spread as now) before a gap of `margin` would be detected; 0 when these suffice. Null for a
   * significant pair: these items already tell the two apart, and no count of items to add means anything there (the
   * tables print "–", JSON null). It is the "about N more needed" a recommendation quotes for a pair it cannot call.
   */
  moreItemsForMargin: number | null;
  margin: number;
}

/** One suite's scores of both models. */
export interface PairedStratum {
  a: ItemScores;
  b: ItemScores;
}

interface PairedDifferenceOptions {
  seed: number;
  alpha: number;
  resamples: number;
  /** The gap (0..1 scale) a recommendation must be able to rule out (default 0.05, five points). */
  margin?: number;
  power?: number;
}

export const DEFAULT_MARGIN = 0.05;

export function pairedDifference(strata: readonly PairedStratum[], options: PairedDifferenceOptions): PairedDifference {
  const { seed, alpha, resamples, margin = DEFAULT_MARGIN, power = 0.8 } = options;
  const differences = strata.map(({ a, b }) => itemDifferences(a, b)).filter((d) => d.length > 0);
  const n = differences.reduce((sum, d) => sum + d.length, 0);
  const level = 1 - alpha;
  if (n === 0) {
    const none = { estimate: Number.NaN, low: Number.NaN, high: Number.NaN, level };
    return { difference: none, pValue: 1, method: "paired-bootstrap", n, significant: false, detectableGap: Number.NaN, moreItemsForMargin: 0, margin };
  }
  const estimate = meanOf(differences.map((d) => meanOf(d)));
  const draws = resampledMeans(differences.map((d) => Float64Array.from(d)), createRandom(seed), resamples);
  draws.sort();
  const low = quantileOfSorted(draws, alpha / 2);
  const high = quantileOfSorted(draws, 1 - alpha / 2);
  const se = standardError(differences);
  const detectableGap = (normalQuantile(1 - alpha / 2) + normalQuantile(power)) * se;
  const shortfall = (detectableGap / margin) ** 2;
  const significant = low > 0 || high < 0;
  return {
    difference: { estimate, low, high, level },
    pValue: invertedPValue(draws),
    method: "paired-bootstrap",
    n,
    significant,
    detectableGap,
    moreItemsForMargin: significant ? null : shortfall <= 1 ? 0 : Math.ceil(n * (shortfall - 1) - 1e-9),
    margin,
  };
}

/** Per-item mean of a − b over the items both models have a score for, in item order. */
function itemDifferences(a: ItemScores, b: ItemScores): number[] {
  const meansA = itemMeans(a);
  const meansB = itemMeans(b);
  return [...meansA.keys()]
    .filter((item) => meansB.has(item))
    .sort()
    .map((item) => (meansA.get(item) as number) - (meansB.get(item) as number));
}

/**
 * Standard error of the mean of the strata's mean differences: √(Σ var_s / n_s) / S. Each suite's variance is at
 * least min(1, 3/n), as if the share of items where the two differ by a whole point were at the "rule of three"
 * 95 % upper bound for none seen (Hanley & Lippman-Hand 1983, JAMA 249:1743): identical answers on 12 items do not
 * prove two models equal to within five points.
 */
function standardError(differences: readonly number[][]): number {
  let variance = 0;
  for (const d of differences) {
    const n = d.length;
    const mean = meanOf(d);
    let squares = 0;
    for (const value of d) squares += (value - mean) ** 2;
    const sampleVariance = n > 1 ? squares / (n - 1) : 0;
    variance += Math.max(sampleVariance, Math.min(1, 3 / n)) / n;
  }
  return Math.sqrt(variance) / differences.length;
}

/**
 * The smallest alpha whose percentile interval (same quantile definition) excludes 0: with Q the interpolated
 * quantile of the sorted draws, p = 2·sup{q : Q(q) ≤ 0} or 2·(1 − inf{q : Q(q) ≥ 0}), whichever is smaller.
 */
export function invertedPValue(sorted: Float64Array): number {
  const last = sorted.length - 1;
  if (last < 0) return 1;
  const position = (k: number, target: number) => (k + (target - (sorted[k] as number)) / ((sorted[k + 1] as number) - (sorted[k] as number))) / Math.max(last, 1);
  let lowSide: number;
  if ((sorted[0] as number) > 0) lowSide = 0;
  else {
    let k = 0;
    while (k < last && (sorted[k + 1] as number) <= 0) k += 1;
    lowSide = k === last ? 1 : position(k, 0);
  }
  let highSide: number;
  if ((sorted[last] as number) < 0) highSide = 0;
  else {
    let k = last;
    while (k > 0 && (sorted[k - 1] as number) >= 0) k -= 1;
    highSide = k === 0 ? 1 : 1 - position(k - 1, 0);
  }
  return Math.min(1, 2 * lowSide, 2 * highSide);
}
