import { createHash } from "node:crypto";
import { bm25Retriever, buildBm25Index } from "./bm25-retriever.js";
import type { Collection } from "./collection.js";
import { passageText } from "./passage-text.js";
import type { Embedder } from "./embedder.js";
import { nearestRows, toMatrix, type VectorMatrix } from "./vector-search.js";
import type { RagConfig } from "./rag-schema.js";
import { reciprocalRankFusion } from "./reciprocal-rank-fusion.js";
import type { Chunk, RankedChunk, Retriever } from "./types.js";

/** A collection made searchable: what the store keeps, so a later run does not tokenize or embed again. */
export interface RagIndex {
  key: string;
  chunks: Chunk[];
  /** MiniSearch's JSON, for the bm25 and hybrid retrievers. */
  bm25?: string;
  /** One unit vector per chunk, for the embedding and hybrid retrievers. */
  vectors?: VectorMatrix;
  /** Tokens the embedding model read to build the index (0 without one). */
  embeddingTokens: number;
}

type IndexSettings = Pick<RagConfig, "retriever" | "chunkChars">;

/**
 * What an index depends on, and nothing else: every document's content hash, the chunking, the retriever kind and
 * the embedding model's identity. Two models of a run with the same `rag:` share one index.
 */
export function ragIndexKey(collection: Collection, settings: IndexSettings, embedder: Embedder | undefined): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ format: 1, chunkChars: settings.chunkChars, retriever: settings.retriever }));
  for (const [file, digest] of Object.entries(collection.documentHashes).sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(`\u0000${file}\u0000${digest}`);
  }
  hash.update(`\u0000embedder\u0000${usesEmbeddings(settings) ? (embedder?.identity ?? "") : ""}`);
  return hash.digest("hex");
}

const usesEmbeddings = (settings: IndexSettings): boolean => settings.retriever !== "bm25";
const usesBm25 = (settings: IndexSettings): boolean => settings.retriever !== "embedding";

export async function buildRagIndex(
  collection: Collection,
  settings: IndexSettings,
  embedder: Embedder | undefined,
  signal: AbortSignal,
): Promise<RagIndex> {
  const key = ragIndexKey(collection, settings, embedder);
  const index: RagIndex = { key, chunks: collection.chunks, embeddingTokens: 0 };
  if (usesBm25(settings)) index.bm25 = buildBm25Index(collection.chunks);
  if (usesEmbeddings(settings)) {
    if (!embedder) throw new TypeError(`retriever ${settings.retriever} needs an embedder`);
    const { vectors, tokens } = await embedder.embed(collection.chunks.map(passageText), signal);
    index.vectors = toMatrix(vectors);
    index.embeddingTokens = tokens;
  }
  return index;
}

/** Candidates each list brings to the fusion: deeper than topK, so a passage second in one list can still win. */
const FUSION_DEPTH = 50;

export function createRetriever(index: RagIndex, retriever: RagConfig["retriever"], embedder: Embedder | undefined): Retriever {
  const bm25 = index.bm25 === undefined ? undefined : bm25Retriever(index.chunks, index.bm25);
  const dense = index.vectors && embedder ? embeddingRetriever(index.chunks, index.vectors, embedder) : undefined;
  if (retriever === "bm25" && bm25) return bm25;
  if (retriever === "embedding" && dense) return dense;
  if (retriever === "hybrid" && bm25 && dense) return hybridRetriever(index.chunks, bm25, dense);
  throw new TypeError(`the index ${index.key} was not built for the ${retriever} retriever`);
}

function embeddingRetriever(chunks: readonly Chunk[], vectors: VectorMatrix, embedder: Embedder): Retriever {
  return {
    async search(query, topK, signal) {
      const started = performance.now();
      const { vectors: [vector], tokens } = await embedder.embed([query], signal);
      const ranked: RankedChunk[] = nearestRows(vectors, vector!, topK).map(([row, score]) => ({ chunk: chunks[row]!, score }));
      return { ranked, embeddingTokens: tokens, ms: performance.now() - started };
    },
  };
}

function hybridRetriever(chunks: readonly Chunk[], bm25: Retriever, dense: Retriever): Retriever {
  const byId = new Map(chunks.map((chunk) => [chunk.id, chunk]));
  return {
    async search(query, topK, signal) {
      const started = performance.now();
      const [lexical, semantic] = await Promise.all([bm25.search(query, FUSION_DEPTH, signal), dense.search(query, FUSION_DEPTH, signal)]);
      const ids = (result: typeof lexical) => result.ranked.map((hit) => hit.chunk.id);
      const ranked = reciprocalRankFusion([ids(lexical), ids(semantic)])
        .slice(0, topK)
        .map(({ id, score }) => ({ chunk: byId.get(id)!, score }));
      return { ranked, embeddingTokens: semantic.embeddingTokens, ms: performance.now() - started };
    },
  };
}
