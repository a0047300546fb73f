import { describe, expect, it } from "vitest";
import { mcnemarExact } from "../../../src/analysis/stats/mcnemar.js";
import { KurabeError } from "../../../src/errors.js";

describe("mcnemarExact (exact binomial McNemar test, two-sided)", () => {
  it.each([
    // b, c, p = min(1, 2 · Σ_{i ≤ min(b,c)} C(b+c, i) / 2^(b+c)), summed by hand
    [1, 9, 22 / 1024], // 2 · (C(10,0) + C(10,1)) / 1024 = 2 · 11 / 1024
    [9, 1, 22 / 1024], // symmetric in b and c
    [0, 5, 2 / 32], // 2 · 1 / 32
    [2, 8, 112 / 1024], // 2 · (1 + 10 + 45) / 1024
    [12, 2, 212 / 16384], // 2 · (1 + 14 + 91) / 16384; Armitage & Berry's culture-media example, p = 0.0129
    [5, 5, 1], // 2 · P(X ≤ 5) > 1 is capped at 1
    [0, 1, 1], // 2 · ½
    [0, 0, 1], // no discordant pairs, no evidence
  ])("b=%i c=%i → p = %f", (b, c, p) => {
    expect(mcnemarExact(b, c)).toBeCloseTo(p, 14);
  });

  it.each([
    // From exact integer sums with Python's math.comb and fractions.Fraction
    [400, 500, 0.0009564441369189461],
    [3000, 3100, 0.20494954465156165],
  ])("stays exact with many discordant pairs: b=%i c=%i → p = %f", (b, c, p) => {
    expect(Math.abs(mcnemarExact(b, c) - p) / p).toBeLessThan(1e-10);
  });

  it("rejects counts that are negative or not whole", () => {
    for (const [b, c] of [[-1, 2], [1.5, 2], [1, Number.NaN]] as const) {
      expect(() => mcnemarExact(b, c)).toThrow(KurabeError);
    }
  });
});
