import { KurabeError } from "../../errors.js";
import type { PairwiseOutcome, Rating } from "../types.js";
import { checkCount, checkProbability } from "./check-options.js";
import { fitStrengths, type WinMatrix } from "./bradley-terry-fit.js";
import { percentileInterval } from "./percentile.js";
import { createRandom } from "./random.js";

/** Elo-like points per natural-log unit of strength: 400 points = ten-to-one odds. */
const POINTS_PER_LOGIT = 400 / Math.LN10;
const MEAN_RATING = 1000;

export interface BradleyTerryOptions {
  seed: number;
  /** Bootstrap refits over judgments for the intervals (default 200; 0 leaves low/high NaN). */
  bootstrap?: number;
  /**
   * How many ordinary verdicts a strong one (A>>B) counts as (default 3, Arena-Hard-Auto's `weight=3` in
   * show_result.py). Ties always count ½ to each side, whatever their `strong` flag.
   */
  strongWeight?: number;
  /** Interval level (default 0.95). */
  level?: number;
  /** Gaussian prior precision on log-strengths (default 1e-6): only for identifiability, negligible otherwise. */
  ridge?: number;
}

/**
 * Bradley–Terry ratings from pairwise verdicts, fit the way Arena-Hard-Auto does: every stored row (one per order
 * shown) is a judgment, strong wins weigh `strongWeight`, ties half a win each way, strengths by logistic MLE; then
 * 400·log10 odds, centred so the mean rating is 1000 (Arena-Hard anchors a baseline model at 1000 instead). The
 * interval is a percentile bootstrap that resamples whole judgments (Arena-Hard resamples its weight-expanded rows).
 * A model that won or lost every game has no finite MLE: its rating is held by the prior and is very large or small.
 * Sorted best first; ties by name.
 */
export function bradleyTerry(outcomes: readonly PairwiseOutcome[], options: BradleyTerryOptions): Rating[] {
  const { seed, bootstrap = 200, strongWeight = 3, level = 0.95, ridge = 1e-6 } = options;
  checkCount("bootstrap", bootstrap, 0);
  checkProbability("level", level);
  if (!(strongWeight > 0) || !Number.isFinite(strongWeight)) {
    throw new KurabeError("input", `strongWeight must be a positive number (got ${strongWeight})`);
  }
  if (!(ridge > 0) || !Number.isFinite(ridge)) {
    throw new KurabeError("input", `ridge must be a positive number (got ${ridge})`);
  }

  const { models, games } = encode(outcomes, strongWeight);
  const p = models.length;
  const strengths = fitStrengths(winMatrix(p, games, Int32Array.from(games, (_, k) => k)), ridge);
  const points = toPoints(strengths, new Array<boolean>(p).fill(true));
  const draws = bootstrapPoints(p, games, strengths, { seed, rounds: bootstrap, ridge });

  const ratings = models.map((model, m): Rating => {
    const estimate = points[m] as number;
    const rating =
      bootstrap === 0
        ? { estimate, low: Number.NaN, high: Number.NaN, level }
        : percentileInterval(estimate, Float64Array.from(draws[m] as number[]), level);
    return { model, rating };
  });
  return ratings.sort((x, y) => y.rating.estimate - x.rating.estimate || compareNames(x.model, y.model));
}

/** One judgment as model indices and the weight each side won. */
interface Game {
  i: number;
  j: number;
  winsI: number;
  winsJ: number;
}

function encode(outcomes: readonly PairwiseOutcome[], strongWeight: number): { models: string[]; games: Game[] } {
  const models = [...new Set(outcomes.flatMap((o) => [o.modelA, o.modelB]))].sort();
  const index = new Map(models.map((model, m) => [model, m]));
  const games = outcomes.map((outcome): Game => {
    if (outcome.modelA === outcome.modelB) {
      throw new KurabeError("input", `a pairwise verdict compares ${outcome.modelA} with itself`);
    }
    const weight = outcome.strong ? strongWeight : 1;
    const [winsI, winsJ] = outcome.verdict === "a" ? [weight, 0] : outcome.verdict === "b" ? [0, weight] : [0.5, 0.5];
    return { i: index.get(outcome.modelA) as number, j: index.get(outcome.modelB) as number, winsI, winsJ };
  });
  return { models, games };
}

/**
 * Each model's ratings over `rounds` refits on judgments resampled with replacement. A model that drew no games in
 * a round has only the prior to go on, so that round gives it no draw and leaves it out of the centring.
 */
function bootstrapPoints(
  p: number,
  games: readonly Game[],
  start: Float64Array,
  { seed, rounds, ridge }: { seed: number; rounds: number; ridge: number },
): number[][] {
  const draws = Array.from({ length: p }, () => [] as number[]);
  const random = createRandom(seed);
  const sample = new Int32Array(games.length);
  for (let round = 0; round < rounds; round += 1) {
    const played = new Array<boolean>(p).fill(false);
    for (let k = 0; k < sample.length; k += 1) {
      const index = random.index(games.length);
      const game = games[index] as Game;
      sample[k] = index;
      played[game.i] = true;
      played[game.j] = true;
    }
    const refit = toPoints(fitStrengths(winMatrix(p, games, sample), ridge, start), played);
    refit.forEach((value, m) => {
      if (played[m]) (draws[m] as number[]).push(value);
    });
  }
  return draws;
}

/** The weighted win matrix of the judgments at `sample` (indices into games, repeats allowed). */
function winMatrix(p: number, games: readonly Game[], sample: Int32Array): WinMatrix {
  const wins = Array.from({ length: p }, () => new Float64Array(p));
  for (let k = 0; k < sample.length; k += 1) {
    const { i, j, winsI, winsJ } = games[sample[k] as number] as Game;
    const rowI = wins[i] as Float64Array;
    const rowJ = wins[j] as Float64Array;
    rowI[j] = (rowI[j] as number) + winsI;
    rowJ[i] = (rowJ[i] as number) + winsJ;
  }
  return wins;
}

/** Strengths to Elo-like points, centred on the models that played (the others' strengths are prior only). */
function toPoints(strengths: Float64Array, played: readonly boolean[]): number[] {
  let sum = 0;
  let count = 0;
  strengths.forEach((s, m) => {
    if (played[m]) {
      sum += s;
      count += 1;
    }
  });
  const centre = count === 0 ? 0 : sum / count;
  return Array.from(strengths, (s) => MEAN_RATING + POINTS_PER_LOGIT * (s - centre));
}

function compareNames(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
