import { describe, expect, it } from "vitest";
import { mcnemarItemsNeeded, pairedItemsNeeded } from "../../../src/analysis/stats/sample-size.js";
import { KurabeError } from "../../../src/errors.js";

describe("pairedItemsNeeded (normal approximation for a paired mean difference)", () => {
  it.each([
    // difference, sd, hand-worked n = ((1.959964 + 0.841621) · sd / difference)²
    [0.5, 1, 32], // 31.40 → 32: the classic "half a standard deviation" case
    [0.25, 1, 126], // 125.58 → 126
    [-0.05, 0.2, 126], // the sign of the gap does not matter
    [1, 1, 8], // 7.85 → 8
  ])("difference %f with sd %f needs %i items", (difference, sd, n) => {
    expect(pairedItemsNeeded(difference, sd)).toBe(n);
  });

  it("needs more items for more power or a stricter alpha", () => {
    expect(pairedItemsNeeded(0.5, 1, { power: 0.9 })).toBe(43); // ((1.959964 + 1.281552) / 0.5)² = 42.03 → 43
    expect(pairedItemsNeeded(0.5, 1, { alpha: 0.01 })).toBe(47); // ((2.575829 + 0.841621) / 0.5)² = 46.71 → 47
  });

  it("is undefined for no gap, and at least one item for a gap with no spread", () => {
    expect(pairedItemsNeeded(0, 1)).toBeUndefined();
    expect(pairedItemsNeeded(Number.NaN, 1)).toBeUndefined();
    expect(pairedItemsNeeded(0.2, 0)).toBe(1);
  });
});

describe("mcnemarItemsNeeded (Connor 1987)", () => {
  it("reproduces the textbook example: p10 = 0.05, p01 = 0.45 at α 0.05, power 0.8 → 23 pairs", () => {
    // Connor 1987 p. 209, as worked in powerandsamplesize.com's McNemar Z-test calculator (n = 22.01 → 23).
    expect(mcnemarItemsNeeded(0.05, 0.45)).toBe(23);
    expect(mcnemarItemsNeeded(0.45, 0.05)).toBe(23);
  });

  it("needs many more items when the discordant cells are close: p10 = 0.2, p01 = 0.1 → 234", () => {
    // ψ = 0.3, δ = 0.1: (1.959964·√0.3 + 0.841621·√0.29)² / 0.01 = 233.09 → 234
    expect(mcnemarItemsNeeded(0.2, 0.1)).toBe(234);
  });

  it("is undefined when the discordant proportions are equal", () => {
    expect(mcnemarItemsNeeded(0.1, 0.1)).toBeUndefined();
  });

  it("rejects alpha or power outside (0, 1)", () => {
    expect(() => mcnemarItemsNeeded(0.2, 0.1, { alpha: 0 })).toThrow(KurabeError);
    expect(() => pairedItemsNeeded(0.2, 0.1, { power: 1 })).toThrow(KurabeError);
  });
});
