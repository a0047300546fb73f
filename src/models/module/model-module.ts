import type { FinishReason, ModelRequest, Usage } from "../types.js";

/**
 * The contract of a provider module (`provider: module`, `path: ./gateway.ts` in kurabe.yaml), exported from the
 * package as `import type { ModelModule } from "kurabe"`: the module's default export is a `ModelModule`. It is the
 * Model seam (src/models/types.ts) as a user writes it; kurabe's engine adds retries, rate limits, the cache, cost and
 * every report, as for its own adapters, so a module only turns one request into one answer.
 *
 * Failures: throw an error with the HTTP `status` your gateway answered (429 and 5xx are retried with back-off,
 * `retryAfterMs` honoured), or one whose cause chain carries a socket code (ECONNREFUSED, ETIMEDOUT: retried); any
 * other throw is an infrastructure error for that answer, not retried and never scored.
 */

/** What the module is asked: the conversation (images as bytes), generation parameters, an optional JSON Schema. */
export type ModelModuleRequest = ModelRequest;

/** What kurabe lends the module for one request. */
export interface ModelModuleContext<Options = Record<string, unknown>> {
  /** The model's `model:` in kurabe.yaml. */
  model: string;
  /** The model's `options:` in kurabe.yaml, as written (`{}` when absent). */
  options: Options;
  /** Aborted at the request timeout or when the run stops: pass it on to fetch. */
  signal: AbortSignal;
}

/** Tokens the answer took, as the gateway counted them: what cost (`price:` in kurabe.yaml) is computed from. */
export type ModelModuleUsage = Usage;

/** A whole answer. */
export interface ModelModuleAnswer {
  text: string;
  /** Reasoning kept apart from the answer, when the model gives it. */
  reasoning?: string;
  usage: ModelModuleUsage;
  /** Default: "stop". */
  finishReason?: FinishReason;
}

/** One piece of a streamed answer: a text delta as a string, or deltas with, once (usually last), the usage. */
export type ModelModuleChunk =
  | string
  | { text?: string; reasoning?: string; usage?: ModelModuleUsage; finishReason?: FinishReason };

/**
 * A provider module's default export: `stream` (preferred when both are given: kurabe then measures time to first
 * token and inter-token latency) and/or `generate`, and `close` to release connections when the run ends.
 */
export interface ModelModule<Options = Record<string, unknown>> {
  generate?(request: ModelModuleRequest, context: ModelModuleContext<Options>): ModelModuleAnswer | Promise<ModelModuleAnswer>;
  stream?(request: ModelModuleRequest, context: ModelModuleContext<Options>): AsyncIterable<ModelModuleChunk>;
  close?(): void | Promise<void>;
}
