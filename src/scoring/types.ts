import type { z } from "zod";
import type { ErrorLocation } from "../errors.js";
import type { Completion, ModelRequest } from "../models/types.js";
import type { RetrievedPassage } from "../rag/augment-messages.js";
import type { Item } from "../suites/types.js";
import type { ScoreDetail } from "./score-detail.js";

/** What a scorer sees of a response: the answer text, kept apart from any reasoning, and a RAG model's passages. */
export interface ScoredResponse {
  text: string;
  reasoning?: string;
  /** The passages retrieval put before the question, best first; absent for a model without `rag:`. */
  passages?: RetrievedPassage[];
}

export interface Score {
  /** 0..1; 1 is fully correct. */
  value: number;
  passed: boolean;
  /** What the scorer took from the answer (the letter, the number, the JSON), for reports. */
  extracted?: string;
  /** Why, in a few words, for reports: free text, or a built-in scorer's coded detail that reports word per language. */
  detail?: string | ScoreDetail;
  /** What the verdict rests on, stored with the score: a judge's prompt and raw verdict, a program's output. */
  evidence?: Record<string, unknown>;
}

/** A model's answer to a scorer's request, and what it cost in this run. */
export interface ModelCall {
  completion: Completion;
  /** Served from the response cache: nothing was spent on it in this run. */
  fromCache: boolean;
  /** USD spent on the call in this run (0 from the cache); null when the model has no known price. */
  costUsd: number | null;
}

/** What the engine lends a scorer that needs more than the answer. */
export interface ScoringContext {
  signal: AbortSignal;
  /** The user's explicit --unsafe-no-sandbox: run model-written code without bubblewrap. */
  unsafeNoSandbox: boolean;
  /**
   * Asks a model from the config, through the engine: the same concurrency, rate limits, retries, cache and cost
   * accounting as any other call. Rejects with a ProviderError when the call fails for good.
   */
  callModel(modelId: string, request: ModelRequest): Promise<ModelCall>;
}

/** A deterministic scorer: pure and synchronous. */
export type Scorer = (item: Item, response: ScoredResponse) => Score;

/** A scorer that needs the engine (a judge model, a code sandbox): asynchronous, given a context. */
export type ContextScorer = (item: Item, response: ScoredResponse, context: ScoringContext) => Promise<Score>;

export type AnyScorer = Scorer | ContextScorer;

/** Why a scorer cannot score an item, found before any request: the field at fault and what to do about it. */
export interface ItemProblem {
  field: string;
  message: string;
}

/**
 * A named scorer: its options schema (validated from kurabe.yaml) and a factory. Adding a scorer is one file and one
 * line in src/scoring/registry.ts. A scorer that needs the engine says so (`usesContext`): it may take seconds (a
 * judge, a sandbox), so the engine commits the answer before scoring it rather than together with the score.
 */
export type ScorerDefinition<
  Options extends z.ZodType = z.ZodType,
  S extends AnyScorer = Scorer,
  Built extends S | Promise<S> = S,
> = {
  name: string;
  description: string;
  options: Options;
  /** May load something first (a user's module); `location` is where the spec was written, for its errors. */
  create(options: z.infer<Options>, location?: ErrorLocation): Built;
  /** What the scorer needs of an item (an expected answer, options), checked when the suite is loaded. */
  checkItem?(item: Item, options: z.infer<Options>): ItemProblem | undefined;
  /**
   * It measures retrieval (faithfulness to the passages, the retriever's recall): an answer without passages (a model
   * without `rag:`) gets no score from it beside the primary — not applicable, shown "–", never a 0 that reads as a
   * failure. As a suite's primary scorer it still scores such an answer 0: every answer needs its primary score.
   */
  needsRetrieval?: true;
} & (S extends ContextScorer ? { usesContext: true } : { usesContext?: never });
