/**
 * Why MiniSearch.search misses p50 < 20 ms at 100,000 chunks, and whether it is kurabe's use of it (issue 14).
 *
 * The suspects, each taken away in turn: function words (particles, auxiliaries) that match nearly every chunk;
 * prefix or fuzzy search; `combineWith`; stored fields; boosts. kurabe's options already have prefix and fuzzy off,
 * OR (the only combination that ranks a question's passages: AND drops a passage missing one word), no stored fields,
 * no boosts, and its terms already leave out 助詞, 助動詞 and 記号 (src/rag/search-tokens.ts). This script adds the
 * stricter filter the issue names — content words only (名詞, 動詞, 形容詞, without their 非自立, 代名詞 and 接尾
 * subclasses; numbers are 名詞,数 and stay; English Porter-stemmed), the same filter for chunks and queries — and
 * prints, per sample query and per filter: each term's document frequency, the chunks the query matches, the time of
 * MiniSearch's two phases (executeQuery: a Map of per-document result objects per term, merged; then search's own
 * result object per match and a sort of all of them) and kurabe's postings (src/rag/bm25-postings.ts), alternately.
 *
 * Quality under each filter, on the `kurabe init --example kb` collection (its docs, chunkChars 400, points.md left
 * out as the example's kurabe.yaml does) and all 156 logged inquiries whose source is in it: recall@3 and MRR at
 * document level, as the retrieval-recall / retrieval-mrr scorers compute them (top 3 passages, then top 10).
 *
 *   npx tsx bench/rag-bm25-why.ts [chunks=100000] [repeats=15]
 */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import MiniSearch, { type Options } from "minisearch";
import { stemmer } from "stemmer";
import { KB_LEFT_OUT } from "../src/cli/examples/kb-example.js";
import { KB_DOCUMENTS } from "../src/cli/examples/kb-documents.js";
import { KB_INQUIRY_LOG } from "../src/cli/examples/kb-inquiries.js";
import { Bm25Postings } from "../src/rag/bm25-postings.js";
import { buildBm25Index } from "../src/rag/bm25-retriever.js";
import { readCollection } from "../src/rag/collection.js";
import { passageText } from "../src/rag/passage-text.js";
import { recallAtK, reciprocalRank } from "../src/rag/retrieval-metrics.js";
import { searchTokens } from "../src/rag/search-tokens.js";
import { tokenizeJapanese } from "../src/scoring/ifeval/japanese-morphology.js";
import { machineLine, median, printTable, runBenchmark, saveResults } from "./harness.js";
import { memoizedTerms, sampleQueries, syntheticChunks } from "./rag-corpus.js";

const count = Number(process.argv[2] ?? 100_000);
const repeats = Number(process.argv[3] ?? 15);
const SEPARATOR = "\u0001";

const WORDLIKE = /[\p{L}\p{N}]/u;
const LATIN = /^[a-z]+$/;
const CONTENT = new Set(["名詞", "動詞", "形容詞"]);
const NOT_CONTENT = new Set(["非自立", "代名詞", "接尾"]);

/** Content words only (see the header), through kuromoji.tokenize for the subclass. */
function contentTokens(text: string): string[] {
  const terms: string[] = [];
  for (const morpheme of tokenizeJapanese(text.normalize("NFKC"))) {
    const [pos, subclass] = morpheme.partOfSpeech.split(",");
    if (!CONTENT.has(pos!) || NOT_CONTENT.has(subclass!) || !WORDLIKE.test(morpheme.surface)) continue;
    const word = morpheme.surface.toLowerCase();
    terms.push(LATIN.test(word) ? stemmer(word) : word);
  }
  return terms;
}

const filters = { today: (text: string) => searchTokens(text), content: contentTokens };
type Filter = keyof typeof filters;

/** kurabe's MiniSearch options (src/rag/bm25-retriever.ts) with the filter's query terms. */
const optionsOf = (tokens: (text: string) => string[]): Options<{ id: number; terms: string }> => ({
  fields: ["terms"],
  tokenize: (terms) => (terms === "" ? [] : terms.split(SEPARATOR)),
  processTerm: (term) => term,
  searchOptions: { tokenize: tokens, processTerm: (term) => term, combineWith: "OR", prefix: false, fuzzy: false },
});

interface QueryRow {
  filter: Filter;
  query: string;
  terms: string;
  matched: number;
  executeQuery: number;
  search: number;
  postings: number;
}

