import { describe, expect, it } from "vitest";
import { normalQuantile } from "../../../src/analysis/stats/normal-quantile.js";
import { KurabeError } from "../../../src/errors.js";

describe("normalQuantile (Wichura AS 241)", () => {
  // Reference values: the textbook z-table constants, and for the tails Φ⁻¹ found by bisecting
  // Φ(x) = erfc(−x/√2)/2 with Python's math.erfc (no scipy), 200 halvings.
  it.each([
    [0.975, 1.959963984540054],
    [0.8, 0.8416212335729143],
    [0.95, 1.6448536269514722],
    [0.995, 2.5758293035489004],
    [0.999, 3.090232306167813],
    [0.1, -1.2815515655446008],
    [0.01, -2.3263478740408416],
  ])("Φ⁻¹(%f) = %f", (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 12);
  });

  it.each([
    [1e-5, -4.2648907939228256],
    [1e-10, -6.3613409024040575],
    [1e-100, -21.273453560965322],
  ])("is accurate far in the tail: Φ⁻¹(%e) = %f", (p, z) => {
    expect(Math.abs(normalQuantile(p) - z) / Math.abs(z)).toBeLessThan(1e-13);
  });

  it("is 0 at ½ and antisymmetric about it", () => {
    expect(normalQuantile(0.5)).toBe(0);
    for (const p of [0.3, 0.1, 0.02, 1e-3, 1e-6]) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 9);
  });

  it("is infinite at 0 and 1 and rejects anything outside [0, 1]", () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    for (const p of [-0.1, 1.1, Number.NaN]) expect(() => normalQuantile(p)).toThrow(KurabeError);
  });
});
