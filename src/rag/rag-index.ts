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
interface RagIndex {
  key: string;
  chunks: Chunk[];
  /** MiniSearch's JSON, for the bm25 and hybrid retrievers. */
  bm25?: string;
  /** One unit vector per chunk, for the embedding and hybrid retrievers. */
  vectors?: VectorMatrix;
}

type IndexSettings = Pick<RagConfig, "retriever" | "chunkChars">;

/**
 * What the BM25 index depends on, and nothing else: every document's content hash, the chunking and the tokenizer's
 * version. Vectors are keyed apart, by embedder and passage digest. Two models of a run with the same collection
 * share one index.
 */
function ragIndexKey(collection: Collection, chunkChars: number): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ tokenizer: 2, chunkChars }));
  for (const [file, digest] of Object.entries(collection.documentHashes).sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(`\u0000${file}\u0000${digest}`);
  }
  return hash.digest("hex");
}

const usesEmbeddings = (settings: IndexSettings): boolean => settings.retriever !== "bm25";
const usesBm25 = (settings: IndexSettings): boolean => settings.retriever !== "embedding";

/** A passage's vector as stored, with the embedding tokens it took (null: stored before kurabe kept them). */
export interface StoredVector {
  vector: Float32Array;
  tokens: number | null;
}

/** Where indexes are kept between runs (the results store: src/store/rag-index-store.ts). */
export interface RagIndexCache {
  bm25(key: string): string | undefined;
  saveBm25(key: string, json: string): void;
  vector(embedder: string, textSha256: string): StoredVector | undefined;
  saveVectors(embedder: string, rows: ReadonlyArray<{ textSha256: string } & StoredVector>): void;
}

/**
 * What building the index took in this run (whether the BM25 index was made anew, how many passages were embedded
 * and their tokens), and what the whole index took to embed, in this run or before: `indexTokens`, the one-time
 * cost the report shows apart from the cost per inquiry (0 for BM25 alone; null when a vector was stored by a
 * kurabe that did not keep its tokens).
 */
export interface IndexWork {
  bm25Built: boolean;
  embeddedPassages: number;
  embeddingTokens: number;
  passages: number;
  indexTokens: number | null;
}

/** Passages per embedding call while indexing (an API embedder splits a call further by its provider's limit). */
const EMBEDDING_BATCH = 256;

const digest = (text: string): string => createHash("sha256").update(text).digest("hex");

/**
 * The collection's index, from the cache where it holds it: the BM25 index by index key (documents, chunking, retriever), each passage's vector by
 * embedder and text digest. Only passages never embedded by this embedder are embedded (and then cached).
 */
export async function loadRagIndex(
  collection: Collection,
  settings: IndexSettings,
  embedder: Embedder | undefined,
  cache: RagIndexCache | undefined,
  signal: AbortSignal,
): Promise<{ index: RagIndex; work: IndexWork }> {
  const key = ragIndexKey(collection, settings.chunkChars);
  const work: IndexWork = { bm25Built: false, embeddedPassages: 0, embeddingTokens: 0, passages: collection.chunks.length, indexTokens: 0 };
  const index: RagIndex = { key, chunks: collection.chunks };
  if (usesBm25(settings)) {
    index.bm25 = cache?.bm25(key);
    if (index.bm25 === undefined) {
      index.bm25 = buildBm25Index(collection.chunks);
      cache?.saveBm25(key, index.bm25);
      work.bm25Built = true;
    }
  }
  if (usesEmbeddings(settings)) {
    if (!embedder) throw new TypeError(`retriever ${settings.retriever} needs an embedder`);
    const texts = collection.chunks.map(passageText);
    const digests = texts.map(digest);
    const stored = digests.map((textSha256) => cache?.vector(embedder.identity, textSha256));
    const missing = stored.flatMap((vector, at) => (vector ? [] : [at]));
    // In batches, each stored as soon as it is made: a failure or a stopped run keeps what was embedded before it.
    for (let start = 0; start < missing.length; start += EMBEDDING_BATCH) {
      const batch = missing.slice(start, start + EMBEDDING_BATCH);
      const made = await embedder.embed(batch.map((at) => texts[at]!), signal);
      const tokens = shareTokens(made.tokens, batch.map((at) => texts[at]!.length));
      batch.forEach((at, n) => (stored[at] = { vector: made.vectors[n]!, tokens: tokens[n]! }));
      cache?.saveVectors(embedder.identity, batch.map((at) => ({ textSha256: digests[at]!, ...stored[at]! })));
      work.embeddedPassages += batch.length;
      work.embeddingTokens += made.tokens;
    }
    const passages = stored as StoredVector[];
    work.indexTokens = passages.some((passage) => passage.tokens === null) ? null : passages.reduce((sum, passage) => sum + passage.tokens!, 0);
    index.vectors = toMatrix(passages.map((passage) => passage.vector));
  }
  return { index, work };
}

/**
 * A request's tokens shared among its texts by their lengths (largest remainders, so the shares add up to the
 * request's count exactly): an API reports one count per request, and an edited document re-embeds only some
 * passages of an index, so each stored vector keeps its own share.
 */
export function shareTokens(total: number, lengths: readonly number[]): number[] {
  const characters = lengths.reduce((sum, length) => sum + length, 0);
  const exact = lengths.map((length) => (characters === 0 ? total / lengths.length : (total * length) / characters));
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((sum, share) => sum + share, 0);
  const byRemainder = exact.map((value, at) => [value - shares[at]!, at] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, at] of byRemainder) {
    if (left-- <= 0) break;
    shares[at]!++;
  }
  return shares;
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
