import { describe, expect, it } from "vitest";
import type { ItemScores } from "../../../src/analysis/types.js";
import { comparePaired } from "../../../src/analysis/stats/paired-comparison.js";
import { KurabeError } from "../../../src/errors.js";

/** Pass/fail scores, one sample per item, from a string of 0s and 1s: items q0, q1, … */
function passFail(pattern: string): ItemScores {
  return new Map([...pattern].map((ch, i) => [`q${i}`, [Number(ch)]]));
}

function samples(perItem: readonly (readonly number[])[]): ItemScores {
  return new Map(perItem.map((values, i) => [`q${i}`, values]));
}

describe("comparePaired", () => {
  describe("pass/fail scores, one sample per item: McNemar's exact test", () => {
    // 20 items: a alone passes 1, b alone passes 9, both pass 6, neither 4.
    const a = passFail("1" + "000000000" + "111111" + "0000");
    const b = passFail("0" + "111111111" + "111111" + "0000");

    it("tests the discordant pairs: b=1, c=9 → p = 22/1024 (hand-summed binomial tail)", () => {
      const comparison = comparePaired(a, b, { seed: 1 });
      expect(comparison.method).toBe("mcnemar-exact");
      expect(comparison.pValue).toBeCloseTo(22 / 1024, 14);
      expect(comparison.n).toBe(20);
      expect(comparison.withinNoise).toBe(false);
      expect(comparison.difference.estimate).toBeCloseTo(-8 / 20, 14);
      expect(comparison.difference.high).toBeLessThan(0);
    });

    it("sizes a suite by Connor's formula: discordant 0.05 and 0.45 → 23 items (the textbook example)", () => {
      expect(comparePaired(a, b, { seed: 1 }).itemsNeeded).toBe(23);
    });

    it("calls a 1-vs-2 discordant split within noise", () => {
      const comparison = comparePaired(passFail("1001"), passFail("0111"), { seed: 1 });
      expect(comparison.pValue).toBe(1); // 2 · (1 + 3) / 8 = 1
      expect(comparison.withinNoise).toBe(true);
    });
  });

  describe("several samples or graded scores: paired sign-flip permutation test", () => {
    it("enumerates a 3-item case by hand: differences 1, ½, 1 → p = 2/8", () => {
      const a = samples([[1, 1], [1, 0], [1, 1]]);
      const b = samples([[0, 0], [0, 0], [0, 0]]);
      const comparison = comparePaired(a, b, { seed: 1 });
      expect(comparison.method).toBe("paired-permutation");
      expect(comparison.pValue).toBe(0.25);
      expect(comparison.withinNoise).toBe(true);
      expect(comparison.difference.estimate).toBeCloseTo(2.5 / 3, 14);
    });

    it("uses the permutation test for graded single samples", () => {
      expect(comparePaired(samples([[0.5], [1]]), samples([[0], [1]]), { seed: 1 }).method).toBe("paired-permutation");
    });

    it("sizes a suite from the paired differences' standard deviation", () => {
      // Differences ±½ and 0 over 10 items: mean 0.2, sample sd √(1.6/9) = 0.4216;
      // n = ((1.959964 + 0.841621) · 0.4216 / 0.2)² = 34.88 → 35.
      const a = samples([[1], [0], [1], [1], [0.5], [1], [0], [1], [0.5], [1]]);
      const b = samples([[0.5], [0.5], [0.5], [0.5], [0.5], [0.5], [0.5], [0.5], [0.5], [0.5]]);
      const comparison = comparePaired(a, b, { seed: 1 });
      expect(comparison.difference.estimate).toBeCloseTo(0.2, 14);
      expect(comparison.itemsNeeded).toBe(35);
    });

    it("detects a consistent gap over many items (Monte Carlo, p at its floor 1/(resamples + 1))", () => {
      const a = samples(Array.from({ length: 40 }, (_, i) => [0.9, 0.8 + (i % 3) * 0.05]));
      const b = samples(Array.from({ length: 40 }, () => [0.5, 0.6]));
      const comparison = comparePaired(a, b, { seed: 1, resamples: 999 });
      expect(comparison.pValue).toBe(1 / 1000);
      expect(comparison.withinNoise).toBe(false);
      expect(comparison.difference.low).toBeGreaterThan(0);
    });
  });

  it("compares only the items both models have a score for", () => {
    const a = new Map([["x", [1]], ["y", [0]], ["only-a", [1]], ["no-samples", []]]);
    const b = new Map([["x", [0]], ["y", [0]], ["only-b", [1]], ["no-samples", [1]]]);
    const comparison = comparePaired(a, b, { seed: 1 });
    expect(comparison.n).toBe(2);
    expect(comparison.difference.estimate).toBe(0.5);
  });

  it("finds identical models within noise with no items needed", () => {
    const same = samples(Array.from({ length: 12 }, (_, i) => [i % 2, (i + 1) % 3 === 0 ? 1 : 0]));
    const comparison = comparePaired(same, same, { seed: 1 });
    expect(comparison).toMatchObject({ pValue: 1, withinNoise: true, n: 12 });
    expect(comparison.difference).toEqual({ estimate: 0, low: 0, high: 0, level: 0.95 });
    expect(comparison.itemsNeeded).toBeUndefined();
  });

  it("reports no shared items as within noise with a NaN difference", () => {
    const comparison = comparePaired(passFail("1"), new Map([["other", [1]]]), { seed: 1 });
    expect(comparison.n).toBe(0);
    expect(comparison.pValue).toBe(1);
    expect(comparison.difference.estimate).toBeNaN();
    expect(comparison.itemsNeeded).toBeUndefined();
  });

  it("gives the difference interval at level 1 − alpha and judges noise against alpha", () => {
    const a = passFail("1" + "000000000" + "111111" + "0000");
    const b = passFail("0" + "111111111" + "111111" + "0000");
    const strict = comparePaired(a, b, { seed: 1, alpha: 0.01 });
    expect(strict.difference.level).toBe(0.99);
    expect(strict.withinNoise).toBe(true); // p = 0.0215 ≥ 0.01
  });

  it("is reproducible for a seed", () => {
    const a = samples(Array.from({ length: 25 }, (_, i) => [i % 2, i % 3 === 0 ? 1 : 0]));
    const b = samples(Array.from({ length: 25 }, (_, i) => [i % 5 === 0 ? 1 : 0, 1]));
    expect(comparePaired(a, b, { seed: 42 })).toEqual(comparePaired(a, b, { seed: 42 }));
  });

  it("rejects alpha outside (0, 1)", () => {
    expect(() => comparePaired(passFail("1"), passFail("0"), { seed: 1, alpha: 1.5 })).toThrow(KurabeError);
  });
});
