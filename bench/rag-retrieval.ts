/**
 * Retrieval latency at 100,000 chunks, one query at a time as the engine asks: BM25 (MiniSearch over kuromoji
 * terms, query tokenized per call) and brute-force cosine over 384-dimension unit vectors (src/rag/vector-search.ts,
 * the width of multilingual-e5-small). Peer for the cosine scan, in the same process: the obvious implementation,
 * number[][] rows and a full sort. The query's own embedding is not timed (it is the embedding model's, not the
 * search's). Target: p50 < 20 ms per retrieval at 100,000 chunks on this machine.
 *
 * Building a 100,000-chunk BM25 index through kuromoji takes minutes (bench/rag-index.ts measures indexing): here
 * each distinct sentence is tokenized once and a chunk's terms are its sentences' terms, which yields the same index
 * faster. The vectors are seeded random: search time does not depend on what they mean.
 *
 *   npx tsx bench/rag-retrieval.ts [chunks=100000] [queries=200]
 */
import { bm25Retriever, buildBm25Index } from "../src/rag/bm25-retriever.js";
import { searchTokens } from "../src/rag/search-tokens.js";
import type { Chunk } from "../src/rag/types.js";
import { nearestRows, toMatrix } from "../src/rag/vector-search.js";
import { seededRandom } from "../src/seeded-random.js";
import { machineLine, median, printTable, runBenchmark, saveResults } from "./harness.js";
import { sampleQueries, syntheticChunks } from "./rag-corpus.js";

const count = Number(process.argv[2] ?? 100_000);
const queries = Number(process.argv[3] ?? 200);
const DIMENSIONS = 384;
const TOP_K = 5;

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/** Terms per sentence, each sentence tokenized once (see the header). */
function memoizedTerms(): (chunk: Chunk) => string[] {
  const cache = new Map<string, string[]>();
  const termsOf = (text: string): string[] => {
    let terms = cache.get(text);
    if (!terms) cache.set(text, (terms = searchTokens(text)));
    return terms;
  };
  return (chunk) => [chunk.title, ...chunk.headings, ...chunk.text.split(/(?<=[。.])/u)].flatMap(termsOf);
}

async function timeQueries(run: (query: string) => Promise<unknown> | unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < queries; i++) {
    const started = performance.now();
    await run(sampleQueries[i % sampleQueries.length]!);
    times.push(performance.now() - started);
  }
  return times;
}

runBenchmark(async () => {
  const chunks = syntheticChunks(count);
  let started = performance.now();
  const retriever = bm25Retriever(chunks, buildBm25Index(chunks, memoizedTerms()));
  const bm25BuildMs = performance.now() - started;
  const never = new AbortController().signal;
  const bm25 = await timeQueries((query) => retriever.search(query, TOP_K, never));

  const random = seededRandom(7);
  const rows = Array.from({ length: count }, () => Array.from({ length: DIMENSIONS }, () => random() * 2 - 1));
  const matrix = toMatrix(rows);
  const queryVectors = Array.from({ length: 8 }, () => Array.from({ length: DIMENSIONS }, () => random() * 2 - 1));
  let n = 0;
  const cosine = await timeQueries(() => nearestRows(matrix, queryVectors[n++ % queryVectors.length]!, TOP_K));
  const naiveRuns = Math.min(queries, 20);
  const naive: number[] = [];
  for (let i = 0; i < naiveRuns; i++) {
    const query = queryVectors[i % queryVectors.length]!;
    const t = performance.now();
    const norm = Math.hypot(...query);
    rows
      .map((row, index) => {
        let dot = 0;
        let rowNorm = 0;
        for (let d = 0; d < DIMENSIONS; d++) {
          dot += row[d]! * query[d]!;
          rowNorm += row[d]! * row[d]!;
        }
        return [index, dot / (Math.sqrt(rowNorm) * norm)] as const;
      })
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP_K);
    naive.push(performance.now() - t);
  }

  console.log(machineLine());
  console.log(`${count} chunks; BM25 index built in ${(bm25BuildMs / 1000).toFixed(1)} s (memoized terms); ${queries} queries each\n`);
  const row = (name: string, times: number[]) => [name, median(times).toFixed(2), percentile(times, 95).toFixed(2)];
  printTable(
    ["retrieval (top 5)", "p50 ms", "p95 ms"],
    [row("BM25 (kuromoji query + MiniSearch)", bm25), row(`cosine, ${DIMENSIONS} dims, Float32Array scan`, cosine), row("peer: number[][] + full sort", naive)],
  );
  console.log(`\ncosine scan / peer: ${(median(cosine) / median(naive)).toFixed(2)}×; target p50 < 20 ms: BM25 ${median(bm25) < 20 ? "met" : "missed"}, cosine ${median(cosine) < 20 ? "met" : "missed"}`);
  await saveResults("rag-retrieval", { machine: machineLine(), count, queries, bm25BuildMs, bm25Ms: bm25, cosineMs: cosine, naiveMs: naive });
});
