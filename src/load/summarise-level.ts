import { quantileOfSorted } from "../analysis/stats/quantile.js";
import type { ClientUsage, LevelResult, LoadProfile, Percentiles, RequestSample } from "./types.js";

/** Sorted once for all three: a level's ITL holds every gap of every answer (130,000 at 1,024 × 128 tokens). */
function percentiles(values: number[]): Percentiles {
  if (values.length === 0) return { p50: null, p95: null, p99: null };
  const sorted = Float64Array.from(values).sort();
  return { p50: quantileOfSorted(sorted, 0.5), p95: quantileOfSorted(sorted, 0.95), p99: quantileOfSorted(sorted, 0.99) };
}

/**
 * A level's figures from its samples (pure). Rates are over the level's wall time, as GuideLLM reports them; token
 * rates count completed requests only. ITL is taken over the real gaps between chunks of output, TPOT per answer
 * (see LevelResult).
 */
export function summariseLevel(run: {
  profile: LoadProfile;
  samples: readonly RequestSample[];
  durationMs: number;
  peakInFlight: number;
  client: ClientUsage;
}): LevelResult {
  const { profile, samples, durationMs, peakInFlight, client } = run;
  const done = samples.filter((s): s is Extract<RequestSample, { ok: true }> => s.ok);
  const failed = samples.filter((s): s is Extract<RequestSample, { ok: false }> => !s.ok);
  const seconds = durationMs / 1000;
  const perSecond = (count: number) => (seconds > 0 ? count / seconds : 0);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const input = sum(done.map((s) => s.inputTokens));
  const output = sum(done.map((s) => s.outputTokens));
  const itl = done.flatMap((s) => gapsOf(s.outputArrivalsMs ?? []));
  const tpot = done.flatMap((s) => {
    if (s.ttftMs === undefined || s.outputTokens < 2) return [];
    const last = s.outputArrivalsMs?.at(-1) ?? s.totalMs;
    return [(last - s.ttftMs) / (s.outputTokens - 1)];
  });
  const errorKinds: LevelResult["errorKinds"] = {};
  for (const sample of failed) errorKinds[sample.kind] = (errorKinds[sample.kind] ?? 0) + 1;
  return {
    profile,
    peakInFlight,
    requests: samples.length,
    completed: done.length,
    errors: failed.length,
    errorKinds,
    durationMs,
    requestsPerSecond: perSecond(done.length),
    outputTokensPerSecond: perSecond(output),
    inputTokensPerSecond: perSecond(input),
    meanInputTokens: done.length > 0 ? input / done.length : null,
    meanOutputTokens: done.length > 0 ? output / done.length : null,
    ttftMs: percentiles(done.flatMap((s) => (s.ttftMs !== undefined ? [s.ttftMs] : []))),
    itlMs: percentiles(itl),
    tpotMs: percentiles(tpot),
    latencyMs: percentiles(done.map((s) => s.totalMs)),
    client,
  };
}

/** The gaps between consecutive arrivals. */
function gapsOf(arrivals: readonly number[]): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < arrivals.length; i++) gaps.push(arrivals[i]! - arrivals[i - 1]!);
  return gaps;
}
