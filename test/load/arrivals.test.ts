import { describe, expect, it } from "vitest";
import { arrivalOffsetsMs } from "../../src/load/arrivals.js";

describe("arrivalOffsetsMs", () => {
  it("spaces constant arrivals evenly, the first at once", () => {
    expect(arrivalOffsetsMs(5, 4, "constant")).toEqual([0, 250, 500, 750, 1000]);
  });

  it("draws Poisson arrivals with exponential gaps of the rate's mean, repeatably for a seed", () => {
    const offsets = arrivalOffsetsMs(20_001, 8, "poisson", 7);
    expect(offsets[0]).toBe(0);
    const gaps = offsets.slice(1).map((at, i) => at - offsets[i]!);
    const mean = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
    const sd = Math.sqrt(gaps.reduce((sum, gap) => sum + (gap - mean) ** 2, 0) / gaps.length);
    // An exponential's mean and standard deviation are both 1 / rate (125 ms); 20,000 draws put them within ~2 %.
    expect(mean).toBeGreaterThan(122);
    expect(mean).toBeLessThan(128);
    expect(sd / mean).toBeGreaterThan(0.95);
    expect(sd / mean).toBeLessThan(1.05);
    expect(gaps.every((gap) => gap >= 0 && Number.isFinite(gap))).toBe(true);
    expect(arrivalOffsetsMs(50, 8, "poisson", 7)).toEqual(offsets.slice(0, 50));
    expect(arrivalOffsetsMs(50, 8, "poisson", 8)).not.toEqual(offsets.slice(0, 50));
  });
});
