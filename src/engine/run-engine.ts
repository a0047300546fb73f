import type { ChatMessage, GenerationParams, ModelRequest } from "../models/types.js";
import type { RetryConfig } from "../config/schema.js";
import type { ResponseCache } from "../store/response-cache.js";
import { responseKeyString, type ResponseKey, type ResponseRecord, type RunWriter } from "../store/run-writer.js";
import { isScoringInfrastructureFailure, scoringFailureKind } from "../scoring/apply-scorers.js";
import type { ScoredResponse, ScoringContext } from "../scoring/types.js";
import { scoringContext } from "./scoring-context.js";
import { scorersOf, scoresFor, storedResponse } from "./score-answer.js";
import { scrubSecrets } from "../config/redact.js";
import { describeRequest } from "./request-identity.js";
import { Lane, type CallOutcome } from "./lane.js";
import { closedLoop } from "./closed-loop.js";
import type { PairwiseStore } from "../store/pairwise-store.js";
import { variantId } from "../config/variant-id.js";
import { answeringVariants, countTasks, tasksFor, type PlannedModel, type PlannedSuite, type Task } from "./plan.js";
import type { EngineEvent } from "./events.js";
import { retrievalStep } from "./retrieval-step.js";
import type { RetrievalRecord } from "../rag/augment-messages.js";

type Answered = Extract<CallOutcome, { ok: true }>;

interface EngineOptions {
  writer: RunWriter;
  suites: readonly PlannedSuite[];
  models: readonly PlannedModel[];
  retry: RetryConfig;
  /** Absent when caching is off. */
  cache?: ResponseCache;
  /** Where pairwise verdicts go; needed when a suite asks for pairwise judging. */
  pairwise?: PairwiseStore;
  /** The user's explicit --unsafe-no-sandbox, for code scorers. */
  unsafeNoSandbox?: boolean;
  /** Values scrubbed from anything stored (error messages can echo request headers). */
  secrets: readonly string[];
  signal: AbortSignal;
  onEvent(event: EngineEvent): void;
}

/**
 * Runs every planned task that has no finished result yet. Each evaluated model gets its own lane (concurrency, rate
 * limits) and lanes run side by side; judge-only models get a lane that scorers reach through the scoring context.
 * Resolves when all tasks are done; rejects with the abort reason when the run is stopped.
 */
export async function runEngine(options: EngineOptions): Promise<void> {
  const lanes = new Map(options.models.map((model) => [model.id, new Lane(model, options)]));
  const evaluated = options.models.filter((model) => !model.config.judgeOnly);
  const finished = options.writer.finishedKeys();
  options.onEvent({ type: "planned", total: countTasks(options.suites, evaluated.length), alreadyDone: finished.size });
  const context = scoringContext((id) => lanes.get(id), options);
  await Promise.all(evaluated.map((model) => runLane(lanes.get(model.id)!, finished, context, options)));
  // Answers are committed at the end of each event-loop turn: the pairwise judge and the run's status read them next.
  options.writer.flush();
  if (options.pairwise && options.suites.some((suite) => suite.config.pairwise)) {
    const ids = evaluated.flatMap((model) => answeringVariants(model, options.suites).map((variant) => variant.id));
    const itemsOf = (suite: string) => options.writer.items(suite);
    const { runPairwiseStage } = await import("./pairwise-stage.js"); // the judge's modules, for such a run only
    const outcome = await runPairwiseStage(options.suites, itemsOf, ids, options.pairwise, context, (id) => lanes.get(id)?.concurrency ?? 1);
    options.onEvent({ type: "pairwise", ...outcome });
  }
}

/**
 * A lane's tasks in `concurrency` chains (closed-loop.ts): a chain's next task starts the moment its last answer is
 * in, in the client's callback, so the next request leaves on the connection just freed while that answer is scored
 * and stored; a task whose scorers may take long (a judge, a sandbox) hands on when it is done, as before.
 */
async function runLane(lane: Lane, finished: Set<string>, context: ScoringContext, options: EngineOptions): Promise<void> {
  const pending = tasksFor(options.suites, (suite) => options.writer.items(suite));
  const nextTask = (): Task | undefined => {
    for (;;) {
      const step = pending.next();
      if (step.done) return undefined;
      if (!finished.has(responseKeyString(keyOf(step.value, lane.planned)))) return step.value;
    }
  };
  await closedLoop(lane.concurrency, nextTask, (task, follow) => runTask(task, lane, context, options, follow), options.signal);
  options.signal.throwIfAborted();
}

function keyOf(task: Task, model: PlannedModel): ResponseKey {
  return { suite: task.suite.config.name, itemId: task.item.id, modelId: variantId(model.id, task.prompt?.id), sample: task.sample };
}

