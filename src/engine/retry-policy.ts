import type { RetryConfig } from "../config/schema.js";
import type { ProviderError } from "../errors.js";

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
