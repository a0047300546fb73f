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
  const found = ratings.find((r) => r.model === model);
  if (!found) throw new Error(`no rating for ${model}`);
  return found.rating.estimate;
}

const noBootstrap = { seed: 1, bootstrap: 0 };

describe("bradleyTerry", () => {
  it("recovers the closed-form two-player MLE: gap log(w/l), so 3 wins to 1 is 400·log10 3 = 190.85 points", () => {
    const ratings = bradleyTerry([...games("x", "y", "a", 3), ...games("x", "y", "b", 1)], noBootstrap);
    expect(ratingOf(ratings, "x") - ratingOf(ratings, "y")).toBeCloseTo(400 * Math.log10(3), 3);
    expect(ratingOf(ratings, "x")).toBeCloseTo(1000 + 200 * Math.log10(3), 3);
  });

  it("counts a tie as half a win to each side: 2 wins, 1 loss, 2 ties is 3 to 2", () => {
    const outcomes = [...games("x", "y", "a", 2), ...games("x", "y", "b"), ...games("x", "y", "tie", 2)];
    const ratings = bradleyTerry(outcomes, noBootstrap);
    expect(ratingOf(ratings, "x") - ratingOf(ratings, "y")).toBeCloseTo(400 * Math.log10(1.5), 3); // 70.44
  });

  it("counts a strong verdict three times by default (Arena-Hard-Auto), or as strongWeight says", () => {
    const outcomes = [...games("x", "y", "a", 1, true), ...games("x", "y", "b")];
    const gap = (ratings: Rating[]): number => ratingOf(ratings, "x") - ratingOf(ratings, "y");
    expect(gap(bradleyTerry(outcomes, noBootstrap))).toBeCloseTo(400 * Math.log10(3), 3);
    expect(gap(bradleyTerry(outcomes, { ...noBootstrap, strongWeight: 1 }))).toBeCloseTo(0, 6);
    // the same as three separate ordinary wins
    const expanded = bradleyTerry([...games("x", "y", "a", 3), ...games("x", "y", "b")], noBootstrap);
    expect(gap(bradleyTerry(outcomes, noBootstrap))).toBeCloseTo(gap(expanded), 9);
  });

  it("ignores the strong flag on a tie", () => {
    const outcomes = [...games("x", "y", "a"), ...games("x", "y", "tie", 1, true)];
    const ratings = bradleyTerry(outcomes, noBootstrap);
    expect(ratingOf(ratings, "x") - ratingOf(ratings, "y")).toBeCloseTo(400 * Math.log10(3), 3); // 1.5 to 0.5
  });

  it("recovers strengths 4 : 2 : 1 exactly from transitive counts that satisfy the likelihood equations", () => {
    // With π = (4, 2, 1): P(x>y) = 2/3, P(y>z) = 2/3, P(x>z) = 4/5, so 2–1, 2–1 and 4–1 are the expected counts and
    // the MLE is π itself: ratings 1000 + 400·log10(πᵢ / geometric mean 2) = 1120.41, 1000, 879.59.
    const outcomes = [
      ...games("x", "y", "a", 2), ...games("x", "y", "b", 1),
      ...games("y", "z", "a", 2), ...games("y", "z", "b", 1),
      ...games("x", "z", "a", 4), ...games("x", "z", "b", 1),
    ];
    const ratings = bradleyTerry(outcomes, noBootstrap);
    expect(ratings.map((r) => r.model)).toEqual(["x", "y", "z"]);
    expect(ratingOf(ratings, "x")).toBeCloseTo(1000 + 400 * Math.log10(2), 3);
    expect(ratingOf(ratings, "y")).toBeCloseTo(1000, 3);
    expect(ratingOf(ratings, "z")).toBeCloseTo(1000 - 400 * Math.log10(2), 3);
  });

  it("does not care which order a pair was shown in, or in what order the rows come", () => {
    const shown = [
      ...games("x", "y", "a", 3),
      ...games("y", "x", "a", 2),
      ...games("z", "x", "tie"),
      ...games("y", "z", "b", 2),
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
      ...games("b", "a", "a", 5),
      ...games("a", "b", "a", 2),
      ...games("c", "a", "a", 4),
      ...games("c", "b", "b", 3),
    ];
    const ratings = bradleyTerry(outcomes, noBootstrap);
    const mean = ratings.reduce((sum, r) => sum + r.rating.estimate, 0) / ratings.length;
    expect(mean).toBeCloseTo(1000, 9);
    const estimates = ratings.map((r) => r.rating.estimate);
    expect(estimates).toEqual([...estimates].sort((p, q) => q - p));
  });

  it("keeps an undefeated model finite, thanks to the prior, and ranks it first", () => {
    const outcomes = [...games("champ", "x", "a", 5), ...games("x", "y", "a", 3), ...games("x", "y", "b", 2)];
    const ratings = bradleyTerry(outcomes, noBootstrap);
    expect(ratings[0]?.model).toBe("champ");
    for (const r of ratings) expect(Number.isFinite(r.rating.estimate)).toBe(true);
  });

  describe("bootstrap intervals over judgments", () => {
    // 60 to 40 over 100 games: Fisher information gives SE(log odds) = 1/√(100 · 0.6 · 0.4) = 0.2041, i.e.
    // 0.2041 · 400/ln 10 / 2 = 17.73 points on each model's rating, so a 95% half-width of about 1.96 · 17.73 = 34.8.
    const outcomes = [...games("x", "y", "a", 60), ...games("x", "y", "b", 40)];

    it("match the normal-theory width for a two-player record", () => {
      const ratings = bradleyTerry(outcomes, { seed: 3, bootstrap: 2000 });
      const x = ratings.find((r) => r.model === "x")?.rating;
      expect(x).toBeDefined();
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
      expect(first?.rating.low).toBeNaN();
      expect(first?.rating.high).toBeNaN();
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
