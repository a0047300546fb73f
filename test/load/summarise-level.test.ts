import { describe, expect, it } from "vitest";
import { peakInFlight, sampleOf } from "../../src/load/run-level.js";
import { selectLevel } from "../../src/load/select-level.js";
import { summariseLevel } from "../../src/load/summarise-level.js";
import { idleClient } from "./idle-client.js";
import type { LevelResult, RequestSample } from "../../src/load/types.js";

const ok = (ttftMs: number, totalMs: number, outputTokens: number, inputTokens = 100, outputArrivalsMs?: number[]): RequestSample => ({
  ok: true,
  startMs: 0,
  ttftMs,
  totalMs,
  inputTokens,
  outputTokens,
  ...(outputArrivalsMs ? { outputArrivalsMs } : {}),
});

describe("summariseLevel", () => {
  // Four answers and one 429 in 2 seconds of wall time.
  const samples: RequestSample[] = [
    ok(100, 1100, 101), // ITL (1100 − 100) / 100 = 10 ms
    ok(200, 2200, 101), // (2200 − 200) / 100 = 20 ms
    ok(300, 3300, 101), // 30 ms
    ok(400, 400, 1), // one token: no ITL
    { ok: false, kind: "rate_limit", message: "429", startMs: 0, totalMs: 50 },
  ];
  const profile = { kind: "concurrency" as const, concurrency: 4 };
  const level = summariseLevel({ profile, samples, durationMs: 2000, peakInFlight: 4, client: idleClient });

  it("counts requests, answers and errors by kind", () => {
    expect(level).toMatchObject({ profile, peakInFlight: 4, requests: 5, completed: 4, errors: 1, errorKinds: { rate_limit: 1 } });
  });

  it("divides completed work by wall time", () => {
    // 4 answers / 2 s; output (3 × 101 + 1) = 304 tokens / 2 s; input 4 × 100 / 2 s
    expect(level.requestsPerSecond).toBe(2);
    expect(level.outputTokensPerSecond).toBe(152);
    expect(level.inputTokensPerSecond).toBe(200);
    expect(level.meanOutputTokens).toBe(76);
  });

  it("takes TTFT and latency percentiles over answers, and time per output token over answers of two tokens or more", () => {
    // TTFT 100, 200, 300, 400: p50 = 250 (linear interpolation), p95 = 300 + 0.85 × 100 = 385
    expect(level.ttftMs.p50).toBe(250);
    expect(level.ttftMs.p95).toBeCloseTo(385, 9);
    // TPOT 10, 20, 30 (no chunk arrivals: up to the last bytes): p50 = 20, p95 = 20 + 0.9 × 10 = 29
    expect(level.tpotMs.p50).toBe(20);
    expect(level.tpotMs.p95).toBeCloseTo(29, 9);
    expect(level.latencyMs.p50).toBe(1650);
    // ITL needs the chunks' arrivals, which these answers do not have.
    expect(level.itlMs).toEqual({ p50: null, p95: null, p99: null });
  });

  describe("with each chunk's arrival", () => {
    // A steady answer at 5 ms, and one whose client read chunks 3 and 4 together after a 15 ms stall.
    const steady = ok(50, 80, 5, 100, [50, 55, 60, 65, 70]);
    const stalled = ok(50, 80, 5, 100, [50, 55, 70, 70, 75]);
    const chunked = summariseLevel({ profile, samples: [steady, stalled], durationMs: 100, peakInFlight: 2, client: idleClient });

    it("takes ITL over every gap between chunks of every answer, as vLLM's benchmark_serving does", () => {
      // Gaps 5, 5, 5, 5 and 5, 15, 0, 5: sorted 0, 5 × 6, 15 → p50 5, p99 = 5 + 0.93 × 10
      expect(chunked.itlMs.p50).toBe(5);
      expect(chunked.itlMs.p99).toBeCloseTo(14.3, 9);
    });

    it("takes TPOT from the first to the last chunk of output, not to the last bytes (usage, [DONE])", () => {
      // (70 − 50) / 4 and (75 − 50) / 4
      expect(chunked.tpotMs.p50).toBeCloseTo(5.625, 9);
    });
  });

  it("reports no rates and no percentiles for a level where everything failed", () => {
    const failed = summariseLevel({
      profile: { kind: "concurrency", concurrency: 1 },
      samples: [{ ok: false, kind: "server", message: "500", startMs: 0, totalMs: 5 }],
      durationMs: 5,
      peakInFlight: 1,
      client: idleClient,
    });
    expect(failed).toMatchObject({ completed: 0, errors: 1, outputTokensPerSecond: 0, meanOutputTokens: null });
    expect(failed.ttftMs).toEqual({ p50: null, p95: null, p99: null });
  });
});

