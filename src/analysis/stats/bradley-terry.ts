import { KurabeError } from "../../errors.js";
import type { Interval, PairwiseOutcome, Rating } from "../types.js";
import { checkCount, checkProbability } from "./check-options.js";
import { fitStrengths, type WinMatrix } from "./bradley-terry-fit.js";
import { percentileInterval } from "./percentile.js";
import { createRandom } from "./random.js";
import { beatComponents } from "./win-graph.js";

/** Elo-like points per natural-log unit of strength: 400 points = ten-to-one odds. */
const POINTS_PER_LOGIT = 400 / Math.LN10;
const MEAN_RATING = 1000;

/**
 * Fewest verdicts a model needs for a rating. Even at 10 the exact 95% range of a 5-in-10 win rate is 19–81%, ±255
 * points on the gap; below it a rating is mostly noise (4 verdicts gave gpt-4o-mini −245 … 1,000 before this rule).
 */
export const MIN_VERDICTS = 10;

/**
 * The prior's precision on natural-log strengths: a normal prior with sd 8 (1,390 points), far wider than any gap
 * between models worth ranking. It keeps every fit finite — chiefly a bootstrap round where a model happens to win
 * every verdict it drew, which the unregularised fit sends to +∞ — and with a hundred verdicts per model moves no
 * rating by a printed point (test/analysis/stats/bradley-terry-reference.test.ts checks that against an unregularised
 * fit). At 9 wins to 1 its bootstrap's upper bound (1,474) is near the exact binomial one (1,519); sd 4 gave 1,373.
 */
const PRIOR_PRECISION = 1 / 64;

/** The prior's sd in rating points, as the report states it. */
export const PRIOR_SD_POINTS = POINTS_PER_LOGIT / Math.sqrt(PRIOR_PRECISION);

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
  /** Gaussian prior precision on log-strengths (default 1/64, see PRIOR_PRECISION). */
  ridge?: number;
}

/**
 * Bradley–Terry ratings from pairwise verdicts, fit the way Arena-Hard-Auto does: every stored row (one per order
 * shown) is a judgment, strong wins weigh `strongWeight`, ties half a win each way, strengths by logistic MLE (here
 * the mode under a weak prior); then 400·log10 odds, centred so the mean rated model is 1000 (Arena-Hard anchors a
 * baseline model at 1000 instead). The interval is a percentile bootstrap that resamples whole judgments (Arena-Hard
 * resamples its weight-expanded rows).
 * A model that won or lost every verdict (its MLE is ±∞, so any number would be the prior's), or has fewer than
 * MIN_VERDICTS, gets no rating, only the reason. When the verdicts split the other models into groups with every
 * verdict between two groups going one way (see beatComponents), each group is fitted on its own verdicts and centred
 * on its own 1000, and every row names its group: no number stands for a gap between groups. A model alone in its
 * group has no rating, nor one that is the only model of its group with enough verdicts. Sorted won-all, the groups in order (rated best first, then too few), lost-all; ties by name.
 */
export function bradleyTerry(outcomes: readonly PairwiseOutcome[], options: BradleyTerryOptions): Rating[] {
  const { seed, bootstrap = 200, strongWeight = 3, level = 0.95, ridge = PRIOR_PRECISION } = options;
  checkCount("bootstrap", bootstrap, 0);
  checkProbability("level", level);
  if (!(strongWeight > 0) || !Number.isFinite(strongWeight)) {
    throw new KurabeError("input", `strongWeight must be a positive number (got ${strongWeight})`);
  }
  if (!(ridge > 0) || !Number.isFinite(ridge)) {
    throw new KurabeError("input", `ridge must be a positive number (got ${ridge})`);
  }

  const { models, games } = encode(outcomes, strongWeight);
  const tallies = talliesOf(models.length, games);
  const groups = beatComponents(
    models.length,
    games.flatMap(({ i, j, winsI, winsJ }): Array<[number, number]> => [...(winsI > 0 ? [[i, j] as [number, number]] : []), ...(winsJ > 0 ? [[j, i] as [number, number]] : [])]),
  ).filter((members) => members.length > 1 || !perfectRecord(tallies[members[0] as number] as Tally));

  const ratings = models.map((model, m): Rating => {
    const { won, lost, verdicts } = tallies[m] as Tally;
    return { model, verdicts, counted: 0, rating: null, unrated: lost === 0 ? "won-all" : won === 0 ? "lost-all" : "alone", group: null };
  });
  groups.forEach((members, g) => {
    const group = groups.length > 1 ? { number: g + 1, of: groups.length } : null;
    const rated = members.length > 1 ? rateGroup(members, games, { seed, bootstrap, level, ridge }) : new Map<number, GroupRating>();
    for (const m of members) {
      const r = ratings[m] as Rating;
      r.group = group;
      const found = rated.get(m);
      if (found === undefined) continue;
      r.counted = found.counted;
      r.rating = found.rating;
      r.unrated = found.rating === null ? "too-few" : null;
    }
    // One rated model is centred on itself: 1000 (1000 … 1000) says nothing.
    const ratedMembers = members.filter((m) => (ratings[m] as Rating).rating !== null);
    if (ratedMembers.length === 1) Object.assign(ratings[ratedMembers[0] as number] as Rating, { rating: null, unrated: "unmatched" });
  });
  return ratings.sort(
    (x, y) =>
      place(x) - place(y) ||
      (x.group?.number ?? 0) - (y.group?.number ?? 0) ||
      (y.rating?.estimate ?? 0) - (x.rating?.estimate ?? 0) ||
      compareNames(x.model, y.model),
  );
}

