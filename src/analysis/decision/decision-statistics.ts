import { bootstrapMean, bootstrapStratifiedMean } from "../stats/bootstrap-mean.js";
import type { Interval, ItemScores } from "../types.js";
import { DEFAULT_MARGIN, pairedDifference, type PairedDifference, type PairedStratum } from "./paired-difference.js";
import { resamplesFor, seedFor } from "./stat-settings.js";
import { statisticKey, type StatisticsMemo } from "./statistics-memo.js";

/**
 * The two statistics every decision rests on, each seeded by what it is about (not by where it is shown), so the
 * report, the dashboard, the terminal and `kurabe compare` print the same interval for the same scores. Given a memo
 * (the store's), each is computed once for its inputs and read back after that.
 */

export const LEVEL = 0.95;
export const ALPHA = 1 - LEVEL;

/** A model's score on a suite with its 95 % interval (clustered percentile bootstrap); null with no answered item. */
export function scoreInterval(scores: ItemScores, about: { modelId: string; suite: string }, baseSeed: number, memo?: StatisticsMemo): Interval | null {
  if (scores.size === 0) return null;
  const options = { seed: seedFor(baseSeed, about.modelId, about.suite), level: LEVEL, resamples: resamplesFor(scores.size) };
  return remembered(memo, "score", [options.seed, options.level, options.resamples], [scores], () => bootstrapMean(scores, options));
}

/**
 * A model's score over the whole run — the mean of its suite scores, each suite weighing the same — with its 95 %
 * interval (items resampled within each suite); null with no answered item. A model scored on one suite only has
 * that suite's score overall, and that suite's interval, not a second one.
 */
export function overallScoreInterval(
  suites: ReadonlyArray<{ suite: string; scores: ItemScores }>,
  modelId: string,
  baseSeed: number,
  memo?: StatisticsMemo,
): Interval | null {
  const answered = suites.filter((s) => s.scores.size > 0);
  if (answered.length === 0) return null;
  if (answered.length === 1) return scoreInterval(answered[0]!.scores, { modelId, suite: answered[0]!.suite }, baseSeed, memo);
  const items = answered.reduce((sum, s) => sum + s.scores.size, 0);
  const strata = answered.map((s) => s.scores);
  const options = { seed: seedFor(baseSeed, modelId, ...answered.map((s) => s.suite)), level: LEVEL, resamples: resamplesFor(items) };
  return remembered(memo, "stratified-score", [options.seed, options.level, options.resamples], strata, () => bootstrapStratifiedMean(strata, options));
}

/**
 * a − b on the given suites (one stratum each). Computed in name order and negated when asked the other way round,
 * so "a vs b" and "b vs a" are exact mirror images wherever they are shown.
 */
export function comparePair(
  strata: ReadonlyArray<PairedStratum & { suite: string }>,
  pair: { a: string; b: string },
  options: { baseSeed: number; margin?: number; alpha?: number; memo?: StatisticsMemo },
): PairedDifference {
  const flipped = pair.b < pair.a;
  const [first, second] = flipped ? [pair.b, pair.a] : [pair.a, pair.b];
  const ordered = strata.map((s) => (flipped ? { a: s.b, b: s.a } : { a: s.a, b: s.b }));
  const total = strata.reduce((sum, s) => sum + Math.min(s.a.size, s.b.size), 0);
  const settings = {
    seed: seedFor(options.baseSeed, ...strata.map((s) => s.suite), first, second),
    alpha: options.alpha ?? ALPHA,
    resamples: resamplesFor(total),
    margin: options.margin ?? DEFAULT_MARGIN,
  };
  const result = remembered(
    options.memo,
    "paired-difference",
    [settings.seed, settings.alpha, settings.resamples, settings.margin],
    ordered.flatMap((s) => [s.a, s.b]),
    () => pairedDifference(ordered, settings),
  );
  if (!flipped) return result;
  const d = result.difference;
  // 0 − x, not −x: a zero gap stays +0 and never prints as "−0.0".
  return { ...result, difference: { estimate: 0 - d.estimate, low: 0 - d.high, high: 0 - d.low, level: d.level } };
}

/** compute(), through the memo when there is one (the key is only hashed then). */
function remembered<T>(memo: StatisticsMemo | undefined, kind: string, parameters: ReadonlyArray<string | number>, inputs: readonly ItemScores[], compute: () => T): T {
  return memo ? memo.recall(statisticKey(kind, parameters, inputs), compute) : compute();
}
