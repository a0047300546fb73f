import { describe, expect, it } from "vitest";
import { buildLeaderboard } from "../../src/report/leaderboard.js";
import type { ResultRow } from "../../src/store/queries.js";

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
    cachedInputTokens: null,
    reasoningTokens: null,
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
      new Map([["m", { price: { input: 100, output: 50 } }]]),
    );
    const [entry] = board.entries;
    expect(entry).toMatchObject({ n: 3, planned: 5, errors: 1, skipped: 1, inputTokens: 15, outputTokens: 33 });
    expect(entry!.score).toBeCloseTo(2 / 3, 10);
    // Price × usage: (5 × 100 + 11 × 50) / 1e6 per answer.
    expect(entry!.costUsd).toBeCloseTo(3 * 0.00105, 12);
    expect(entry!.costPerAnswerUsd).toBeCloseTo(0.00105, 12);
    expect(entry!.outputTokensPerSecond).toBeCloseTo(10 / 0.1, 6);
  });

  it("leaves cost empty for a model with neither price nor hosting", () => {
    const board = buildLeaderboard(
      "run",
      [{ modelId: "m", provider: "p", model: "x", note: null, priced: false }],
      [{ name: "s", category: "domain", itemCount: 2, samples: 1 }],
      [row({ totalMs: 100 }), row({ totalMs: 5000, fromCache: 1 })],
    );
    expect(board.entries[0]).toMatchObject({ costUsd: null, costPerAnswerUsd: null, cacheSavingsUsd: null, cached: 1, n: 2 });
    expect(board.models[0]!.pricing).toEqual({ kind: "unpriced", reason: "no-price" });
  });

  it("prices a cached answer like a fresh one (its savings apart) and times it by the call that fetched it", () => {
    const board = buildLeaderboard(
      "run",
      [{ modelId: "m", provider: "p", model: "x", note: null, priced: true }],
      [{ name: "s", category: "domain", itemCount: 2, samples: 1 }],
      [row({ itemId: "a", totalMs: 100, costUsd: 0.00105 }), row({ itemId: "b", totalMs: 300, fromCache: 1, costUsd: null })],
      new Map([["m", { price: { input: 100, output: 50 } }]]),
    );
    expect(board.entries[0]!.costUsd).toBeCloseTo(0.0021, 12);
    expect(board.entries[0]!.cacheSavingsUsd).toBeCloseTo(0.00105, 12);
    expect(board.entries[0]!.latencyP50Ms).toBe(200);
  });

  it("prices a self-hosted model from hosting: (GPU $/h over utilisation × throughput)", () => {
    const board = buildLeaderboard(
      "run",
      [{ modelId: "m", provider: "llamacpp", model: "x", note: null, priced: false }],
      [{ name: "s", category: "domain", itemCount: 1, samples: 1 }],
      [row({ inputTokens: 0, outputTokens: 1_000_000 })],
      new Map([["m", { price: null, hosting: { hourlyUsd: 3.6, gpus: 1, utilisation: 0.5, outputTokensPerSecond: 1000 } }]]),
    );
    // 3.6 $/h / (1000 tok/s × 3600 s × 0.5) = $2 per 1M output tokens.
    expect(board.entries[0]!.costUsd).toBeCloseTo(2, 9);
    expect(board.models[0]!.pricing).toMatchObject({ kind: "self-hosted", assumptions: { hourlyUsd: 3.6, utilisation: 0.5, outputTokensPerSecond: 1000, throughput: "given" } });
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
