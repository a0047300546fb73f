/** Vectors for texts, and the tokens the embedding model read to make them. */
interface Embeddings {
  vectors: Float32Array[];
  tokens: number;
}

/**
 * The embedding seam, as small as the Model one: one call, no retries or caching (the index is the cache;
 * retryingEmbedder applies the run's retry policy). Failures are thrown as ProviderError, so a failing embedding
 * server is an infrastructure error.
 */
export interface Embedder {
  /** What the vectors depend on (provider, model, the GGUF file's digest): part of the stored index's key. */
  readonly identity: string;
  embed(texts: readonly string[], signal: AbortSignal): Promise<Embeddings>;
  close?(): Promise<void>;
}