/** `follow` starts the chain's next task; called when this one's answer is in (scorers permitting) or by the loop. */
async function runTask(task: Task, lane: Lane, context: ScoringContext, options: EngineOptions, follow: () => void): Promise<void> {
  const { suite, item, sample } = task;
  const { planned } = lane;
  const key = keyOf(task, planned);
  const report = (status: "ok" | "error" | "skipped", extra: { costUsd?: number; fromCache?: boolean; errorKind?: string } = {}) =>
    options.onEvent({ type: "result", modelId: key.modelId, suite: key.suite, status, fromCache: false, ...extra });
  /** A task that ends without an answer: stored with why (secrets scrubbed from the message), and reported. */
  const unanswered = (status: "error" | "skipped", errorKind: string, how: { requestJson: string; attempts: number; message: string }) => {
    options.writer.writeResponse({
      ...key, status, requestJson: how.requestJson, attempts: how.attempts, fromCache: false, errorKind,
      errorMessage: scrubSecrets(how.message, options.secrets),
    });
    report(status, { errorKind });
  };

  // An answer stored before the run stopped is scored now rather than asked for again.
  const stored = options.writer.storedAnswer(key);
  if (stored) {
    return scoreAndReport(storedResponse(stored), {});
  }

  if (item.unavailable) return unanswered("skipped", "unavailable", { requestJson: "{}", attempts: 0, message: item.unavailable });
  let messages = (task.prompt ?? suite).messagesFor(item);
  let retrieval: RetrievalRecord | undefined;
  let embeddingCostUsd = 0;
  if (planned.rag) {
    const step = await retrievalStep(planned.rag, messages, options.signal);
    if (!step.ok) {
      const requestJson = describeRequest({ messages, params: paramsFor(planned, suite, sample) });
      return unanswered("error", `retrieval_${step.error.kind}`, { requestJson, attempts: 1, message: step.error.message });
    }
    ({ messages, record: retrieval, embeddingCostUsd } = step);
  }
  const request: ModelRequest = {
    messages,
    params: paramsFor(planned, suite, sample),
    ...(suite.config.jsonSchema ? { jsonSchema: suite.config.jsonSchema } : {}),
  };
  if (!planned.model.capabilities.images && hasImages(messages)) {
    return unanswered("skipped", "unsupported", { requestJson: describeRequest(request), attempts: 0, message: "the model takes no image input" });
  }

  const slowScorers = scorersOf(suite, item).some((scorer) => scorer.usesContext);
  const outcome = await lane.call(request, sample, slowScorers ? undefined : follow);
  if (!outcome.ok) return unanswered("error", outcome.error.kind, { ...outcome, message: outcome.error.message });
  const response = answeredRecord(key, outcome, retrieval, embeddingCostUsd);
  const extra = { fromCache: outcome.fromCache, ...(response.costUsd === undefined ? {} : { costUsd: response.costUsd }) };
  const answer: ScoredResponse = { ...outcome.completion, ...(retrieval ? { passages: retrieval.passages } : {}) };
  // A judge or a sandbox may take long: the answer is committed first, so a run killed meanwhile keeps it.
  if (slowScorers) {
    options.writer.writeResponse(response);
    return scoreAndReport(answer, extra);
  }
  return scoreAndReport(answer, extra, response);

  /** Scores an answer and stores the scores, with the answer itself when it is not stored yet (one commit). */
  async function scoreAndReport(
    answer: ScoredResponse,
    extra: { costUsd?: number; fromCache?: boolean },
    unsaved?: ResponseRecord,
  ): Promise<void> {
    try {
      const scores = await scoresFor(scorersOf(suite, item), item, answer, context);
      if (unsaved) options.writer.writeResult(unsaved, scores);
      else options.writer.writeScores(key, scores);
    } catch (error) {
      if (unsaved) options.writer.writeResponse(unsaved);
      if (!isScoringInfrastructureFailure(error)) throw error;
      // The judge or the sandbox failed, not the answer: it stays unscored (an infrastructure error) until a resume
      // scores it.
      const errorKind = scoringFailureKind(error);
      options.writer.markUnscored(key, errorKind, scrubSecrets(error.message, options.secrets));
      return report("error", { ...extra, errorKind });
    }
    report("ok", extra);
  }
}

/**
 * The stored record of an answer. Retrieval is part of answering: its time counts in the latency, its embedding
 * tokens in the cost.
 */
function answeredRecord(key: ResponseKey, outcome: Answered, retrieval: RetrievalRecord | undefined, embeddingCostUsd: number): ResponseRecord {
  const { completion } = outcome;
  const retrievalMs = retrieval?.ms ?? 0;
  return {
    ...key,
    status: "ok",
    requestJson: outcome.requestJson,
    text: completion.text,
    reasoning: completion.reasoning,
    finishReason: completion.finishReason,
    attempts: outcome.attempts,
    fromCache: outcome.fromCache,
    inputTokens: completion.usage.inputTokens,
    cachedInputTokens: completion.usage.cachedInputTokens,
    outputTokens: completion.usage.outputTokens,
    reasoningTokens: completion.usage.reasoningTokens,
    ttftMs: completion.timing.ttftMs === undefined ? undefined : completion.timing.ttftMs + retrievalMs,
    totalMs: completion.timing.totalMs + retrievalMs,
    costUsd: outcome.costUsd === undefined ? undefined : outcome.costUsd + embeddingCostUsd,
    ...(retrieval ? { retrievalJson: JSON.stringify(retrieval) } : {}),
  };
}

/** Model defaults, then the suite's overrides; each sample gets its own seed so seeded samples differ. */
function paramsFor(planned: PlannedModel, suite: PlannedSuite, sample: number): GenerationParams {
  const params = { ...planned.config.params, ...suite.config.params };
  if (params.seed !== undefined && sample > 0) params.seed += sample;
  return params;
}

function hasImages(messages: readonly ChatMessage[]): boolean {
  return messages.some((m) => typeof m.content !== "string" && m.content.some((p) => p.type === "image"));
}
