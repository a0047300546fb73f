import type { ModelRequest } from "../../models/types.js";
import type { Item } from "../../suites/types.js";
import type { ModelCall } from "../types.js";

/**
 * The contract of a user's scorer module (`scorer: {type: module, path: ./checks/tone.ts}`), exported from the package
 * as `import type { Scorer } from "kurabe"`: the module's default export is a `Scorer`.
 */

/** The answer being scored: its text, kept apart from any reasoning the model returned. */
export interface ScorerAnswer {
  text: string;
  reasoning?: string;
}

/** A request to a model of the config; `params` default to none (the model's own defaults). */
export type ScorerModelRequest = Omit<ModelRequest, "params"> & { params?: ModelRequest["params"] };

/** What kurabe lends a scorer module for one answer. */
export interface ScorerContext<Options = Record<string, unknown>> {
  /** The spec's `options:` from kurabe.yaml, as written (`{}` when absent). */
  options: Options;
  /** Aborted when the run is stopped or the answer's `timeoutMs` is up: pass it on to long work. */
  signal: AbortSignal;
  /**
   * Asks a model of the config (a judge) through the run's lanes: the same concurrency, rate limits, retries, cache
   * and cost accounting as every other call. Rejects when the call fails for good (then the answer stays unscored).
   */
  callModel(modelId: string, request: ScorerModelRequest): Promise<ModelCall>;
}

/** A score in [0, 1] (1 is fully right), with what the verdict rests on. */
export interface ScorerResult {
  score: number;
  /** Default: `score >= 0.5`. */
  passed?: boolean;
  /** Why, in a few words, for reports. */
  detail?: string;
  /** What the scorer took from the answer, for reports. */
  extracted?: string;
  /** Stored with the score: a judge's prompt and raw verdict, a program's output. */
  evidence?: Record<string, unknown>;
}

/** A scorer module's default export; a bare number is a score without evidence. */
export type Scorer<Options = Record<string, unknown>> = (
  answer: ScorerAnswer,
  item: Item,
  context: ScorerContext<Options>,
) => ScorerResult | number | Promise<ScorerResult | number>;

export type { Item as ScorerItem, ModelCall };
