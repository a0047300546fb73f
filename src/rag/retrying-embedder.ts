import type { RetryConfig } from "../config/schema.js";
import { withRetries } from "../engine/retry-policy.js";
import type { Embedder } from "./embedder.js";

/** The embedder with the run's retry policy on every call: indexing the collection and each question's embedding. */
export function retryingEmbedder(embedder: Embedder, retry: RetryConfig): Embedder {
  return {
    identity: embedder.identity,
    embed: (texts, signal) => withRetries(() => embedder.embed(texts, signal), retry, signal),
    ...(embedder.close ? { close: () => embedder.close!() } : {}),
  };
}
