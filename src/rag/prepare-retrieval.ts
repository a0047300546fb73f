import { displayPath } from "../config/display-path.js";
import { ConfigError, ProviderError } from "../errors.js";
import type { ModelConfig, RetryConfig } from "../config/schema.js";
import { readCollection } from "./collection.js";
import { createEmbedder } from "./create-embedder.js";
import type { Embedder } from "./embedder.js";
import { createRetriever, loadRagIndex, type IndexWork, type RagIndexCache } from "./rag-index.js";
import type { RagConfig } from "./rag-schema.js";
import { retryingEmbedder } from "./retrying-embedder.js";
import type { Retriever } from "./types.js";

/** A model's retrieval, ready for the engine. */
export interface PlannedRag {
  config: RagConfig;
  retriever: Retriever;
  /** USD per million embedding tokens, when the embedding model has a price. */
  embeddingPrice?: number;
  /** What building or loading the index took; its embedding tokens are the one-time cost, never charged per answer. */
  indexWork: IndexWork;
}

interface PreparedRetrieval {
  byModel: Map<string, PlannedRag>;
  close(): Promise<void>;
}

/**
 * An embedding model that refuses the request itself (404 unknown model, 400 a chat model on /embeddings, 401) cannot
 * serve however often it is asked: a configuration error at the model's field. A 5xx or a timeout stays a provider
 * error (the server, not the config).
 */
function refusedEmbedder(error: unknown, position: number): unknown {
  if (!(error instanceof ProviderError) || !["bad_request", "auth", "unsupported"].includes(error.kind)) return error;
  return new ConfigError(`the embedding model refused to embed the documents: ${error.message}`, { field: `models[${position}].rag.embedding.model` }, { cause: error });
}

/**
 * A model whose collection could not be indexed because the embedding server kept failing (after the run's
 * retries): each of its answers is then recorded as that infrastructure failure (retrieval_<kind>), never scored,
 * and the other models run on.
 */
function failedRetriever(error: ProviderError): Retriever {
  return {
    search: () => Promise.reject(new ProviderError(error.kind, `the collection could not be indexed: ${error.message}`, { cause: error })),
  };
}

/**
 * Reads, indexes and stores every collection the models name, before the first question: models whose `rag:`
 * settings are the same share one collection, one embedder and one index. A folder or embedding model that cannot
 * serve stops the run here with a ConfigError naming the model's field; an embedding server that fails is retried
 * by the run's policy (`retry`), and if it still fails, that model's answers are recorded as infrastructure errors.
 */
export async function prepareRetrieval(
  models: ReadonlyArray<{ id: string; config: ModelConfig }>,
  cache: RagIndexCache,
  env: Readonly<Record<string, string | undefined>>,
  retry: RetryConfig,
  signal: AbortSignal,
): Promise<PreparedRetrieval> {
  const byModel = new Map<string, PlannedRag>();
  const shared = new Map<string, PlannedRag>();
  const embedders = new Map<string, Embedder>();
  const close = async () => {
    await Promise.allSettled([...embedders.values()].map((embedder) => embedder.close?.()));
  };
  try {
    for (const [position, { id, config }] of models.entries()) {
      const rag = config.rag;
      if (!rag || config.judgeOnly) continue;
      const key = JSON.stringify(rag);
      let planned = shared.get(key);
      if (!planned) {
        let embedder: Embedder | undefined;
        if (rag.embedding && rag.retriever !== "bm25") {
          const embedderKey = JSON.stringify(rag.embedding);
          embedder = embedders.get(embedderKey);
          if (!embedder) {
            embedder = retryingEmbedder(await createEmbedder(rag.embedding, env, `models[${position}].rag.embedding.model`), retry);
            embedders.set(embedderKey, embedder);
          }
        }
        const folders = rag.folders.map((path) => ({ path, shown: displayPath(path) }));
        const collection = await readCollection(folders, rag.chunkChars, rag.exclude);
        const built = await loadRagIndex(collection, rag, embedder, cache, signal).catch((error: unknown) => {
          const refused = refusedEmbedder(error, position);
          if (refused instanceof ProviderError && !signal.aborted) return refused;
          throw refused;
        });
        const price = rag.embedding && rag.embedding.provider !== "llamacpp" ? rag.embedding.price?.input : undefined;
        planned = {
          config: rag,
          retriever: built instanceof ProviderError ? failedRetriever(built) : createRetriever(built.index, rag.retriever, embedder),
          ...(price === undefined ? {} : { embeddingPrice: price }),
          indexWork:
            built instanceof ProviderError
              ? { bm25Built: false, embeddedPassages: 0, embeddingTokens: 0, passages: collection.chunks.length, indexTokens: null }
              : built.work,
        };
        shared.set(key, planned);
      }
      byModel.set(id, planned);
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { byModel, close };
}
