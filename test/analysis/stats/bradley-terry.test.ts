import { describe, expect, it } from "vitest";
import type { PairwiseOutcome, Rating } from "../../../src/analysis/types.js";
import { bradleyTerry } from "../../../src/analysis/stats/bradley-terry.js";
import { KurabeError } from "../../../src/errors.js";

/** `count` verdicts of modelA vs modelB. */
function games(
  modelA: string,
  modelB: string,
  verdict: PairwiseOutcome["verdict"],
  count = 1,
  strong = false,
): PairwiseOutcome[] {
  return Array.from({ length: count }, (): PairwiseOutcome => ({ modelA, modelB, verdict, strong }));
}

function ratingOf(ratings: readonly Rating[], model: string): number {
  const found = ratings.find((r) => r.model === model)?.rating;
  if (!found) throw new Error(`no rating for ${model}`);
  return found.estimate;
}

/**
 * The closed forms below are the likelihood's alone: a negligible prior, and every record repeated five times (the same
 * MLE) so each model has the MIN_VERDICTS a rating needs.
 */
const noBootstrap = { seed: 1, bootstrap: 0, ridge: 1e-9 };
const TIMES = 5;

describe("bradleyTerry", () => {
  it("recovers the closed-form two-player MLE: gap log(w/l), so 3 wins to 1 is 400·log10 3 = 190.85 points", () => {
    const ratings = bradleyTerry([...games("x", "y", "a", 3 * TIMES), ...games("x", "y", "b", TIMES)], noBootstrap);
    expect(ratingOf(ratings, "x") - ratingOf(ratings, "y")).toBeCloseTo(400 * Math.log10(3), 3);
    expect(ratingOf(ratings, "x")).toBeCloseTo(1000 + 200 * Math.log10(3), 3);
  });

  it("counts a tie as half a win to each side: 2 wins, 1 loss, 2 ties is 3 to 2", () => {
    const outcomes = [...games("x", "y", "a", 2 * TIMES), ...games("x", "y", "b", TIMES), ...games("x", "y", "tie", 2 * TIMES)];
    const ratings = bradleyTerry(outcomes, noBootstrap);
    expect(ratingOf(ratings, "x") - ratingOf(ratings, "y")).toBeCloseTo(400 * Math.log10(1.5), 3); // 70.44
  });

  it("counts a strong verdict three times by default (Arena-Hard-Auto), or as strongWeight says", () => {
    const outcomes = [...games("x", "y", "a", TIMES, true), ...games("x", "y", "b", TIMES)];
    const gap = (ratings: Rating[]): number => ratingOf(ratings, "x") - ratingOf(ratings, "y");
    expect(gap(bradleyTerry(outcomes, noBootstrap))).toBeCloseTo(400 * Math.log10(3), 3);
    expect(gap(bradleyTerry(outcomes, { ...noBootstrap, strongWeight: 1 }))).toBeCloseTo(0, 6);
    // the same as three separate ordinary wins
    const expanded = bradleyTerry([...games("x", "y", "a", 3 * TIMES), ...games("x", "y", "b", TIMES)], noBootstrap);
    expect(gap(bradleyTerry(outcomes, noBootstrap))).toBeCloseTo(gap(expanded), 9);
  });

  it("ignores the strong flag on a tie", () => {
    const outcomes = [...games("x", "y", "a", TIMES), ...games("x", "y", "tie", TIMES, true)];
    const ratings = bradleyTerry(outcomes, noBootstrap);
    expect(ratingOf(ratings, "x") - ratingOf(ratings, "y")).toBeCloseTo(400 * Math.log10(3), 3); // 1.5 to 0.5
  });

  it("recovers strengths 4 : 2 : 1 exactly from transitive counts that satisfy the likelihood equations", () => {
    // With π = (4, 2, 1): P(x>y) = 2/3, P(y>z) = 2/3, P(x>z) = 4/5, so 2–1, 2–1 and 4–1 are the expected counts and
    // the MLE is π itself: ratings 1000 + 400·log10(πᵢ / geometric mean 2) = 1120.41, 1000, 879.59.
    const outcomes = [
      ...games("x", "y", "a", 2 * TIMES), ...games("x", "y", "b", TIMES),
      ...games("y", "z", "a", 2 * TIMES), ...games("y", "z", "b", TIMES),
      ...games("x", "z", "a", 4 * TIMES), ...games("x", "z", "b", TIMES),
    ];
    const ratings = bradleyTerry(outcomes, noBootstrap);
    expect(ratings.map((r) => r.model)).toEqual(["x", "y", "z"]);
    expect(ratingOf(ratings, "x")).toBeCloseTo(1000 + 400 * Math.log10(2), 3);
    expect(ratingOf(ratings, "y")).toBeCloseTo(1000, 3);
    expect(ratingOf(ratings, "z")).toBeCloseTo(1000 - 400 * Math.log10(2), 3);
  });

  it("does not care which order a pair was shown in, or in what order the rows come", () => {
    const shown = [
      ...games("x", "y", "a", 3 * TIMES),
      ...games("y", "x", "a", 2 * TIMES),
      ...games("z", "x", "tie", TIMES),
      ...games("y", "z", "b", 2 * TIMES),
    ];
    const swapped = shown.map((o): PairwiseOutcome => ({
      modelA: o.modelB,
      modelB: o.modelA,
      verdict: o.verdict === "a" ? "b" : o.verdict === "b" ? "a" : "tie",
      strong: o.strong,
    }));
    const estimates = (outcomes: PairwiseOutcome[]): number[] =>
      ["x", "y", "z"].map((m) => ratingOf(bradleyTerry(outcomes, noBootstrap), m));
    const reference = estimates(shown);
    estimates(swapped).forEach((value, i) => expect(value).toBeCloseTo(reference[i] as number, 8));
    estimates([...shown].reverse()).forEach((value, i) => expect(value).toBeCloseTo(reference[i] as number, 8));
  });

  it("centres the ratings on 1000 and sorts them best first", () => {
    const outcomes = [
      ...games("b", "a", "a", 5 * TIMES),
      ...games("a", "b", "a", 2 * TIMES),
      ...games("c", "a", "a", 4 * TIMES),
      ...games("c", "b", "b", 3 * TIMES),
    ];
    const ratings = bradleyTerry(outcomes, noBootstrap);
    const estimates = ratings.map((r) => ratingOf(ratings, r.model));
    expect(estimates.reduce((sum, e) => sum + e, 0) / ratings.length).toBeCloseTo(1000, 9);
    expect(estimates).toEqual([...estimates].sort((p, q) => q - p));
  });

  it("rates no model with a perfect record or too few verdicts, places them by that, and centres 1000 on the rated", () => {
    const outcomes = [
      ...games("champ", "x", "a", 12), // won all 12: the MLE is +∞
      ...games("x", "y", "a", 8),
      ...games("x", "y", "b", 6),
      ...games("newcomer", "y", "a", 2), // 4 verdicts, below MIN_VERDICTS
      ...games("newcomer", "y", "b", 2),
      ...games("z", "y", "b", 3), // lost all 3: a perfect record says more than too few
    ];
    const ratings = bradleyTerry(outcomes, { seed: 1, bootstrap: 20 });
    expect(ratings.map((r) => [r.model, r.verdicts, r.unrated])).toEqual([
      ["champ", 12, "won-all"],
      ["x", 26, null],
      ["y", 21, null],
      ["newcomer", 4, "too-few"],
      ["z", 3, "lost-all"],
    ]);
    expect(ratings.filter((r) => r.unrated !== null).map((r) => r.rating)).toEqual([null, null, null]);
    expect((ratingOf(ratings, "x") + ratingOf(ratings, "y")) / 2).toBeCloseTo(1000, 9);
  });

  it("counts a tie as part won and part lost, so a record of ties alone is rated", () => {
    const ratings = bradleyTerry(games("x", "y", "tie", 10), noBootstrap);
    expect(ratings.map((r) => r.unrated)).toEqual([null, null]);
    expect(ratingOf(ratings, "x")).toBeCloseTo(1000, 6);
  });

  it("rates no model that is the only one of its group with enough verdicts: a rating is a gap to another rated model", () => {
    // hub meets a and b five times each: 10 verdicts for hub, 5 for each of the others.
    const outcomes = [...games("hub", "a", "a", 3), ...games("hub", "a", "b", 2), ...games("hub", "b", "a", 2), ...games("hub", "b", "b", 3)];
    const ratings = bradleyTerry(outcomes, { seed: 1, bootstrap: 20 });
    expect(ratings.map((r) => [r.model, r.verdicts, r.unrated, r.rating])).toEqual([
      ["a", 5, "too-few", null],
      ["b", 5, "too-few", null],
      ["hub", 10, "unmatched", null],
    ]);
  });

  describe("when every verdict between groups of models went one way (the beat graph is not strongly connected)", () => {
    /** Each of the winners' pairs: y and z each beat a and b in every verdict between them (12 each); inside, mixed. */
    const split = [
      ...games("y", "z", "a", 7), ...games("y", "z", "b", 5),
      ...games("a", "b", "a", 6), ...games("a", "b", "tie", 6),
      ...games("y", "a", "a", 6), ...games("b", "z", "b", 6),
    ];
    const rows = (ratings: readonly Rating[]) => ratings.map((r) => [r.model, r.unrated, r.group && `${r.group.number}/${r.group.of}`]);

    it("rates each group on its own verdicts around its own 1000, the group that won first, and names every row's group", () => {
      const ratings = bradleyTerry(split, noBootstrap);
      expect(rows(ratings)).toEqual([["y", null, "1/2"], ["z", null, "1/2"], ["a", null, "2/2"], ["b", null, "2/2"]]);
      // Inside a group the gap is the two-player closed form (7 to 5; 9 to 3 with the ties as halves), as if the other group were absent.
      expect(ratingOf(ratings, "y") - ratingOf(ratings, "z")).toBeCloseTo(400 * Math.log10(7 / 5), 3);
      expect(ratingOf(ratings, "a") - ratingOf(ratings, "b")).toBeCloseTo(400 * Math.log10(9 / 3), 3);
      expect(ratingOf(ratings, "y") + ratingOf(ratings, "z")).toBeCloseTo(2000, 9);
      expect(ratingOf(ratings, "a") + ratingOf(ratings, "b")).toBeCloseTo(2000, 9);
      const alone = bradleyTerry(split.filter((o) => o.modelA === "a" && o.modelB === "b"), noBootstrap);
      expect(ratingOf(ratings, "a")).toBeCloseTo(ratingOf(alone, "a"), 9);
    });

    it("gives each group's intervals from its own verdicts alone, the other group's and the crossing ones left out", () => {
      const ratings = bradleyTerry(split, { seed: 2, bootstrap: 100 });
      for (const [first, second] of [["y", "z"], ["a", "b"]]) {
        const alone = bradleyTerry(split.filter((o) => o.modelA === first && o.modelB === second), { seed: 2, bootstrap: 100 });
        expect(ratings.filter((r) => r.model === first || r.model === second).map((r) => r.rating)).toEqual(alone.map((r) => r.rating));
      }
    });

    it("is one group along a chain whose links each went both ways, though its ends never met", () => {
      const chain = [...games("x", "y", "a", 8), ...games("x", "y", "b", 4), ...games("y", "z", "a", 8), ...games("y", "z", "b", 4)];
      const ratings = bradleyTerry(chain, noBootstrap);
      expect(rows(ratings)).toEqual([["x", null, null], ["y", null, null], ["z", null, null]]);
      expect(ratingOf(ratings, "x") - ratingOf(ratings, "y")).toBeCloseTo(400 * Math.log10(2), 3);
    });

    it("is one group when a single tie crosses, as the fit counts a tie half a win each way", () => {
      const bridged = [...split, ...games("z", "a", "tie")];
      const ratings = bradleyTerry(bridged, noBootstrap);
      expect(rows(ratings)).toEqual([["y", null, null], ["z", null, null], ["a", null, null], ["b", null, null]]);
      expect(ratingOf(ratings, "z") - ratingOf(ratings, "a")).toBeGreaterThan(400);
    });

    it("gives a model that beat the group below and lost to the group above no rating, alone in its group", () => {
      const middle = [...split.filter((o) => o.modelA !== "y" || o.modelB !== "a"), ...games("y", "m", "a", 6), ...games("m", "a", "a", 6)];
      expect(rows(bradleyTerry(middle, noBootstrap))).toEqual([
        ["y", null, "1/3"], ["z", null, "1/3"], ["m", "alone", "2/3"], ["a", null, "3/3"], ["b", null, "3/3"],
      ]);
    });

    it("counts toward the minimum only the verdicts inside a model's group: the rest went all one way", () => {
      const ratings = bradleyTerry([...games("x", "y", "a", 6), ...games("x", "y", "b", 6), ...games("y", "z", "a", 2), ...games("y", "z", "b", 2), ...games("champ", "z", "a", 8)], noBootstrap);
      expect(ratings.map((r) => [r.model, r.verdicts, r.counted, r.unrated])).toEqual([
        ["champ", 8, 0, "won-all"], ["x", 12, 12, null], ["y", 16, 16, null], ["z", 12, 4, "too-few"],
      ]);
    });

    it("orders groups that never met by name, and leaves a perfect record its own reason, outside the groups", () => {
      const apart = [
        ...games("p", "q", "a", 6), ...games("p", "q", "b", 6),
        ...games("c", "d", "a", 6), ...games("c", "d", "b", 6),
        ...games("champ", "q", "a", 3), ...games("d", "last", "a", 3),
      ];
      expect(rows(bradleyTerry(apart, noBootstrap))).toEqual([
        ["champ", "won-all", null], ["c", null, "1/2"], ["d", null, "1/2"], ["p", null, "2/2"], ["q", null, "2/2"], ["last", "lost-all", null],
      ]);
    });
  });

  describe("bootstrap intervals over judgments", () => {
    // 60 to 40 over 100 games: Fisher information gives SE(log odds) = 1/√(100 · 0.6 · 0.4) = 0.2041, i.e.
    // 0.2041 · 400/ln 10 / 2 = 17.73 points on each model's rating, so a 95% half-width of about 1.96 · 17.73 = 34.8.
    const outcomes = [...games("x", "y", "a", 60), ...games("x", "y", "b", 40)];

    it("match the normal-theory width for a two-player record", () => {
      const ratings = bradleyTerry(outcomes, { seed: 3, bootstrap: 2000 });
      const x = ratings.find((r) => r.model === "x")?.rating;
      expect(x).toBeTruthy();
      if (!x) return;
      expect(x.low).toBeLessThan(x.estimate);
      expect(x.high).toBeGreaterThan(x.estimate);
      expect((x.high - x.low) / 2).toBeGreaterThan(34.8 * 0.85);
      expect((x.high - x.low) / 2).toBeLessThan(34.8 * 1.15);
      expect(x.level).toBe(0.95);
    });

    it("reproduce for a seed and change with another", () => {
      const run = (seed: number): Rating[] => bradleyTerry(outcomes, { seed, bootstrap: 50 });
      expect(run(5)).toEqual(run(5));
      expect(run(5)).not.toEqual(run(6));
    });

    it("are NaN when no bootstrap is asked for", () => {
      const [first] = bradleyTerry(outcomes, noBootstrap);
      expect(first?.rating?.low).toBeNaN();
      expect(first?.rating?.high).toBeNaN();
    });
  });

  it("returns no ratings for no verdicts", () => {
    expect(bradleyTerry([], { seed: 1 })).toEqual([]);
  });

  it("rejects a model compared with itself and nonsensical options", () => {
    expect(() => bradleyTerry(games("x", "x", "a"), noBootstrap)).toThrow(KurabeError);
    expect(() => bradleyTerry(games("x", "y", "a"), { ...noBootstrap, strongWeight: 0 })).toThrow(KurabeError);
    expect(() => bradleyTerry(games("x", "y", "a"), { seed: 1, bootstrap: -1 })).toThrow(KurabeError);
    expect(() => bradleyTerry(games("x", "y", "a"), { ...noBootstrap, ridge: 0 })).toThrow(KurabeError);
  });
});
