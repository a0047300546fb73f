import type { ChatMessage, Completion, GenerationParams, ModelRequest } from "../models/types.js";
import type { RetryConfig } from "../config/schema.js";
import type { Item } from "../suites/types.js";
import type { ResponseCache } from "../store/response-cache.js";
import { responseKeyString, type RunWriter } from "../store/run-writer.js";
import { AdaptiveLimiter } from "./adaptive-limiter.js";
import { RateLimiter } from "./rate-limiter.js";
import { executeRequest } from "./execute-request.js";
import { applyScorers } from "../scoring/apply-scorers.js";
import type { ScoreRecord } from "../store/run-writer.js";
import { cacheKey, describeRequest, modelIdentity } from "./request-identity.js";
import { costOfUsage } from "./cost.js";
import { scrubSecrets } from "../config/redact.js";
import { countTasks, tasksFor, type PlannedModel, type PlannedSuite, type Task } from "./plan.js";
import type { EngineEvent } from "./events.js";

export interface EngineOptions {
  writer: RunWriter;
  suites: readonly PlannedSuite[];
  models: readonly PlannedModel[];
  retry: RetryConfig;
  /** Absent when caching is off. */
  cache?: ResponseCache;
  buildMessages(suite: PlannedSuite, item: Item): ChatMessage[];
  /** Values scrubbed from anything stored (error messages can echo request headers). */
  secrets: readonly string[];
  signal: AbortSignal;
  onEvent(event: EngineEvent): void;
}

/**
 * Runs every planned task that has no finished result yet. Each model gets its own lane (concurrency, rate limits);
 * lanes run side by side. Resolves when all lanes are done; rejects with the abort reason when the run is stopped.
 */
export async function runEngine(options: EngineOptions): Promise<void> {
  const finished = options.writer.finishedKeys();
  options.onEvent({
    type: "planned",
    total: countTasks(options.suites, options.models.length),
    alreadyDone: finished.size,
  });
  await Promise.all(options.models.map((model) => runLane(model, finished, options)));
}

async function runLane(planned: PlannedModel, finished: Set<string>, options: EngineOptions): Promise<void> {
  const concurrency = Math.min(planned.config.concurrency, planned.model.capabilities.maxConcurrency ?? Infinity);
  const limiter = new AdaptiveLimiter(concurrency);
  const lane: Lane = {
    planned,
    limiter,
    rateLimiter: new RateLimiter({ rpm: planned.config.rpm, tpm: planned.config.tpm }),
    modelKey: modelIdentity(planned.config),
  };
  const pending = tasksFor(options.suites);
  const nextTask = (): Task | undefined => {
    for (;;) {
      const step = pending.next();
      if (step.done) return undefined;
      const { suite, item, sample } = step.value;
      const key = responseKeyString({ suite: suite.config.name, itemId: item.id, modelId: planned.id, sample });
      if (!finished.has(key)) return step.value;
    }
  };
  const worker = async () => {
    for (let task = nextTask(); task; task = nextTask()) {
      if (options.signal.aborted) throw options.signal.reason;
      await runTask(task, lane, options);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

interface Lane {
  planned: PlannedModel;
  limiter: AdaptiveLimiter;
  rateLimiter: RateLimiter;
  modelKey: string;
}

async function runTask(task: Task, lane: Lane, options: EngineOptions): Promise<void> {
  const { suite, item, sample } = task;
  const { planned } = lane;
  const key = { suite: suite.config.name, itemId: item.id, modelId: planned.id, sample };
  const messages = options.buildMessages(suite, item);
  const request: ModelRequest = {
    messages,
    params: paramsFor(planned, suite, sample),
    ...(suite.config.jsonSchema ? { jsonSchema: suite.config.jsonSchema } : {}),
  };
  const requestJson = describeRequest(request);

  if (!planned.model.capabilities.images && hasImages(messages)) {
    options.writer.writeResult(
      { ...key, status: "skipped", requestJson, attempts: 0, fromCache: false, errorKind: "unsupported",
        errorMessage: "the model takes no image input" },
      [],
    );
    options.onEvent({ type: "result", modelId: planned.id, suite: key.suite, status: "skipped", fromCache: false, errorKind: "unsupported" });
    return;
  }

  const requestKey = cacheKey(lane.modelKey, requestJson, sample);
  const cached = options.cache?.get(requestKey);
  const outcome = cached
    ? { ok: true as const, completion: cached, attempts: 0 }
    : await executeRequest(request, {
        model: planned.model,
        limiter: lane.limiter,
        rateLimiter: lane.rateLimiter,
        retry: options.retry,
        timeoutMs: planned.config.timeoutMs,
        signal: options.signal,
        onRetry: (kind, attempt, delayMs) =>
          options.onEvent({ type: "retry", modelId: planned.id, kind, attempt, delayMs }),
      });

  if (!outcome.ok) {
    options.writer.writeResult(
      { ...key, status: "error", requestJson, attempts: outcome.attempts, fromCache: false,
        errorKind: outcome.error.kind, errorMessage: scrubSecrets(outcome.error.message, options.secrets) },
      [],
    );
    options.onEvent({ type: "result", modelId: planned.id, suite: key.suite, status: "error", fromCache: false, errorKind: outcome.error.kind });
    return;
  }

  const { completion } = outcome;
  const fromCache = Boolean(cached);
  // A cached answer costs nothing now; its original cost stays with the run that paid for it.
  const costUsd = planned.price && !fromCache ? costOfUsage(completion.usage, planned.price) : undefined;
  options.writer.writeResult(
    {
      ...key,
      status: "ok",
      requestJson,
      text: completion.text,
      reasoning: completion.reasoning,
      finishReason: completion.finishReason,
      attempts: outcome.attempts,
      fromCache,
      inputTokens: completion.usage.inputTokens,
      cachedInputTokens: completion.usage.cachedInputTokens,
      outputTokens: completion.usage.outputTokens,
      reasoningTokens: completion.usage.reasoningTokens,
      ttftMs: completion.timing.ttftMs,
      totalMs: completion.timing.totalMs,
      costUsd,
    },
    scoresFor(suite, item, completion),
  );
  if (!cached) options.cache?.put(requestKey, lane.modelKey, completion);
  options.onEvent({ type: "result", modelId: planned.id, suite: key.suite, status: "ok", costUsd, fromCache });
}

/** Model defaults, then the suite's overrides; each sample gets its own seed so seeded samples differ. */
function paramsFor(planned: PlannedModel, suite: PlannedSuite, sample: number): GenerationParams {
  const params = { ...planned.config.params, ...suite.config.params };
  if (params.seed !== undefined && sample > 0) params.seed += sample;
  return params;
}

function scoresFor(suite: PlannedSuite, item: Item, completion: Completion): ScoreRecord[] {
  const scorers = suite.itemScorers.get(item.id) ?? suite.scorers;
  const response = { text: completion.text, ...(completion.reasoning ? { reasoning: completion.reasoning } : {}) };
  return applyScorers(scorers, item, response).all.map((score, index) => ({ ...score, isPrimary: index === 0 }));
}

function hasImages(messages: readonly ChatMessage[]): boolean {
  return messages.some((m) => typeof m.content !== "string" && m.content.some((p) => p.type === "image"));
}
