/**
 * Retrieval latency at 100,000 chunks, one query at a time as the engine asks, each system and its peer timed on
 * the same queries, alternately, in the same process and minute:
 *
 * - BM25: kurabe's postings (src/rag/bm25-postings.ts, the stored MiniSearch index read once into typed arrays, the
 *   best k kept as it goes) against MiniSearch.search over the same index (what kurabe did before; the reference
 *   its ranking must equal). Both tokenize the query with kuromoji per call; the top 5 of each are compared.
 * - Cosine over 384-dimension unit vectors (multilingual-e5-small's width): kurabe's int8 SIMD scan with exact float
 *   rescoring (src/rag/vector-search.ts), the plain float32 JavaScript scan it replaced, and the obvious peer
 *   (number[][] rows, a full sort). The query's own embedding is not timed (it is the embedding model's work).
 *
 * Target: p50 < 20 ms per retrieval at 100,000 chunks on this machine.
 *
 * Building a 100,000-chunk BM25 index through kuromoji takes minutes (bench/rag-index.ts measures indexing): here
 * each distinct sentence is tokenized once and a chunk's terms are its sentences' terms, which yields the same index
 * faster. The vectors are seeded random: search time does not depend on what they mean.
 *
 *   npx tsx bench/rag-retrieval.ts [chunks=100000] [queries=200]
 */
import { bm25Retriever, buildBm25Index, miniSearchOf } from "../src/rag/bm25-retriever.js";
import { nearestRows, topK, toMatrix } from "../src/rag/vector-search.js";
import { seededRandom } from "../src/seeded-random.js";
import { machineLine, median, printTable, runBenchmark, saveResults } from "./harness.js";
import { memoizedTerms, sampleQueries, syntheticChunks } from "./rag-corpus.js";

const count = Number(process.argv[2] ?? 100_000);
const queries = Number(process.argv[3] ?? 200);
const DIMENSIONS = 384;
const TOP_K = 5;

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/** Times each system on query n in turn, so that every system meets the same moments of a noisy machine. */
async function timeAlternately<T>(systems: Record<string, (n: number) => T | Promise<T>>, runs: number): Promise<{ times: Record<string, number[]>; results: Record<string, T[]> }> {
  const times: Record<string, number[]> = {};
  const results: Record<string, T[]> = {};
  for (let n = 0; n < runs; n++) {
    for (const [name, run] of Object.entries(systems)) {
      const started = performance.now();
      const result = await run(n);
      (times[name] ??= []).push(performance.now() - started);
      (results[name] ??= []).push(result);
    }
  }
  return { times, results };
}

/** The float32 scan kurabe used before the int8 kernel: every row's dot product in JavaScript, a running top k. */
function floatScan(data: Float32Array, rows: number, query: Float32Array): Array<[number, number]> {
  const scores = new Float32Array(rows);
  for (let row = 0; row < rows; row++) {
    let dot = 0;
    const offset = row * DIMENSIONS;
    for (let i = 0; i < DIMENSIONS; i++) dot += data[offset + i]! * query[i]!;
    scores[row] = dot;
  }
  return topK(scores, TOP_K);
}

function naiveScan(rows: number[][], query: number[]): Array<readonly [number, number]> {
  const norm = Math.hypot(...query);
  return rows
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
}