async function kbQuality(filter: Filter): Promise<{ recall: number; mrr: number; questions: number }> {
  const dir = await mkdtemp(join(tmpdir(), "kurabe-kb-"));
  try {
    await mkdir(join(dir, "docs"));
    for (const [name, text] of Object.entries(KB_DOCUMENTS)) await writeFile(join(dir, "docs", name), text);
    const { chunks } = await readCollection([{ path: join(dir, "docs"), shown: "docs" }], 400, KB_LEFT_OUT);
    const tokens = filters[filter];
    const postings = new Bm25Postings(buildBm25Index(chunks, (chunk) => tokens(passageText(chunk))));
    const asked = KB_INQUIRY_LOG.filter((row) => !row.sources.some((file) => KB_LEFT_OUT.includes(file)));
    let recall = 0;
    let mrr = 0;
    for (const row of asked) {
      const files = (k: number) => [...new Set(postings.search(tokens(row.question), k).map(([id]) => chunks[id]!.file))];
      const gold = new Set(row.sources);
      recall += recallAtK(files(3), gold, 3);
      mrr += reciprocalRank(files(10), gold);
    }
    return { recall: recall / asked.length, mrr: mrr / asked.length, questions: asked.length };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

runBenchmark(async () => {
  const chunks = syntheticChunks(count);
  const rows: QueryRow[] = [];
  for (const filter of Object.keys(filters) as Filter[]) {
    const tokens = filters[filter];
    const json = buildBm25Index(chunks, memoizedTerms(tokens));
    const miniSearch = MiniSearch.loadJSON(json, optionsOf(tokens));
    // executeQuery is MiniSearch's own first phase (public, marked @ignore): timed apart to show where search spends.
    const phases = miniSearch as unknown as { executeQuery(query: string): Map<number, unknown> };
    const postings = new Bm25Postings(json);
    for (const query of sampleQueries) {
      const terms = tokens(query);
      const times = { executeQuery: [] as number[], search: [] as number[], postings: [] as number[] };
      let matched = 0;
      for (let n = 0; n < repeats; n++) {
        let started = performance.now();
        matched = phases.executeQuery(query).size;
        times.executeQuery.push(performance.now() - started);
        started = performance.now();
        miniSearch.search(query).slice(0, 5);
        times.search.push(performance.now() - started);
        started = performance.now();
        postings.search(tokens(query), 5);
        times.postings.push(performance.now() - started);
      }
      const df = (term: string) => miniSearch.search(term).length;
      rows.push({
        filter,
        query,
        terms: terms.map((term) => `${term} ${Math.round((100 * df(term)) / count)}%`).join(", "),
        matched,
        executeQuery: median(times.executeQuery),
        search: median(times.search),
        postings: median(times.postings),
      });
    }
  }
  const quality = { today: await kbQuality("today"), content: await kbQuality("content") };

  console.log(machineLine());
  console.log(`${count} synthetic chunks (bench/rag-corpus.ts), ${repeats} runs of each query, medians in ms\n`);
  printTable(
    ["filter", "query", "terms (share of chunks holding each)", "chunks matched", "executeQuery", "search", "postings", "search / postings"],
    rows.map((row) => [row.filter, row.query, row.terms, String(row.matched), row.executeQuery.toFixed(1), row.search.toFixed(1), row.postings.toFixed(2), (row.search / row.postings).toFixed(0)]),
  );
  const perMatch = rows.map((row) => (1000 * row.search) / row.matched);
  console.log(`\nMiniSearch.search per matched chunk: median ${median(perMatch).toFixed(2)} µs; 20 ms buys ~${Math.round(20_000 / median(perMatch))} matched chunks`);
  for (const filter of Object.keys(filters) as Filter[]) {
    const of = rows.filter((row) => row.filter === filter);
    console.log(`${filter}: p50 over the queries MiniSearch.search ${median(of.map((row) => row.search)).toFixed(1)} ms, postings ${median(of.map((row) => row.postings)).toFixed(2)} ms`);
  }
  console.log(
    `\nkb example (${quality.today.questions} logged inquiries): recall@3 today ${quality.today.recall.toFixed(3)}, content words ${quality.content.recall.toFixed(3)}; ` +
      `MRR today ${quality.today.mrr.toFixed(3)}, content words ${quality.content.mrr.toFixed(3)}`,
  );
  await saveResults("rag-bm25-why", { machine: machineLine(), count, repeats, rows, quality });
});
