import MiniSearch, { type Options } from "minisearch";
import { passageText } from "./passage-text.js";
import { searchTokens } from "./search-tokens.js";
import type { Chunk, RankedChunk, Retriever } from "./types.js";

interface IndexedChunk {
  id: number;
  text: string;
}

/**
 * MiniSearch's scoring: BM25+ (Lv & Zhai 2011, "Lower-bounding term frequency normalization") with k1 = 1.2,
 * b = 0.7, δ = 0.5, times the number of query terms a chunk matches. Tokens come from searchTokens, already folded,
 * so MiniSearch's own lower-casing is turned off.
 */
const options: Options<IndexedChunk> = {
  fields: ["text"],
  tokenize: (text) => searchTokens(text),
  processTerm: (term) => term,
  searchOptions: { combineWith: "OR", prefix: false, fuzzy: false },
};

/** A BM25 index of a collection's chunks, as MiniSearch's JSON (stored and reloaded without tokenizing again). */
export function buildBm25Index(chunks: readonly Chunk[]): string {
  const index = new MiniSearch<IndexedChunk>(options);
  index.addAll(chunks.map((chunk, id) => ({ id, text: passageText(chunk) })));
  return JSON.stringify(index);
}

/** Ranks the chunks of a stored BM25 index (`buildBm25Index` of the same chunks, in the same order) for a query. */
export function bm25Retriever(chunks: readonly Chunk[], indexJson: string): Retriever {
  const index = MiniSearch.loadJSON<IndexedChunk>(indexJson, options);
  return {
    async search(query, topK) {
      const started = performance.now();
      const ranked: RankedChunk[] = index
        .search(query)
        .slice(0, topK)
        .map((result) => ({ chunk: chunks[result.id as number]!, score: result.score }));
      return { ranked, embeddingTokens: 0, ms: performance.now() - started };
    },
  };
}