describe("sampleOf", () => {
  it("adds the time a request waited for the model (a free sequence) to its TTFT and total", () => {
    // The engine saw 10 ms to the first token of 50 ms, after 30 ms waiting for a sequence.
    const timing = { ttftMs: 10, totalMs: 50, queuedMs: 30 };
    const completion = { text: "x", usage: { inputTokens: 5, outputTokens: 3 }, timing, finishReason: "stop" as const };
    expect(sampleOf(completion, 7)).toEqual({ ok: true, startMs: 7, ttftMs: 40, totalMs: 80, inputTokens: 5, outputTokens: 3 });
  });

  it("shifts each chunk's arrival by that wait too, so the first stays at the TTFT", () => {
    const timing = { ttftMs: 10, outputArrivalsMs: [10, 20, 30], totalMs: 50, queuedMs: 30 };
    const completion = { text: "x", usage: { inputTokens: 5, outputTokens: 3 }, timing, finishReason: "stop" as const };
    expect(sampleOf(completion, 0)).toMatchObject({ ttftMs: 40, outputArrivalsMs: [40, 50, 60] });
  });

  it("takes an HTTP client's times as it stamped them on arriving bytes", () => {
    const completion = { text: "x", usage: { inputTokens: 5, outputTokens: 3 }, timing: { ttftMs: 10, totalMs: 50 }, finishReason: "stop" as const };
    expect(sampleOf(completion, 7)).toEqual({ ok: true, startMs: 7, ttftMs: 10, totalMs: 50, inputTokens: 5, outputTokens: 3 });
  });

  it("has no TTFT when the model did not stream", () => {
    const completion = { text: "x", usage: { inputTokens: 5, outputTokens: 3 }, timing: { totalMs: 50 }, finishReason: "stop" as const };
    expect(sampleOf(completion, 0)).not.toHaveProperty("ttftMs");
  });
});

describe("peakInFlight", () => {
  const sent = (startMs: number, totalMs: number): RequestSample => ({ ...ok(1, totalMs, 2), startMs });

  it("counts the most requests in flight at once, from when each was sent and how long it took", () => {
    // 0–100 and 10–50 overlap with 40–140; 100–120 starts as the first ends.
    expect(peakInFlight([sent(0, 100), sent(10, 40), sent(40, 100), sent(100, 20)])).toBe(3);
    expect(peakInFlight([])).toBe(0);
  });

  it("frees a slot before filling it when one request ends as the next starts (a closed loop of one)", () => {
    expect(peakInFlight([sent(0, 10), sent(10, 10), sent(20, 10)])).toBe(1);
  });
});

describe("selectLevel", () => {
  const at = (concurrency: number) => ({ kind: "concurrency" as const, concurrency });
  const level = (concurrency: number, outputTokensPerSecond: number, ttftP95: number, errors = 0): LevelResult => ({
    ...summariseLevel({ profile: at(concurrency), samples: [], durationMs: 1000, peakInFlight: concurrency, client: idleClient }),
    completed: 10,
    errors,
    outputTokensPerSecond,
    ttftMs: { p50: ttftP95 / 2, p95: ttftP95, p99: ttftP95 * 2 },
  });
  const levels = [level(1, 100, 50), level(2, 180, 90), level(4, 300, 200), level(8, 320, 600, 2)];

  it("takes the highest output throughput without errors when there is no SLO", () => {
    expect(selectLevel(levels)?.profile).toEqual(at(4));
  });

  it("takes the highest throughput within the TTFT budget at the SLO's percentile", () => {
    expect(selectLevel(levels, { ms: 100, percentile: 95 })).toEqual({
      profile: at(2),
      reason: "highest output tokens/s without errors, TTFT p95 90 ms ≤ 100 ms",
    });
    // p99 is twice p95 here: 100 ms admits only level 1 (p99 100)
    expect(selectLevel(levels, { ms: 100, percentile: 99 })?.profile).toEqual(at(1));
  });

  it("chooses nothing when no level meets the SLO", () => {
    expect(selectLevel(levels, { ms: 10, percentile: 95 })).toBeUndefined();
  });
});
