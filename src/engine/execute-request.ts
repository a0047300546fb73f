import { setMaxListeners } from "node:events";
import type { RetryConfig } from "../config/schema.js";
import { KurabeError, ProviderError } from "../errors.js";
import type { Completion, Model, ModelRequest } from "../models/types.js";
import type { AdaptiveLimiter } from "./adaptive-limiter.js";
import type { ConnectionBreaker } from "./connection-failure.js";
import type { RateLimiter } from "./rate-limiter.js";
import { retryDelayMs } from "./retry-policy.js";
import { sleep } from "./sleep.js";

interface ExecuteContext {
  model: Model;
  limiter: AdaptiveLimiter;
  rateLimiter: RateLimiter;
  /** Stops the lane once its endpoint cannot be reached: no request is sent or retried after that. */
  breaker: ConnectionBreaker;
  retry: RetryConfig;
  timeoutMs: number;
  signal: AbortSignal;
  onRetry(kind: string, attempt: number, delayMs: number): void;
  /** Told when an attempt goes out; the function it returns is called when that attempt settles. */
  onSend(): () => void;
  /** Told, synchronously, when an attempt's answer arrived in full, before it is parsed (GenerateHooks.onAnswered). */
  onAnswered?(): void;
}

type ExecuteOutcome =
  | { ok: true; completion: Completion; attempts: number }
  | { ok: false; error: ProviderError | InternalFailure; attempts: number };

/** An adapter failure that is not a provider error (a bug or a native crash): recorded, never retried. */
export interface InternalFailure {
  kind: "internal";
  message: string;
}

/**
 * Sends one request with the engine's retry policy: the only place in kurabe that waits, retries or paces a model
 * call. A back-off never holds a concurrency slot. Stopping the run (signal) rejects at once with its reason.
 */
export async function executeRequest(request: ModelRequest, context: ExecuteContext): Promise<ExecuteOutcome> {
  const estimatedTokens = estimateTokens(request);
  for (let attempt = 1; ; attempt++) {
    if (context.breaker.stopped) return { ok: false, error: context.breaker.stopped, attempts: attempt - 1 };
    // With nothing to wait for, no await either: a request started in a client's onAnswered callback leaves on the
    // connection just freed, in that callback (closed-loop.ts).
    const pacing = context.rateLimiter.take(estimatedTokens, context.signal);
    if (pacing) await pacing;
    const epoch = context.limiter.tryAcquire() ?? (await context.limiter.acquire());
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      context.limiter.release();
    };
    let failure: ProviderError | InternalFailure;
    try {
      // Again after the waits: a request queued behind the pacing or the slots is not sent to a dead endpoint.
      const stopped = context.breaker.stopped;
      if (stopped) return { ok: false, error: stopped, attempts: attempt - 1 };
      // The slot is free once the answer is in, before it is parsed: the caller's next request may take it there.
      const completion = await generateWithTimeout(request, context, () => {
        release();
        context.onAnswered?.();
      });
      context.breaker.succeeded();
      context.limiter.onSuccess();
      context.rateLimiter.settle(estimatedTokens, completion.usage.inputTokens + completion.usage.outputTokens);
      return { ok: true, completion, attempts: attempt };
    } catch (error) {
      if (context.signal.aborted) throw context.signal.reason;
      failure = error instanceof ProviderError ? error : internalFailure(error);
      if (failure instanceof ProviderError) {
        if (failure.kind === "rate_limit") context.limiter.onRateLimit(epoch);
        context.breaker.failed(failure);
      }
    } finally {
      release();
    }
    const final = context.breaker.stopped !== undefined || attempt >= context.retry.maxAttempts;
    if (!(failure instanceof ProviderError) || !failure.retryable || final) {
      return { ok: false, error: failure, attempts: attempt };
    }
    const delay = retryDelayMs(failure, attempt, context.retry);
    context.onRetry(failure.kind, attempt, delay);
    await sleep(delay, context.signal);
  }
}

/**
 * One controller per call, aborted by its own timer or by the run's signal, with both released afterwards.
 * (AbortSignal.any would leave one entry per call on the long-lived run signal in Node 20: nodejs/node#55351.)
 */
async function generateWithTimeout(request: ModelRequest, context: ExecuteContext, onAnswered: () => void): Promise<Completion> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`no answer within ${context.timeoutMs} ms`, "TimeoutError"));
  }, context.timeoutMs);
  const stop = () => controller.abort(context.signal.reason);
  // Every call in flight listens to the run's signal: as many listeners as the concurrency allows is not a leak, and
  // Node's warning past ten would be printed into every run at a higher concurrency. Infinity, not 0 ("unlimited"):
  // Node 20's getMaxListeners throws on a signal whose limit is 0, and undici's fetch calls it on every request
  // given the run's signal (the AI SDK's embedding calls of a RAG model's questions).
  setMaxListeners(Number.POSITIVE_INFINITY, context.signal);
  context.signal.addEventListener("abort", stop, { once: true });
  const settled = context.onSend();
  try {
    return await context.model.generate(request, controller.signal, { onAnswered });
  } catch (error) {
    if (timedOut && !context.signal.aborted && !(error instanceof ProviderError && error.kind !== "timeout")) {
      throw new ProviderError("timeout", `no complete answer within ${context.timeoutMs} ms`, { cause: error });
    }
    throw error;
  } finally {
    settled();
    clearTimeout(timer);
    context.signal.removeEventListener("abort", stop);
  }
}

function internalFailure(error: unknown): InternalFailure {
  const message = error instanceof KurabeError ? error.describe() : error instanceof Error ? error.message : String(error);
  return { kind: "internal", message };
}

/** Rough token count before the call (about 4 characters a token), for tokens-per-minute pacing only. */
function estimateTokens(request: ModelRequest): number {
  let chars = 0;
  for (const message of request.messages) {
    if (typeof message.content === "string") chars += message.content.length;
    else for (const part of message.content) chars += part.type === "text" ? part.text.length : 3000;
  }
  return Math.ceil(chars / 4) + (request.params.maxTokens ?? 512);
}
