/** A passage of a document collection, the unit the retrievers rank and the prompt cites. */
export interface Chunk {
  /** Stable within a collection: `file#n`, the n-th chunk (1-based) of the file. */
  id: string;
  /** The document's path relative to its collection folder, `/`-separated: what gold sources name. */
  file: string;
  title: string;
  headings: string[];
  text: string;
}

/** A chunk a retriever returned for a query, best first. */
export interface RankedChunk {
  chunk: Chunk;
  /** The retriever's own score (BM25, cosine, or fused): comparable only within one result list. */
  score: number;
}

/** What one retrieval cost: the query's embedding tokens (0 for BM25) and the time it took. */
interface RetrievalResult {
  ranked: RankedChunk[];
  embeddingTokens: number;
  ms: number;
}

export interface Retriever {
  search(query: string, topK: number, signal: AbortSignal): Promise<RetrievalResult>;
}