/** A model's verdicts, and how many it won and lost in any part (a tie is half of each). */
interface Tally {
  verdicts: number;
  won: number;
  lost: number;
}

function talliesOf(p: number, games: readonly Game[]): Tally[] {
  const tallies = Array.from({ length: p }, (): Tally => ({ verdicts: 0, won: 0, lost: 0 }));
  for (const { i, j, winsI, winsJ } of games) {
    const [ri, rj] = [tallies[i] as Tally, tallies[j] as Tally];
    ri.verdicts += 1;
    rj.verdicts += 1;
    if (winsI > 0) {
      ri.won += 1;
      rj.lost += 1;
    }
    if (winsJ > 0) {
      rj.won += 1;
      ri.lost += 1;
    }
  }
  return tallies;
}

/** Won or lost every verdict: alone in its component, above or below everyone it met, and says so without a group. */
function perfectRecord(tally: Tally): boolean {
  return tally.won === 0 || tally.lost === 0;
}

/**
 * Where a model's row goes: those that beat every opponent they met, then the groups in order (within a group the
 * rated before those with too few verdicts), then those that lost to all.
 */
function place(r: Rating): number {
  return r.unrated === "won-all" ? 0 : r.unrated === "lost-all" ? 3 : r.unrated === "too-few" || r.unrated === "unmatched" ? 2 : 1;
}

/** A group member's verdicts inside the group, and its rating from them (null when under MIN_VERDICTS). */
interface GroupRating {
  counted: number;
  rating: Interval | null;
}

/**
 * The ratings of one strongly connected group from its own verdicts (those with the other groups went all one way
 * and say nothing about gaps inside it), centred on its rated models. Keyed by model index.
 */
function rateGroup(
  members: readonly number[],
  allGames: readonly Game[],
  { seed, bootstrap, level, ridge }: { seed: number; bootstrap: number; level: number; ridge: number },
): Map<number, GroupRating> {
  const local = new Map(members.map((m, k) => [m, k]));
  const games = allGames.flatMap((game): Game[] => {
    const [i, j] = [local.get(game.i), local.get(game.j)];
    return i === undefined || j === undefined ? [] : [{ ...game, i, j }];
  });
  const q = members.length;
  const tallies = talliesOf(q, games);
  const rated = tallies.map((tally) => tally.verdicts >= MIN_VERDICTS);
  const strengths = fitStrengths(winMatrix(q, games, Int32Array.from(games, (_, k) => k)), ridge);
  const points = toPoints(strengths, rated);
  const draws = bootstrap === 0 || !rated.includes(true) ? [] : bootstrapPoints(q, games, strengths, rated, { seed, rounds: bootstrap, ridge });
  return new Map(
    members.map((m, k): [number, GroupRating] => {
      const counted = (tallies[k] as Tally).verdicts;
      if (!rated[k]) return [m, { counted, rating: null }];
      const estimate = points[k] as number;
      const rating = bootstrap === 0 ? { estimate, low: Number.NaN, high: Number.NaN, level } : percentileInterval(estimate, Float64Array.from(draws[k] as number[]), level);
      return [m, { counted, rating }];
    }),
  );
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
 * a round has only the prior to go on, so that round gives it no draw; the centre is the rated models that played.
 */
function bootstrapPoints(
  p: number,
  games: readonly Game[],
  start: Float64Array,
  rated: readonly boolean[],
  { seed, rounds, ridge }: { seed: number; rounds: number; ridge: number },
): number[][] {
  const draws = Array.from({ length: p }, () => [] as number[]);
  const random = createRandom(seed);
  const sample = new Int32Array(games.length);
  for (let round = 0; round < rounds; round += 1) {
    const played = new Array<boolean>(p).fill(false);
    const centred = rated.map(() => false);
    for (let k = 0; k < sample.length; k += 1) {
      const index = random.index(games.length);
      const game = games[index] as Game;
      sample[k] = index;
      played[game.i] = true;
      played[game.j] = true;
      centred[game.i] = rated[game.i] as boolean;
      centred[game.j] = rated[game.j] as boolean;
    }
    const refit = toPoints(fitStrengths(winMatrix(p, games, sample), ridge, start), centred);
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

/** Strengths to Elo-like points, centred on the models marked (rated ones; in a bootstrap round, those that played). */
function toPoints(strengths: Float64Array, marked: readonly boolean[]): number[] {
  let sum = 0;
  let count = 0;
  strengths.forEach((s, m) => {
    if (marked[m]) {
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
