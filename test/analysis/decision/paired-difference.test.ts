import { describe, expect, it } from "vitest";
import { comparePair } from "../../../src/analysis/decision/decision-statistics.js";
import { invertedPValue, pairedDifference } from "../../../src/analysis/decision/paired-difference.js";
import { createRandom } from "../../../src/analysis/stats/random.js";
import type { ItemScores } from "../../../src/analysis/types.js";

const scores = (values: number[]): ItemScores => new Map(values.map((v, i) => [`i${String(i).padStart(3, "0")}`, [v]]));

describe("the one paired method: interval, p-value and verdict always agree", () => {
  it("says significant exactly when the interval excludes 0, and p < alpha exactly then (300 random pairs)", () => {
    const random = createRandom(7);
    let significant = 0;
    for (let trial = 0; trial < 300; trial += 1) {
      const n = 5 + random.index(60);
      const pa = random.next();
      const pb = random.next();
      const a = scores(Array.from({ length: n }, () => (random.next() < pa ? 1 : 0)));
      const b = scores(Array.from({ length: n }, () => (random.next() < pb ? 1 : 0)));
      const result = pairedDifference([{ a, b }], { seed: trial, alpha: 0.05, resamples: 400 });
      const excludesZero = result.difference.low > 0 || result.difference.high < 0;
      expect(result.significant).toBe(excludesZero);
      expect(result.pValue < 0.05).toBe(excludesZero);
      if (excludesZero) significant += 1;
    }
    // Both outcomes occur, so the agreement above was tested on each side.
    expect(significant).toBeGreaterThan(20);
    expect(significant).toBeLessThan(280);
  });

  it("inverts the percentile interval: p is twice the quantile level where the draws cross 0", () => {
    expect(invertedPValue(Float64Array.from([1, 2, 3]))).toBe(0);
    expect(invertedPValue(Float64Array.from([0, 0, 0]))).toBe(1);
    // Draws −1, 1, 2, 3, 4: Q(q) crosses 0 at position 0.5 of 4, q = 0.125, p = 0.25.
    expect(invertedPValue(Float64Array.from([-1, 1, 2, 3, 4]))).toBeCloseTo(0.25, 12);
  });

  it("gives a and b as exact mirror images, with no negative zero", () => {
    const a = scores([1, 0, 1, 1, 0, 1, 1, 1]);
    const b = scores([1, 0, 1, 1, 0, 1, 1, 1]);
    const ab = comparePair([{ suite: "s", a, b }], { a: "x", b: "y" }, { baseSeed: 1 });
    const ba = comparePair([{ suite: "s", a: b, b: a }], { a: "y", b: "x" }, { baseSeed: 1 });
    expect(Object.is(ba.difference.estimate, -0)).toBe(false);
    const c = scores([1, 1, 1, 1, 0, 1, 1, 0]);
    const xc = comparePair([{ suite: "s", a, b: c }], { a: "x", b: "z" }, { baseSeed: 1 });
    const cx = comparePair([{ suite: "s", a: c, b: a }], { a: "z", b: "x" }, { baseSeed: 1 });
    expect(cx.difference).toEqual({ estimate: -xc.difference.estimate, low: -xc.difference.high, high: -xc.difference.low, level: 0.95 });
    expect(cx.pValue).toBe(xc.pValue);
    expect(ab.difference.estimate).toBe(0);
  });

  it("does not call 12 identical answers proof of equality: more items are needed to detect 5 points", () => {
    const same = scores(Array.from({ length: 12 }, (_, i) => i % 2));
    const result = pairedDifference([{ a: same, b: same }], { seed: 1, alpha: 0.05, resamples: 400 });
    expect(result.significant).toBe(false);
    expect(result.moreItemsForMargin).toBeGreaterThan(100);
  });

  it("finds enough items when thousands of answers differ both ways and cancel out", () => {
    const n = 4000;
    const a = scores(Array.from({ length: n }, (_, i) => (i % 10 < 8 ? 1 : 0)));
    // b loses one item in a hundred that a passes and wins one that a fails: no gap, on enough items to see 5 points.
    const b = scores(Array.from({ length: n }, (_, i) => ((i % 10 < 8 && i % 100 !== 0) || i % 100 === 9 ? 1 : 0)));
    const result = pairedDifference([{ a, b }], { seed: 1, alpha: 0.05, resamples: 400 });
    expect(result.significant).toBe(false);
    expect(result.moreItemsForMargin).toBe(0);
    expect(result.detectableGap).toBeLessThan(0.05);
  });

  it("gives no items to add for a significant gap: these items already tell the two apart", () => {
    const n = 4000;
    const a = scores(Array.from({ length: n }, (_, i) => (i % 10 < 8 ? 1 : 0)));
    const b = scores(Array.from({ length: n }, (_, i) => (i % 10 < 8 || i % 50 === 9 ? 1 : 0)));
    const result = pairedDifference([{ a, b }], { seed: 1, alpha: 0.05, resamples: 400 });
    expect(result.significant).toBe(true);
    expect(result.moreItemsForMargin).toBeNull();
  });

  it("pools suites as strata, each weighing the same (the overall score's weighting)", () => {
    const small = { a: scores([1, 1, 1, 1]), b: scores([0, 0, 0, 0]) };
    const large = { a: scores(Array.from({ length: 40 }, () => 0)), b: scores(Array.from({ length: 40 }, () => 0)) };
    const result = pairedDifference([small, large], { seed: 1, alpha: 0.05, resamples: 200 });
    expect(result.difference.estimate).toBeCloseTo(0.5, 12);
    expect(result.n).toBe(44);
  });
});
