/**
 * Why kurabe ranks BM25 with its own postings (src/rag/bm25-postings.ts) rather than a search library's `search`:
 * at 100,000 chunks each library named by issue 14 — MiniSearch (which kurabe uses to build and store the index),
 * Orama and wink-bm25-text-search — and lunr, the most used BM25 library on npm (20 M downloads a month), are timed on
 * the same terms and the same queries, one query at a time, alternately, in the same process and minute, against
 * kurabe's postings. Every system gets the terms kurabe's tokenizer makes
 * (kuromoji morphemes, Porter stems; src/rag/search-tokens.ts), handed over through its custom-tokenizer hook, and
 * tokenizes the query with it per call; each returns its top 5.
 *
 * Orama, wink-bm25-text-search and lunr are not kurabe's dependencies: install them in a scratch folder and name it,
 *
 *   npm i -E --prefix /tmp/bm25-peers @orama/orama@3.1.18 wink-bm25-text-search@3.1.2 lunr@2.3.9
 *   npx tsx bench/rag-bm25-libraries.ts /tmp/bm25-peers [chunks=100000] [queries=40]
 *
 * Building the 100,000-chunk index as bench/rag-retrieval.ts does (each distinct sentence tokenized once).
 * Agreement: MiniSearch.search must give kurabe's top 5 exactly (the same BM25+ and parameters); wink scores plain
 * BM25 (b = 0.75, no BM25+ δ, no matched-term factor), Orama its own BM25 variant and lunr the cosine of BM25-weighted
 * query and document vectors, so their top 5 may differ.
 *
 * Left out by reading its source: okapibm25 1.4.1 (65 k downloads a month) has no index — every query re-reads every
 * document, counts a document's length with /\w+/ (ASCII words: a Japanese chunk has length 0) and a term's frequency
 * with `new RegExp(term)` (substrings, and a term such as `c++` is a broken pattern).
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { bm25Retriever, buildBm25Index, miniSearchOf } from "../src/rag/bm25-retriever.js";
import { searchTokens } from "../src/rag/search-tokens.js";
import { machineLine, median, printTable, runBenchmark, saveResults } from "./harness.js";
import { memoizedTerms, sampleQueries, syntheticChunks } from "./rag-corpus.js";

const peers = process.argv[2];
const count = Number(process.argv[3] ?? 100_000);
const queries = Number(process.argv[4] ?? 40);
const TOP_K = 5;
const SEPARATOR = "\u0001";

interface WinkBm25 {
  defineConfig(config: { fldWeights: Record<string, number>; bm25Params: { k1: number; b: number } }): void;
  definePrepTasks(tasks: Array<(text: string) => string[]>): void;
  addDoc(doc: Record<string, string>, id: number): void;
  consolidate(): void;
  search(text: string, limit: number): Array<[string, number]>;
}

interface LunrBuilder {
  ref(name: string): void;
  field(name: string): void;
  b(value: number): void;
  k1(value: number): void;
  add(doc: { id: string; body: string }): void;
  pipeline: { reset(): void };
  searchPipeline: { reset(): void };
  tokenizer: (text: string) => unknown[];
}

interface LunrQuery {
  term(term: string, options: { usePipeline: boolean; wildcard: number }): void;
}

interface Lunr {
  (config: (this: LunrBuilder) => void): { query(build: (query: LunrQuery) => void): Array<{ ref: string }> };
  Token: new (text: string, metadata: Record<string, unknown>) => unknown;
  Query: { wildcard: { NONE: number } };
}

interface Orama {
  create(options: unknown): unknown;
  insert(db: unknown, doc: { id: string; body: string }): unknown;
  search(db: unknown, params: unknown): { hits: Array<{ id: string }> };
}

runBenchmark(async () => {
  if (!peers) throw new Error("name the folder where @orama/orama, wink-bm25-text-search and lunr are installed (see the header)");
  const require = createRequire(join(peers, "node_modules", "x.js"));
  const chunks = syntheticChunks(count);
  const terms = chunks.map(memoizedTerms());
  const termsByChunk = new Map(chunks.map((chunk, n) => [chunk, terms[n]!]));
  const build: Record<string, number> = {};

  let started = performance.now();
  const json = buildBm25Index(chunks, (chunk) => termsByChunk.get(chunk)!);
  const kurabe = bm25Retriever(chunks, json);
  build.kurabe = performance.now() - started;
  started = performance.now();
  const miniSearch = miniSearchOf(json);
  build.miniSearch = performance.now() - started;

  started = performance.now();
  const wink = (require("wink-bm25-text-search") as () => WinkBm25)();
  wink.defineConfig({ fldWeights: { body: 1 }, bm25Params: { k1: 1.2, b: 0.75 } });
  wink.definePrepTasks([(text) => (text === "" ? [] : text.split(SEPARATOR))]);
  terms.forEach((chunkTerms, id) => wink.addDoc({ body: chunkTerms.join(SEPARATOR) }, id));
  wink.consolidate();
  build.wink = performance.now() - started;

  started = performance.now();
  const orama = require("@orama/orama") as Orama;
  // Orama's tokenizer sees both the stored text (terms already made, joined) and the query (tokenized here).
  const tokenize = (raw: string) => (raw.includes(SEPARATOR) ? raw.split(SEPARATOR) : searchTokens(raw));
  const db = orama.create({ schema: { body: "string" }, components: { tokenizer: { language: "japanese", normalizationCache: new Map(), tokenize } } });
  terms.forEach((chunkTerms, id) => orama.insert(db, { id: String(id), body: chunkTerms.join(SEPARATOR) }));
  build.orama = performance.now() - started;

  started = performance.now();
  const lunr = require("lunr") as Lunr;
  // kurabe's terms as lunr tokens, with lunr's own stemming and stop-word pipeline off (the terms are made already).
  const lunrIndex = lunr(function () {
    this.ref("id");
    this.field("body");
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.tokenizer = (text) => (text === "" ? [] : text.split(SEPARATOR).map((term) => new lunr.Token(term, {})));
    this.b(0.75);
    this.k1(1.2);
    terms.forEach((chunkTerms, id) => this.add({ id: String(id), body: chunkTerms.join(SEPARATOR) }));
  });
  build.lunr = performance.now() - started;

  const never = new AbortController().signal;
  const systems: Record<string, (query: string) => Promise<string> | string> = {
    kurabe: async (query) => (await kurabe.search(query, TOP_K, never)).ranked.map((hit) => hit.chunk.id).join(),
    miniSearch: (query) => miniSearch.search(query).slice(0, TOP_K).map((result) => chunks[result.id as number]!.id).join(),
    wink: (query) => wink.search(searchTokens(query).join(SEPARATOR), TOP_K).map(([id]) => chunks[Number(id)]!.id).join(),
    orama: (query) =>
      orama.search(db, { term: query, limit: TOP_K, properties: ["body"], relevance: { k: 1.2, b: 0.7, d: 0.5 } }).hits.map((hit) => chunks[Number(hit.id)]!.id).join(),
    // Each term a clause of its own (OR, lunr's default presence), not lunr's query syntax, which would read : ^ ~ * +.
    lunr: (query) =>
      lunrIndex
        .query((built) => searchTokens(query).forEach((term) => built.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.NONE })))
        .slice(0, TOP_K)
        .map((result) => chunks[Number(result.ref)]!.id)
        .join(),
  };
  const times: Record<string, number[]> = {};
  const tops: Record<string, string[]> = {};
  for (let n = 0; n < queries; n++) {
    const query = sampleQueries[n % sampleQueries.length]!;
    for (const [name, search] of Object.entries(systems)) {
      const start = performance.now();
      const top = await search(query);
      (times[name] ??= []).push(performance.now() - start);
      (tops[name] ??= []).push(top);
    }
  }
  const same = (name: string) => tops[name]!.filter((top, n) => top === tops.kurabe![n]).length;
  console.log(machineLine());
  console.log(
    `${count} chunks, ${queries} queries (top ${TOP_K}). Index times exclude tokenizing the chunks; kurabe's is MiniSearch's build, ` +
      "its JSON and the postings read from it; miniSearch's is MiniSearch.loadJSON of that JSON\n",
  );
  printTable(
    ["BM25 at 100k", "p50 ms", "× kurabe", "same top 5", "index s"],
    Object.keys(systems).map((name) => [
      name,
      median(times[name]!).toFixed(2),
      (median(times[name]!) / median(times.kurabe!)).toFixed(1),
      `${same(name)}/${queries}`,
      (build[name]! / 1000).toFixed(1),
    ]),
  );
  console.log(`\ntarget p50 < 20 ms: ${Object.keys(systems).map((name) => `${name} ${median(times[name]!) < 20 ? "met" : "missed"}`).join(", ")}`);
  await saveResults("rag-bm25-libraries", { machine: machineLine(), count, queries, build, times, same: Object.fromEntries(Object.keys(systems).map((name) => [name, same(name)])) });
});
