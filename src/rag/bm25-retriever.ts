import MiniSearch, { type Options } from "minisearch";
import { Bm25Postings } from "./bm25-postings.js";
import { passageText } from "./passage-text.js";
import { searchTokens } from "./search-tokens.js";
import type { Chunk, RankedChunk, Retriever } from "./types.js";

interface IndexedChunk {
  id: number;
  /** The chunk's search terms joined by TERM_SEPARATOR: tokenized before MiniSearch sees them. */
  terms: string;
}

const TERM_SEPARATOR = "\u0001";

/**
 * MiniSearch's scoring: BM25+ (Lv & Zhai 2011, "Lower-bounding term frequency normalization") with k1 = 1.2,
 * b = 0.7, δ = 0.5, times the number of query terms a chunk matches. Chunks arrive as terms already made by
 * searchTokens (so indexing can tokenize however it likes, e.g. in parallel); queries are tokenized by searchTokens
 * here. Terms are already folded, so MiniSearch's own lower-casing is off.
 */
const options: Options<IndexedChunk> = {
  fields: ["terms"],
  tokenize: (terms) => (terms === "" ? [] : terms.split(TERM_SEPARATOR)),
  processTerm: (term) => term,
  searchOptions: { tokenize: (query) => searchTokens(query), processTerm: (term) => term, combineWith: "OR", prefix: false, fuzzy: false },
};

/** A chunk's BM25 terms: its title, headings and text, through searchTokens. */
export const chunkTerms = (chunk: Chunk): string[] => searchTokens(passageText(chunk));

/**
 * A BM25 index of a collection's chunks, as MiniSearch's JSON (stored and reloaded without tokenizing again).
 * `termsOf` gives each chunk's terms; anything but chunkTerms is for benchmarks that need a large index quickly.
 */
export function buildBm25Index(chunks: readonly Chunk[], termsOf: (chunk: Chunk) => string[] = chunkTerms): string {
  const index = new MiniSearch<IndexedChunk>(options);
  index.addAll(chunks.map((chunk, id) => ({ id, terms: termsOf(chunk).join(TERM_SEPARATOR) })));
  return JSON.stringify(index);
}

/**
 * Ranks the chunks of a stored BM25 index (`buildBm25Index` of the same chunks, in the same order) for a query, as
 * MiniSearch.search over it would (bm25-postings.ts): the index is read into postings once, when the run starts.
 */
export function bm25Retriever(chunks: readonly Chunk[], indexJson: string): Retriever {
  const postings = new Bm25Postings(indexJson);
  return {
    async search(query, topK) {
      const started = performance.now();
      const ranked: RankedChunk[] = postings.search(searchTokens(query), topK).map(([id, score]) => ({ chunk: chunks[id]!, score }));
      return { ranked, embeddingTokens: 0, ms: performance.now() - started };
    },
  };
}

/** MiniSearch itself over a stored index: the reference bm25Retriever ranks as (tests and bench/ compare the two). */
export function miniSearchOf(indexJson: string): MiniSearch<IndexedChunk> {
  return MiniSearch.loadJSON<IndexedChunk>(indexJson, options);
}
