import { describe, expect, it } from "vitest";
import { quantile, quantileOfSorted } from "../../../src/analysis/stats/quantile.js";
import { tokenStats } from "../../../src/finetune/stats.js";
import { summariseLevel } from "../../../src/load/summarise-level.js";
import { buildLeaderboard } from "../../../src/report/leaderboard.js";
import type { ResultRow } from "../../../src/store/queries.js";

describe("the one quantile (Hyndman & Fan definition 7, NumPy's default)", () => {
  it("interpolates between order statistics: the median of [1, 2, 3, 4] is 2.5", () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([10, 1, 5, 3, 8], 0.95)).toBeCloseTo(9.6, 10);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
    expect(quantileOfSorted([], 0.5)).toBeNaN();
  });

  it("does not sort its input in place", () => {
    const values = [3, 1, 2];
    quantile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("every place that prints a median or p95 uses it", () => {
  // 0, 1, …, 100: p50 = 50, p90 = 90, p95 = 95 exactly, so a p95 computed as p90 (or nearest-rank) shows.
  const values = Array.from({ length: 101 }, (_, i) => i);
  const shuffled = values.map((v) => (v * 37) % 101);

  it("the leaderboard's latency p50 and p95", () => {
    const rows: ResultRow[] = shuffled.map((ms, i) => ({
      suite: "s", itemId: `i${i}`, modelId: "m", status: "ok", score: 1, passed: 1, ttftMs: null, totalMs: ms,
      inputTokens: 1, outputTokens: 1, cachedInputTokens: null, reasoningTokens: null, costUsd: null, fromCache: 0,
    }));
    const board = buildLeaderboard("r", [{ modelId: "m", provider: "p", model: "m", note: null, priced: false }], [{ name: "s", category: "nlu", itemCount: 101, samples: 1 }], rows);
    expect(board.entries[0]!.latencyP50Ms).toBe(50);
    expect(board.entries[0]!.latencyP95Ms).toBe(95);
  });

  it("the fine-tuning data set's token lengths", () => {
    expect(tokenStats([1, 2, 3, 4]).median).toBe(2.5);
    expect(tokenStats(shuffled).p95).toBe(95);
  });

  it("the load test's latency percentiles", () => {
    const samples = shuffled.map((ms) => ({ ok: true as const, startMs: 0, ttftMs: ms, totalMs: ms, inputTokens: 1, outputTokens: 2 }));
    const level = summariseLevel({ profile: { kind: "concurrency", concurrency: 1 } as never, samples: samples as never, durationMs: 1000, peakInFlight: 1, client: { threads: 1, cpuPercent: 0, busiestLoopPercent: 0, bound: false } });
    expect(level.latencyMs.p50).toBe(50);
    expect(level.latencyMs.p95).toBe(95);
  });
});
