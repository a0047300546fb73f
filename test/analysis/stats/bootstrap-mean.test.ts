import { describe, expect, it } from "vitest";
import type { ItemScores } from "../../../src/analysis/types.js";
import { bootstrapMean } from "../../../src/analysis/stats/bootstrap-mean.js";
import { KurabeError } from "../../../src/errors.js";

/** Items item-0, item-1, … with the given samples. */
function scores(samples: readonly (readonly number[])[]): ItemScores {
  return new Map(samples.map((values, i) => [`item-${i}`, values]));
}

const width = (i: { low: number; high: number }): number => i.high - i.low;

describe("bootstrapMean (percentile bootstrap, clustered by item)", () => {
  it("estimates the mean of per-item means, not the pooled mean of all samples", () => {
    // Item 0 has four passing samples, item 1 one failing: per-item means 1 and 0 → 0.5 (pooled would be 0.8).
    const interval = bootstrapMean(scores([[1, 1, 1, 1], [0]]), { seed: 1 });
    expect(interval.estimate).toBe(0.5);
  });

  it("gives the constant itself, exactly, as estimate and both bounds when every score is equal", () => {
    const constant = scores(Array.from({ length: 30 }, () => [0.1, 0.1, 0.1]));
    expect(bootstrapMean(constant, { seed: 3 })).toEqual({ estimate: 0.1, low: 0.1, high: 0.1, level: 0.95 });
  });

  it("collapses to the one item's mean when there is a single item", () => {
    const interval = bootstrapMean(scores([[0, 1, 1, 0]]), { seed: 3 });
    expect(interval).toEqual({ estimate: 0.5, low: 0.5, high: 0.5, level: 0.95 });
  });

  it("returns a NaN interval, not an error, for no items (and skips items without samples)", () => {
    const interval = bootstrapMean(new Map([["empty", []]]), { seed: 3 });
    expect(interval.level).toBe(0.95);
    for (const value of [interval.estimate, interval.low, interval.high]) expect(value).toBeNaN();
  });

  it("matches the normal-theory interval for 400 coin flips: 0.5 ± 1.96 · √(0.25/400) = 0.5 ± 0.049", () => {
    const flips = scores(Array.from({ length: 400 }, (_, i) => [i % 2]));
    const interval = bootstrapMean(flips, { seed: 11, resamples: 4000 });
    expect(interval.estimate).toBe(0.5);
    expect(interval.low).toBeCloseTo(0.451, 2);
    expect(interval.high).toBeCloseTo(0.549, 2);
  });

  it("is wider than a naive per-sample bootstrap when an item's samples are correlated", () => {
    // 40 items, each answered the same way in all 10 samples: really 40 observations, not 400.
    const clustered = scores(Array.from({ length: 40 }, (_, i) => new Array<number>(10).fill(i % 4 === 0 ? 0 : 1)));
    const naive = scores([...clustered.values()].flat().map((v) => [v]));
    const clusteredInterval = bootstrapMean(clustered, { seed: 5 });
    const naiveInterval = bootstrapMean(naive, { seed: 5 });
    expect(clusteredInterval.estimate).toBeCloseTo(naiveInterval.estimate, 12);
    // Perfect within-item correlation inflates the standard error by √10 ≈ 3.16 (the design effect).
    expect(width(clusteredInterval) / width(naiveInterval)).toBeGreaterThan(2.5);
    expect(width(clusteredInterval) / width(naiveInterval)).toBeLessThan(4);
  });

  it("is reproducible: the same seed gives the same interval, another seed a slightly different one", () => {
    const data = scores(Array.from({ length: 50 }, (_, i) => [(i * 7) % 3 === 0 ? 1 : 0, i % 5 === 0 ? 1 : 0]));
    expect(bootstrapMean(data, { seed: 9 })).toEqual(bootstrapMean(data, { seed: 9 }));
    expect(bootstrapMean(data, { seed: 9 })).not.toEqual(bootstrapMean(data, { seed: 10 }));
  });

  it("narrows as the level drops, and reports the level it used", () => {
    const data = scores(Array.from({ length: 60 }, (_, i) => [i % 3 === 0 ? 1 : 0]));
    const wide = bootstrapMean(data, { seed: 2, level: 0.99 });
    const narrow = bootstrapMean(data, { seed: 2, level: 0.8 });
    expect(wide.level).toBe(0.99);
    expect(width(narrow)).toBeLessThan(width(wide));
    expect(narrow.low).toBeLessThanOrEqual(narrow.estimate);
    expect(narrow.high).toBeGreaterThanOrEqual(narrow.estimate);
  });

  it.each([
    [{ seed: 1, resamples: 0 }],
    [{ seed: 1, resamples: 2.5 }],
    [{ seed: 1, level: 1 }],
    [{ seed: 1, level: 0 }],
    [{ seed: 0.5 }],
  ])("rejects the options %j", (options) => {
    expect(() => bootstrapMean(scores([[1]]), options)).toThrow(KurabeError);
  });

  it("rejects a score that is not a finite number", () => {
    expect(() => bootstrapMean(scores([[1], [Number.NaN]]), { seed: 1 })).toThrow(KurabeError);
  });
});
