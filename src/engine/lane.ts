import type { RetryConfig } from "../config/schema.js";
import type { ProviderError } from "../errors.js";
import type { Completion, ModelRequest } from "../models/types.js";
import type { ResponseCache } from "../store/response-cache.js";
import { AdaptiveLimiter } from "./adaptive-limiter.js";
import { ConnectionBreaker } from "./connection-failure.js";
import { costOfUsage } from "./cost.js";
import type { EngineEvent } from "./events.js";
import { executeRequest, type InternalFailure } from "./execute-request.js";
import type { PlannedModel } from "./plan.js";
import { RateLimiter } from "./rate-limiter.js";
import { cacheKey, describeRequest, modelIdentity } from "./request-identity.js";

export type CallOutcome =
  | { ok: true; completion: Completion; attempts: number; fromCache: boolean; costUsd?: number; requestJson: string }
  | { ok: false; error: ProviderError | InternalFailure; attempts: number; requestJson: string };

interface LaneOptions {
  retry: RetryConfig;
  cache?: ResponseCache;
  signal: AbortSignal;
  onEvent(event: EngineEvent): void;
}

/** Numbers every attempt of the run, across lanes, so sent and settled events pair up. */
let nextRequest = 0;

/**
 * One model's way out: its concurrency, rate limits, cache and cost accounting. Every call to a model — an answer to
 * an item or a judge's verdict — goes through its lane, so the same limits and retries hold for both.
 */
export class Lane {
  readonly concurrency: number;
  private readonly limiter: AdaptiveLimiter;
  private readonly rateLimiter: RateLimiter;
  private readonly breaker: ConnectionBreaker;
  private readonly modelKey: string;

  constructor(
    readonly planned: PlannedModel,
    private readonly options: LaneOptions,
  ) {
    const { config, model } = planned;
    this.concurrency = Math.min(config.concurrency, model.capabilities.maxConcurrency ?? Infinity);
    this.limiter = new AdaptiveLimiter(this.concurrency);
    this.rateLimiter = new RateLimiter({ rpm: config.rpm, tpm: config.tpm });
    this.breaker = new ConnectionBreaker(config, (reason) => options.onEvent({ type: "model-stopped", modelId: planned.id, reason }));
    this.modelKey = modelIdentity(config);
  }

  /** `onAnswered` is told when the answer arrived in full, its slot already free (GenerateHooks.onAnswered). */
  async call(request: ModelRequest, sample: number, onAnswered?: () => void): Promise<CallOutcome> {
    const requestJson = describeRequest(request);
    const { cache } = this.options;
    const key = cache ? cacheKey(this.modelKey, requestJson, sample) : undefined;
    const cached = key ? cache?.get(key) : undefined;
    // A cached answer costs nothing now; its original cost stays with the run that paid for it.
    if (cached) return { ok: true, completion: cached, attempts: 0, fromCache: true, requestJson };

    const { planned } = this;
    const { onEvent } = this.options;
    const timeoutMs = planned.config.timeoutMs;
    const outcome = await executeRequest(request, {
      model: planned.model,
      limiter: this.limiter,
      rateLimiter: this.rateLimiter,
      breaker: this.breaker,
      retry: this.options.retry,
      timeoutMs,
      signal: this.options.signal,
      ...(onAnswered ? { onAnswered } : {}),
      onRetry: (kind, attempt, delayMs) => onEvent({ type: "retry", modelId: planned.id, kind, attempt, delayMs }),
      onSend: () => {
        const id = nextRequest++;
        onEvent({ type: "request", modelId: planned.id, request: id, phase: "sent", timeoutMs });
        return () => onEvent({ type: "request", modelId: planned.id, request: id, phase: "settled", timeoutMs });
      },
    });
    if (!outcome.ok) return { ...outcome, requestJson };
    if (key) cache?.put(key, this.modelKey, outcome.completion);
    const costUsd = planned.price ? costOfUsage(outcome.completion.usage, planned.price) : undefined;
    return {
      ok: true,
      completion: outcome.completion,
      attempts: outcome.attempts,
      fromCache: false,
      requestJson,
      ...(costUsd === undefined ? {} : { costUsd }),
    };
  }
}
