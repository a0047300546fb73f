import { describe, expect, it } from "vitest";
import { buildLeaderboard, percentile } from "../../src/report/leaderboard.js";
import type { ResultRow } from "../../src/store/queries.js";

describe("percentile", () => {
  it("interpolates linearly between closest ranks, as NumPy does", () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10, 1, 5, 3, 8], 0.95)).toBeCloseTo(9.6, 10);
  });
});

describe("buildLeaderboard", () => {
  const row = (over: Partial<ResultRow>): ResultRow => ({
    suite: "s",
    itemId: "i",
    modelId: "m",
    status: "ok",
    score: 1,
    passed: 1,
    ttftMs: 10,
    totalMs: 110,
    inputTokens: 5,
    outputTokens: 11,
    costUsd: 0.001,
    fromCache: 0,
    ...over,
  });

  it("scores answered items only: infrastructure errors and skips are counted apart", () => {
    const board = buildLeaderboard(
      "run",
      [{ modelId: "m", provider: "p", model: "x", note: null, priced: true }],
      [{ name: "s", category: "domain", itemCount: 5, samples: 1 }],
      [row({}), row({ score: 0 }), row({ status: "error", score: null }), row({ status: "skipped", score: null }), row({})],
    );
    const [entry] = board.entries;
    expect(entry).toMatchObject({ n: 3, planned: 5, errors: 1, skipped: 1, inputTokens: 15, outputTokens: 33 });
    expect(entry!.score).toBeCloseTo(2 / 3, 10);
    expect(entry!.costUsd).toBeCloseTo(0.003, 10);
    expect(entry!.outputTokensPerSecond).toBeCloseTo(10 / 0.1, 6);
  });

  it("leaves cost empty for models without a known price, and keeps cached answers out of latency", () => {
    const board = buildLeaderboard(
      "run",
      [{ modelId: "m", provider: "p", model: "x", note: null, priced: false }],
      [{ name: "s", category: "domain", itemCount: 2, samples: 1 }],
      [row({ totalMs: 100 }), row({ totalMs: 5000, fromCache: 1 })],
    );
    expect(board.entries[0]).toMatchObject({ costUsd: null, cached: 1, latencyP50Ms: 100, n: 2 });
  });

  it("reports the unbiased pass@k per model and suite when items have several samples", () => {
    // Problem p1: 5 samples, 2 pass; p2: 5 samples, 0 pass. pass@1 = (0.4 + 0) / 2; pass@5 = (1 + 0) / 2.
    const rows = [
      ...[1, 1, 0, 0, 0].map((passed) => row({ itemId: "p1", passed, score: passed })),
      ...[0, 0, 0, 0, 0].map((passed) => row({ itemId: "p2", passed, score: passed })),
    ];
    const board = buildLeaderboard(
      "run",
      [{ modelId: "m", provider: "p", model: "x", note: null, priced: true }],
      [{ name: "s", category: "code", itemCount: 2, samples: 5 }],
      rows,
    );
    expect(board.entries[0]!.passAtK).toEqual({ "pass@1": expect.closeTo(0.2, 10), "pass@5": 0.5 });
    expect(board.entries[0]!.score).toBeCloseTo(0.2, 10);
  });
});
