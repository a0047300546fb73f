import { describe, expect, it } from "vitest";
import { meanPassAtK, passAtK } from "../../src/analysis/pass-at-k.js";
import { KurabeError } from "../../src/errors.js";

/** C(n, k) by the multiplicative formula, exact for the small cases here. */
function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let result = 1;
  for (let i = 1; i <= k; i += 1) result = (result * (n - k + i)) / i;
  return result;
}

const closedForm = (n: number, c: number, k: number): number => 1 - choose(n - c, k) / choose(n, k);

describe("passAtK (Chen et al. 2021, unbiased estimator)", () => {
  it.each([
    // n, c, k, hand-computed value
    [5, 2, 1, 0.4], // 1 − C(3,1)/C(5,1) = 1 − 3/5
    [5, 2, 2, 0.7], // 1 − C(3,2)/C(5,2) = 1 − 3/10
    [10, 3, 5, 11 / 12], // 1 − C(7,5)/C(10,5) = 1 − 21/252
    [10, 1, 1, 0.1],
    [4, 1, 2, 0.5], // 1 − C(3,2)/C(4,2) = 1 − 3/6
  ])("n=%i c=%i k=%i → %f", (n, c, k, expected) => {
    expect(passAtK(n, c, k)).toBeCloseTo(expected, 12);
  });

  it("matches the closed form 1 − C(n−c,k)/C(n,k) over a grid of cases", () => {
    for (let n = 1; n <= 20; n += 1) {
      for (let c = 0; c <= n; c += 1) {
        for (let k = 1; k <= n; k += 1) expect(passAtK(n, c, k)).toBeCloseTo(closedForm(n, c, k), 10);
      }
    }
  });

  it("equals the pass rate c/n at k = 1", () => {
    for (const [n, c] of [[1, 1], [7, 3], [200, 37], [10, 0]] as const) expect(passAtK(n, c, 1)).toBeCloseTo(c / n, 12);
  });

  it("is 1 when fewer than k samples failed (n − c < k)", () => {
    expect(passAtK(10, 8, 3)).toBe(1);
    expect(passAtK(5, 5, 1)).toBe(1);
  });

  it("is 0 when no sample passed", () => {
    expect(passAtK(10, 0, 1)).toBe(0);
    expect(passAtK(10, 0, 10)).toBe(0);
  });

  it("stays finite for large n, where the binomials would overflow", () => {
    const value = passAtK(2000, 37, 100);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThan(0.8);
    expect(value).toBeLessThan(1);
  });

  it("rejects k > n, c outside 0..n and non-integers as input errors", () => {
    for (const [n, c, k] of [[5, 2, 6], [5, 6, 1], [5, -1, 1], [5, 2, 0], [5.5, 2, 1]] as const) {
      expect(() => passAtK(n, c, k)).toThrow(KurabeError);
    }
    expect(() => passAtK(5, 2, 6)).toThrow(/at least 6 samples/);
  });
});

describe("meanPassAtK", () => {
  it("averages the per-problem estimates", () => {
    const problems = [{ n: 5, c: 2 }, { n: 5, c: 0 }, { n: 5, c: 5 }];
    expect(meanPassAtK(problems, 1)).toBeCloseTo((0.4 + 0 + 1) / 3, 12);
    expect(meanPassAtK(problems, 2)).toBeCloseTo((0.7 + 0 + 1) / 3, 12);
  });

  it("throws when any problem has fewer than k samples", () => {
    expect(() => meanPassAtK([{ n: 10, c: 1 }, { n: 3, c: 1 }], 5)).toThrow(KurabeError);
  });

  it("is NaN for an empty set", () => {
    expect(meanPassAtK([], 1)).toBeNaN();
  });
});
