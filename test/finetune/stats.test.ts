import { describe, expect, it } from "vitest";
import { tokenStats } from "../../src/finetune/stats.js";

describe("tokenStats", () => {
  it("summarises lengths with kurabe's one quantile (linear interpolation) and power-of-two buckets up to the longest", () => {
    const stats = tokenStats([100, 200, 300, 5000, 120]);
    // p95 of [100, 120, 200, 300, 5000]: position 3.8, so 300 + 0.8 × 4700.
    expect(stats).toMatchObject({ examples: 5, total: 5720, mean: 1144, median: 200, min: 100, max: 5000 });
    expect(stats.p95).toBeCloseTo(4060, 9);
    expect(stats.histogram).toEqual([
      { from: 0, to: 128, count: 2 },
      { from: 128, to: 256, count: 1 },
      { from: 256, to: 512, count: 1 },
      { from: 512, to: 1024, count: 0 },
      { from: 1024, to: 2048, count: 0 },
      { from: 2048, to: 4096, count: 0 },
      { from: 4096, to: 8192, count: 1 },
    ]);
  });

  it("puts anything from 32,768 tokens in an open last bucket", () => {
    expect(tokenStats([40_000]).histogram.at(-1)).toEqual({ from: 32768, count: 1 });
  });

  it("is all zeros for no examples", () => {
    expect(tokenStats([])).toMatchObject({ examples: 0, total: 0, mean: 0, median: 0, max: 0 });
  });
});
