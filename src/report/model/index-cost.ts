import type { RetrievalSpend } from "./report-types.js";

/** A RAG model's index: its passages and what embedding them took, once. */
export type IndexCost = NonNullable<RetrievalSpend["index"]>;

/**
 * What an index cost once, decided here for the knowledge-base section and the recommendation alike: not known (no
 * index recorded, or not its tokens), nothing embedded (BM25 alone: not "$0 · 0 tokens"), or the tokens embedding its
 * passages took and their cost (null without an embedding price).
 */
type IndexSpend = { kind: "unknown" } | { kind: "nothing-embedded" } | { kind: "embedded"; tokens: number; costUsd: number | null };

export function indexSpend(index: IndexCost | null): IndexSpend {
  if (index === null || index.embeddingTokens === null) return { kind: "unknown" };
  if (index.embeddingTokens === 0) return { kind: "nothing-embedded" };
  return { kind: "embedded", tokens: index.embeddingTokens, costUsd: index.costUsd };
}
