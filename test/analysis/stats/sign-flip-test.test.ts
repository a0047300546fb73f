import { describe, expect, it } from "vitest";
import { EXACT_SIGN_FLIP_LIMIT, signFlipTest } from "../../../src/analysis/stats/sign-flip-test.js";
import { KurabeError } from "../../../src/errors.js";

describe("signFlipTest (paired permutation test)", () => {
  it.each([
    // differences, p counted by hand over all 2^n sign patterns of |Σ ±dᵢ| ≥ |Σ dᵢ|
    [[1, 2, 3], 2 / 8], // only +++ and −−− reach 6
    [[1, -2, 4], 6 / 8], // |sums| 7,1,3,5,5,3,1,7 (in some order): six reach 3
    [[0.1, 0.2, 0.3], 2 / 8], // 0.1 + 0.2 − 0.3 ≠ 0 in floating point, yet still must not tie 0.6
    [[1, -1], 1], // observed sum 0: every pattern is at least as extreme
    [[0, 0, 0], 1],
    [[], 1],
    [[1, 1, 1, 1, 1, 1], 2 / 64],
  ])("differences %j → exact p = %f", (differences, p) => {
    expect(signFlipTest(differences, { seed: 1 })).toEqual({ pValue: p, exact: true });
  });

  it(`enumerates exactly up to ${EXACT_SIGN_FLIP_LIMIT} items and samples beyond`, () => {
    expect(signFlipTest(new Array<number>(16).fill(1), { seed: 1 })).toEqual({ pValue: 2 / 2 ** 16, exact: true });
    expect(signFlipTest(new Array<number>(17).fill(1), { seed: 1 }).exact).toBe(false);
  });

  it("approximates the exact p-value by Monte Carlo above the limit", () => {
    const differences = [0.5, -0.25, 1, 0.75, -0.5, 0.25, 1, 0, 0.5, -1, 0.75, 0.25, 0.5, -0.25, 1, 0.5, -0.75];
    // 18088 of the 131072 sign patterns reach |Σ| ≥ 4.25, enumerated in Python with exact fractions.
    const exact = 18088 / 131072;
    const { pValue } = signFlipTest(differences, { seed: 4, resamples: 20_000 });
    expect(Math.abs(pValue - exact)).toBeLessThan(0.01); // four Monte Carlo standard errors
  });

  it("never reports p = 0: with no extreme pattern drawn it is 1 / (resamples + 1)", () => {
    // 30 equal differences: the exact p is 2 / 2^30, so 2000 random patterns almost surely miss both extremes.
    expect(signFlipTest(new Array<number>(30).fill(0.5), { seed: 1 }).pValue).toBe(1 / 2001);
  });

  it("is reproducible for a seed", () => {
    const differences = Array.from({ length: 40 }, (_, i) => ((i * 13) % 7) / 7 - 0.4);
    expect(signFlipTest(differences, { seed: 8 })).toEqual(signFlipTest(differences, { seed: 8 }));
  });

  it("rejects a resample count below one", () => {
    expect(() => signFlipTest([1], { seed: 1, resamples: 0 })).toThrow(KurabeError);
  });
});
