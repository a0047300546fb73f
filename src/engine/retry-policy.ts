import type { RetryConfig } from "../config/schema.js";
import { ProviderError } from "../errors.js";
import { sleep } from "./sleep.js";

/**
 * Delay before retry number `attempt` (1 = first retry): exponential back-off with full jitter (AWS Architecture Blog,
 * "Exponential Backoff and Jitter"), never shorter than what the server asked for with Retry-After, never longer than
 * maxDelayMs unless the server asked for more.
 */
export function retryDelayMs(
  error: ProviderError,
  attempt: number,
  config: RetryConfig,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(config.maxDelayMs, config.baseDelayMs * 2 ** (attempt - 1));
  const backoff = ceiling * random();
  if (error.retryAfterMs !== undefined) {
    // A small jitter on top keeps many workers told the same Retry-After from returning in lockstep.
    return error.retryAfterMs + Math.min(1000, config.baseDelayMs) * random();
  }
  return backoff;
}

/**
 * Calls `call` until it succeeds, by the same policy as model calls: a retryable ProviderError (429, 5xx, timeout,
 * cut connection) is tried again after retryDelayMs, up to maxAttempts in all; anything else, or the last failure,
 * is thrown. For calls outside a model's lane, such as embedding a collection before the first question.
 */
export async function withRetries<T>(call: () => Promise<T>, config: RetryConfig, signal: AbortSignal): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (!(error instanceof ProviderError) || !error.retryable || attempt >= config.maxAttempts) throw error;
      await sleep(retryDelayMs(error, attempt, config), signal);
    }
  }
}