runBenchmark(async () => {
  const chunks = syntheticChunks(count);
  let started = performance.now();
  const json = buildBm25Index(chunks, memoizedTerms());
  const bm25BuildMs = performance.now() - started;
  started = performance.now();
  const retriever = bm25Retriever(chunks, json);
  const bm25LoadMs = performance.now() - started;
  started = performance.now();
  const miniSearch = miniSearchOf(json);
  const miniSearchLoadMs = performance.now() - started;
  const never = new AbortController().signal;
  const query = (n: number) => sampleQueries[n % sampleQueries.length]!;
  const bm25 = await timeAlternately(
    {
      kurabe: async (n) => (await retriever.search(query(n), TOP_K, never)).ranked.map((hit) => hit.chunk.id).join(),
      miniSearch: (n) => miniSearch.search(query(n)).slice(0, TOP_K).map((result) => chunks[result.id as number]!.id).join(),
    },
    queries,
  );
  const bm25Same = bm25.results.kurabe!.every((ids, n) => ids === bm25.results.miniSearch![n]);

  const random = seededRandom(7);
  const rows = Array.from({ length: count }, () => Array.from({ length: DIMENSIONS }, () => random() * 2 - 1));
  started = performance.now();
  const matrix = toMatrix(rows);
  const matrixMs = performance.now() - started;
  const queryVectors = Array.from({ length: 8 }, () => Array.from({ length: DIMENSIONS }, () => random() * 2 - 1));
  const unitQueries = queryVectors.map((vector) => Float32Array.from(vector, (x) => x / Math.hypot(...vector)));
  const vector = (n: number) => n % queryVectors.length;
  const cosine = await timeAlternately(
    {
      kurabe: (n) => nearestRows(matrix, queryVectors[vector(n)]!, TOP_K).map(([row]) => row).join(),
      float32: (n) => floatScan(matrix.data, count, unitQueries[vector(n)]!).map(([row]) => row).join(),
    },
    queries,
  );
  const naiveRuns = Math.min(queries, 20);
  const naive = await timeAlternately({ naive: (n) => naiveScan(rows, queryVectors[vector(n)]!).map(([row]) => row).join() }, naiveRuns);
  const cosineSame = cosine.results.kurabe!.every((ids, n) => ids === cosine.results.float32![n] && (n >= naiveRuns || ids === naive.results.naive![n]));

  console.log(machineLine());
  console.log(
    `${count} chunks; BM25 index built in ${(bm25BuildMs / 1000).toFixed(1)} s (memoized terms), loaded in ${(bm25LoadMs / 1000).toFixed(1)} s ` +
      `(MiniSearch.loadJSON ${(miniSearchLoadMs / 1000).toFixed(1)} s); vectors packed in ${(matrixMs / 1000).toFixed(1)} s; ${queries} queries each\n`,
  );
  const row = (name: string, times: number[]) => [name, median(times).toFixed(2), percentile(times, 95).toFixed(2)];
  printTable(
    ["retrieval (top 5)", "p50 ms", "p95 ms"],
    [
      row("kurabe BM25 (kuromoji query + postings)", bm25.times.kurabe!),
      row("peer: MiniSearch.search, same index and query terms", bm25.times.miniSearch!),
      row(`kurabe cosine, ${DIMENSIONS} dims (int8 SIMD scan + float rescoring)`, cosine.times.kurabe!),
      row("float32 JavaScript scan (before)", cosine.times.float32!),
      row("peer: number[][] + full sort", naive.times.naive!),
    ],
  );
  const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(3);
  console.log(
    `\nBM25 kurabe / MiniSearch: ${ratio(bm25.times.kurabe!, bm25.times.miniSearch!)}× (same top 5: ${bm25Same ? "yes" : "NO"}); ` +
      `cosine kurabe / float32 scan: ${ratio(cosine.times.kurabe!, cosine.times.float32!)}×, / naive: ${ratio(cosine.times.kurabe!, naive.times.naive!)}× (same top 5: ${cosineSame ? "yes" : "NO"})`,
  );
  console.log(`target p50 < 20 ms: BM25 ${median(bm25.times.kurabe!) < 20 ? "met" : "missed"}, cosine ${median(cosine.times.kurabe!) < 20 ? "met" : "missed"}`);
  await saveResults("rag-retrieval", {
    machine: machineLine(), count, queries, bm25BuildMs, bm25LoadMs, miniSearchLoadMs, matrixMs,
    bm25Ms: bm25.times.kurabe, miniSearchMs: bm25.times.miniSearch, cosineMs: cosine.times.kurabe, float32Ms: cosine.times.float32, naiveMs: naive.times.naive,
    bm25Same, cosineSame,
  });
});
