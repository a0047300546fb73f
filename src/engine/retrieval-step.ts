import { ProviderError } from "../errors.js";
import type { ChatMessage } from "../models/types.js";
import { retrievalQuery, toRetrievedPassages, withPassages, type RetrievalIndexRecord, type RetrievalRecord } from "../rag/augment-messages.js";
import type { PlannedRag } from "../rag/prepare-retrieval.js";
import { costOfEmbedding } from "./cost.js";

type RetrievalOutcome =
  | { ok: true; messages: ChatMessage[]; record: RetrievalRecord; embeddingCostUsd: number }
  | { ok: false; error: ProviderError };

/**
 * Retrieval before generation: passages for the conversation, put before its last question by the model's
 * template. The query's embedding tokens are charged to the answer (at the embedding model's price, through the
 * engine's cost seam); the index's, a one-time cost, are recorded with it apart. A failing embedding model (a 5xx,
 * a timeout, a crash) is an infrastructure failure of this answer, recorded and never scored; a stopped run rejects
 * with its reason.
 */
export async function retrievalStep(rag: PlannedRag, messages: readonly ChatMessage[], signal: AbortSignal): Promise<RetrievalOutcome> {
  const query = retrievalQuery(messages);
  try {
    const result = await rag.retriever.search(query, rag.config.topK, signal);
    const passages = toRetrievedPassages(result.ranked);
    const price = rag.embeddingPrice;
    const { passages: indexPassages, indexTokens } = rag.indexWork;
    const index: RetrievalIndexRecord = {
      passages: indexPassages,
      embeddingTokens: indexTokens,
      ...(price === undefined || indexTokens === null ? {} : { costUsd: costOfEmbedding(indexTokens, price) }),
    };
    return {
      ok: true,
      messages: withPassages(messages, passages, rag.config.template),
      record: { query, passages, embeddingTokens: result.embeddingTokens, ms: result.ms, index },
      embeddingCostUsd: price === undefined ? 0 : costOfEmbedding(result.embeddingTokens, price),
    };
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    const failure = error instanceof ProviderError ? error : new ProviderError("server", `retrieval failed: ${(error as Error).message}`, { cause: error });
    return { ok: false, error: failure };
  }
}
