import type { ProviderErrorKind } from "../errors.js";
import type { ChatMessage } from "../models/types.js";

/** One prompt of the fixed set a load test cycles through. */
export interface LoadPrompt {
  messages: ChatMessage[];
  /** Overrides the run's output-token cap for this prompt. */
  maxTokens?: number;
}

/** Why a request failed: the provider error's kind, or `other` for anything else. */
type LoadErrorKind = ProviderErrorKind | "other";

/** What one request did, as the client saw it (queueing inside an in-process engine included). */
export type RequestSample =
  | {
      ok: true;
      /** When it was sent, in ms from the level's start (shared by every thread that sent part of the level). */
      startMs: number;
      /** From the request's start to the first streamed token; absent when the model did not stream. */
      ttftMs?: number;
      /** When each chunk of output arrived, in ms from the request's start (the first at `ttftMs`); see Timing. */
      outputArrivalsMs?: number[];
      totalMs: number;
      inputTokens: number;
      outputTokens: number;
    }
  | { ok: false; kind: LoadErrorKind; message: string; startMs: number; totalMs: number };

export interface Percentiles {
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

/** How a level sends its requests (GuideLLM's profiles). */
export type LoadProfile =
  /** A closed loop: exactly this many requests in flight, each sent when one ends ("concurrent"). */
  | { kind: "concurrency"; concurrency: number }
  /**
   * An open loop: requests start at this rate whatever the answers do, evenly spaced ("constant") or as a Poisson
   * process ("poisson", how independent users arrive), so a server that cannot keep up builds a queue.
   */
  | { kind: "rate"; requestsPerSecond: number; arrivals: Arrivals };

export type Arrivals = "constant" | "poisson";

/** One level's measurements, GuideLLM's per-benchmark figures. */
export interface LevelResult {
  profile: LoadProfile;
  /** The most requests that were in flight at once: for an open loop, the queue a slow server let build. */
  peakInFlight: number;
  /** Requests sent, answered in full, and failed. */
  requests: number;
  completed: number;
  errors: number;
  /** Failed requests by kind (`rate_limit`, `timeout`, …). */
  errorKinds: Partial<Record<LoadErrorKind, number>>;
  /** Wall time from the level's first request to its last answer. */
  durationMs: number;
  /** Completed requests and their tokens per second of wall time. */
  requestsPerSecond: number;
  outputTokensPerSecond: number;
  inputTokensPerSecond: number;
  meanInputTokens: number | null;
  meanOutputTokens: number | null;
  ttftMs: Percentiles;
  /**
   * Inter-token latency: every gap between two consecutive chunks of output of one answer, over all answers of the
   * level (vLLM's benchmark_serving ITL). Chunks that reached the client together have a gap of 0, so a busy client
   * shows here as gaps of 0 and of several steps rather than as a mean that looks right.
   */
  itlMs: Percentiles;
  /**
   * Time per output token after the first, one value per answer: (last chunk − first chunk) / (output tokens − 1)
   * (vLLM's TPOT, GuideLLM's inter-token latency); answers of one token have none.
   */
  tpotMs: Percentiles;
  latencyMs: Percentiles;
  /** What the load generator itself used while it ran the level. */
  client: ClientUsage;
}

/**
 * The load generator's own load. A client whose event loop is saturated stamps bytes late and sends requests late, so
 * its TTFT and ITL describe itself rather than the server: such a level is `bound` and its figures are a lower bound.
 */
export interface ClientUsage {
  /** Threads that sent the level's requests: 1, or the worker threads it was split over. */
  threads: number;
  /** CPU time of the whole kurabe process over the level's wall time, in % of one core (200 = two cores busy). */
  cpuPercent: number;
  /** Event-loop utilisation of the busiest sending thread, in % (Node's performance.eventLoopUtilization()). */
  busiestLoopPercent: number;
  bound: boolean;
}

export interface TtftSlo {
  /** Time-to-first-token budget, in ms. */
  ms: number;
  percentile: 50 | 95 | 99;
}

export interface LevelChoice {
  profile: LoadProfile;
  /** Why this level, in one line. */
  reason: string;
}

/** `concurrency 8`, `4 req/s poisson`: how tables and messages name a level. */
export function profileLabel(profile: LoadProfile): string {
  return profile.kind === "concurrency"
    ? `concurrency ${profile.concurrency}`
    : `${profile.requestsPerSecond} req/s ${profile.arrivals}`;
}
