import { setMaxListeners } from "node:events";
import { ProviderError } from "../errors.js";
import type { Completion, Model } from "../models/types.js";
import type { PromptSource } from "./prompts.js";
import { closedLoop } from "../engine/closed-loop.js";
import { sleep } from "../engine/sleep.js";
import { arrivalOffsetsMs } from "./arrivals.js";
import type { LoadProfile, RequestSample } from "./types.js";

export interface LevelPlan {
  profile: LoadProfile;
  requests: number;
  prompts: PromptSource;
  /** Index in `prompts` of this level's first request, so that no two requests of a run share a prompt. */
  firstIndex: number;
  maxTokens: number;
  timeoutMs: number;
  /**
   * A rate level's arrival times (ms after the level's start) when a thread sends only part of the level: the main
   * thread draws them for the whole level and deals them out. By default drawn from the profile.
   */
  arrivalsMs?: readonly number[];
  /**
   * When the level starts, in ms since the epoch (performance.timeOrigin + performance.now()), so that threads sharing
   * a level share its clock; by default when runLevel is called.
   */
  startAt?: number;
}

export interface LevelRun {
  samples: RequestSample[];
  /** From the level's start to the last answer. */
  durationMs: number;
  peakInFlight: number;
}

/**
 * Sends a level's requests as its profile says: a closed loop keeps exactly `concurrency` in flight (each worker
 * sends its next request when the last one ends); an open loop starts each request at its arrival time whatever is
 * still in flight. Every call goes straight to the Model: no retries, no pacing, no cache, so failures are measured,
 * not hidden. A user abort (`signal`) stops the level and rethrows.
 */
export async function runLevel(model: Model, plan: LevelPlan, signal: AbortSignal): Promise<LevelRun> {
  // Every request in flight listens to the stop: the level's own signal carries them, one listener on the caller's.
  const level = new AbortController();
  // Infinity, not 0: Node 20's getMaxListeners (undici's fetch asks it) throws on a signal whose limit is 0.
  setMaxListeners(Number.POSITIVE_INFINITY, level.signal);
  const forward = () => level.abort(signal.reason);
  if (signal.aborted) forward();
  else signal.addEventListener("abort", forward, { once: true });
  try {
    return await sendAll(model, plan, level.signal);
  } finally {
    signal.removeEventListener("abort", forward);
  }
}

async function sendAll(model: Model, plan: LevelPlan, signal: AbortSignal): Promise<LevelRun> {
  const samples: RequestSample[] = [];
  const started = plan.startAt !== undefined ? plan.startAt - performance.timeOrigin : performance.now();
  const send = async (index: number, onAnswered?: () => void) => {
    samples.push(await sendOne(model, plan, plan.firstIndex + index, started, signal, onAnswered));
  };
  const { profile } = plan;
  if (profile.kind === "concurrency") {
    let next = 0;
    const nextIndex = () => (next < plan.requests ? next++ : undefined);
    await closedLoop(Math.min(profile.concurrency, plan.requests), nextIndex, send, signal);
  } else {
    const sent: Array<Promise<void>> = [];
    const arrivals = plan.arrivalsMs ?? arrivalOffsetsMs(plan.requests, profile.requestsPerSecond, profile.arrivals);
    for (const [index, offsetMs] of arrivals.entries()) {
      const wait = started + offsetMs - performance.now();
      if (wait > 0) await sleep(wait, signal).catch(() => undefined);
      if (signal.aborted) break;
      sent.push(send(index));
    }
    await Promise.all(sent);
  }
  const durationMs = performance.now() - started;
  signal.throwIfAborted();
  return { samples, durationMs, peakInFlight: peakInFlight(samples) };
}

/** The most requests in flight at once, from when each was sent and how long it took; an end frees its slot first. */
export function peakInFlight(samples: readonly RequestSample[]): number {
  const events = samples.flatMap((s) => [
    { at: s.startMs, change: 1 },
    { at: s.startMs + s.totalMs, change: -1 },
  ]);
  events.sort((a, b) => a.at - b.at || a.change - b.change);
  let inFlight = 0;
  let peak = 0;
  for (const { change } of events) peak = Math.max(peak, (inFlight += change));
  return peak;
}

async function sendOne(
  model: Model,
  plan: LevelPlan,
  index: number,
  levelStart: number,
  stop: AbortSignal,
  onAnswered?: () => void,
): Promise<RequestSample> {
  const prompt = plan.prompts(index);
  // One controller, one timer and one listener a request, all released at the end: Node 20's AbortSignal.any and
  // AbortSignal.timeout cost ~0.13 ms a request and keep a listener on the stop signal until garbage-collected.
  const call = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    call.abort(new DOMException(`no complete answer within ${plan.timeoutMs} ms`, "TimeoutError"));
  }, plan.timeoutMs);
  const onStop = () => call.abort(stop.reason);
  if (stop.aborted) onStop();
  else stop.addEventListener("abort", onStop, { once: true });
  const started = performance.now();
  const startMs = started - levelStart;
  try {
    const request = { messages: prompt.messages, params: { maxTokens: prompt.maxTokens ?? plan.maxTokens } };
    return sampleOf(await model.generate(request, call.signal, onAnswered ? { onAnswered } : undefined), startMs);
  } catch (error) {
    const totalMs = performance.now() - started;
    if (timedOut && !stop.aborted) {
      return { ok: false, kind: "timeout", message: `no complete answer within ${plan.timeoutMs} ms`, startMs, totalMs };
    }
    if (error instanceof ProviderError) return { ok: false, kind: error.kind, message: error.message, startMs, totalMs };
    return { ok: false, kind: "other", message: error instanceof Error ? error.message : String(error), startMs, totalMs };
  } finally {
    clearTimeout(timer);
    stop.removeEventListener("abort", onStop);
  }
}

/**
 * A user's view of a completion, from the adapter's own clock: an HTTP client stamps the first token and the end when
 * their bytes arrive, so a busy load generator resolving promises late does not lengthen what the server did; an
 * in-process engine may first wait for a free sequence, and that wait is part of what a user sees.
 */
export function sampleOf(completion: Completion, startMs: number): RequestSample {
  const { timing, usage } = completion;
  const queuedMs = timing.queuedMs ?? 0;
  const arrivals = timing.outputArrivalsMs;
  return {
    ok: true,
    startMs,
    ...(timing.ttftMs !== undefined ? { ttftMs: timing.ttftMs + queuedMs } : {}),
    ...(arrivals ? { outputArrivalsMs: queuedMs > 0 ? arrivals.map((at) => at + queuedMs) : arrivals } : {}),
    totalMs: timing.totalMs + queuedMs,
    inputTokens: usage.inputTokens,
    outputTokens: usage.outputTokens,
  };
}
