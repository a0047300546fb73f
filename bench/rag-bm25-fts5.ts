/**
 * SQLite FTS5 as kurabe's BM25 (issue 14 asks for a well-kept search library where one handles Japanese tokens):
 * better-sqlite3 compiles FTS5 in, and an FTS5 table in the results store is by nature "stored and reused across
 * runs". Timed one query at a time, alternately, in the same process and minute, against kurabe's postings
 * (src/rag/bm25-postings.ts) and MiniSearch.search over the same terms and queries.
 *
 * FTS5 gets kurabe's terms (kuromoji morphemes, Porter stems; src/rag/search-tokens.ts) joined by U+0001, in a
 * contentless table whose `ascii` tokenizer splits on ASCII control characters and spaces only (every other ASCII
 * character is a token character; non-ASCII always is), so a morpheme stays one token; the query is the same terms,
 * each an FTS5 string, OR-ed, `ORDER BY rank LIMIT 5` (rank = bm25(): k1 = 1.2, b = 0.75, IDF
 * log((N − n + 0.5) / (n + 0.5)) floored at 1e-6; sqlite/ext/fts5/fts5_aux.c). kurabe's is MiniSearch's BM25+
 * (b = 0.7, δ = 0.5, IDF log(1 + (N − n + 0.5) / (n + 0.5)), times the distinct query terms matched), so the two
 * rankings may differ. Where they differ, it is only a difference if the scores differ: `FTS5 top 5 ties kurabe's`
 * counts queries where FTS5's top 5, scored by kurabe's formula, are kurabe's top-5 scores (a tie broken otherwise);
 * `kurabe's ties FTS5's` the converse with FTS5's formula.
 *
 * Rows: `fts5` (positions kept, as bm25() needs for term frequencies), `fts5Column` (detail=column: no positions, so
 * every frequency reads as 1 — faster, ranks differently again) and `fts5MatchOnly` (count(*) of the same MATCH, no
 * ranking: the floor, what OR-ing the doclists costs; the rest of `fts5` is bm25() run on every matching chunk, since
 * FTS5 has no top-k pruning). Each table is merged into one segment after the build ('optimize').
 * The tables live in file databases with the store's pragmas (WAL, synchronous NORMAL), as they would in the store.
 * Indexing: 100,000 chunks from memoized terms (as bench/rag-retrieval.ts), and `indexChunks` (10,000) tokenized
 * afresh by kuromoji into both FTS5 and MiniSearch's JSON, tokenizing included (the issue's < 10 s).
 * Quality: the `kurabe init --example kb` collection and its logged inquiries, recall@3 and MRR at document level
 * as bench/rag-bm25-why.ts computes them, kurabe's postings and FTS5.
 *
 *   npx tsx bench/rag-bm25-fts5.ts [chunks=100000] [queries=100] [indexChunks=10000]
 */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { KB_LEFT_OUT } from "../src/cli/examples/kb-example.js";
import { KB_DOCUMENTS } from "../src/cli/examples/kb-documents.js";
import { KB_INQUIRY_LOG } from "../src/cli/examples/kb-inquiries.js";
import { Bm25Postings } from "../src/rag/bm25-postings.js";
import { buildBm25Index, chunkTerms, miniSearchOf } from "../src/rag/bm25-retriever.js";
import { readCollection } from "../src/rag/collection.js";
import { recallAtK, reciprocalRank } from "../src/rag/retrieval-metrics.js";
import { searchTokens } from "../src/rag/search-tokens.js";
import { loadAverage, machineLine, median, onCleanup, printTable, runBenchmark, saveResults } from "./harness.js";
import { memoizedTerms, sampleQueries, syntheticChunks } from "./rag-corpus.js";

const count = Number(process.argv[2] ?? 100_000);
const queries = Number(process.argv[3] ?? 100);
const indexChunks = Number(process.argv[4] ?? 10_000);
const TOP_K = 5;
const SEPARATOR = "\u0001";

let punctuation = "";
for (let code = 0x21; code < 0x7f; code++) if (!/[A-Za-z0-9]/.test(String.fromCharCode(code))) punctuation += String.fromCharCode(code);
const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const TOKENIZE = quote(`ascii tokenchars ${quote(punctuation)}`);
const match = (terms: readonly string[]) => terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(" OR ");

interface Fts5 {
  db: Database.Database;
  search(terms: readonly string[], k: number): Array<[number, number]>;
  /** How many chunks the query matches, without ranking them: what FTS5's OR of the terms' doclists costs alone. */
  matching(terms: readonly string[]): number;
}

/**
 * An FTS5 table of the chunks' terms, merged into one segment after the build (`optimize`, once per index).
 * `detail: "column"` keeps no positions: smaller and faster, but bm25() then sees each term once per chunk.
 */
function fts5Of(file: string, termLists: readonly string[][], options: { detail?: "column" } = {}): Fts5 {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  const detail = options.detail ? `, detail=${options.detail}` : "";
  db.exec(`CREATE VIRTUAL TABLE bm25 USING fts5(terms, content=''${detail}, tokenize=${TOKENIZE})`);
  const insert = db.prepare("INSERT INTO bm25 (rowid, terms) VALUES (?, ?)");
  db.transaction(() => termLists.forEach((terms, id) => insert.run(id, terms.join(SEPARATOR))))();
  db.exec("INSERT INTO bm25 (bm25) VALUES ('optimize')");
  const query = db.prepare<[string, number], { rowid: number; rank: number }>("SELECT rowid, rank FROM bm25 WHERE bm25 MATCH ? ORDER BY rank LIMIT ?");
  const counted = db.prepare<[string], { matching: number }>("SELECT count(*) AS matching FROM bm25 WHERE bm25 MATCH ?");
  return {
    db,
    search: (terms, k) => (terms.length === 0 ? [] : query.all(match(terms), k).map((row) => [row.rowid, -row.rank])),
    matching: (terms) => (terms.length === 0 ? 0 : counted.get(match(terms))!.matching),
  };
}

/** Terms that must stay whole through the table's tokenizer: a morpheme, half-width kana, punctuation inside terms. */
const WHOLE = ["電気ケトル", "ｶﾀｶﾅ", "c++", "a-b", "3.5", 'x"y', "café", "e'mail"];

/** The terms FTS5 stored for WHOLE (through fts5vocab), to check that its tokenizer split none of them. */
function storedTerms(file: string): string[] {
  const fts5 = fts5Of(file, [WHOLE]);
  fts5.db.exec("CREATE VIRTUAL TABLE vocabulary USING fts5vocab(bm25, 'row')");
  const terms = fts5.db.prepare<[], { term: string }>("SELECT term FROM vocabulary ORDER BY term").all().map((row) => row.term);
  const found = WHOLE.every((term) => fts5.search([term], 1).length === 1);
  fts5.db.close();
  return found ? terms : [];
}

/**
 * FTS5's bm25() as sqlite/ext/fts5/fts5_aux.c computes it (fts5Bm25Function), from the chunks' terms: per query
 * phrase (a repeated term counts again), IDF log((N − n + 0.5) / (n + 0.5)), 1e-6 where that is not positive, times
 * f·(k1 + 1) / (f + k1·(1 − b + b·|D| / avgdl)), k1 = 1.2, b = 0.75. To check that FTS5 ranks as documented.
 */
function fts5Formula(termLists: readonly string[][], terms: readonly string[]): (id: number) => number {
  const average = termLists.reduce((sum, list) => sum + list.length, 0) / termLists.length;
  const idf = terms.map((term) => {
    const hits = termLists.filter((list) => list.includes(term)).length;
    const value = Math.log((termLists.length - hits + 0.5) / (hits + 0.5));
    return value <= 0 ? 1e-6 : value;
  });
  return (id) => {
    const list = termLists[id]!;
    return terms.reduce((score, term, n) => {
      const freq = list.filter((t) => t === term).length;
      return score + (idf[n]! * freq * 2.2) / (freq + 1.2 * (0.25 + (0.75 * list.length) / average));
    }, 0);
  };
}

/** Every matching chunk's FTS5 score (for the tie check). */
const fts5Scores = (fts5: Fts5, terms: readonly string[]): Map<number, number> => new Map(fts5.search(terms, Number.MAX_SAFE_INTEGER));

async function kbQuality(dir: string): Promise<{ questions: number; kurabe: { recall: number; mrr: number }; fts5: { recall: number; mrr: number }; sameTop3: number }> {
  await mkdir(join(dir, "docs"), { recursive: true });
  for (const [name, text] of Object.entries(KB_DOCUMENTS)) await writeFile(join(dir, "docs", name), text);
  const { chunks } = await readCollection([{ path: join(dir, "docs"), shown: "docs" }], 400, KB_LEFT_OUT);
  const terms = chunks.map(chunkTerms);
  const postings = new Bm25Postings(buildBm25Index(chunks, (chunk) => terms[chunks.indexOf(chunk)]!));
  const fts5 = fts5Of(join(dir, "kb.db"), terms);
  const asked = KB_INQUIRY_LOG.filter((row) => !row.sources.some((file) => KB_LEFT_OUT.includes(file)));
  const totals = { kurabe: { recall: 0, mrr: 0 }, fts5: { recall: 0, mrr: 0 } };
  let sameTop3 = 0;
  for (const row of asked) {
    const gold = new Set(row.sources);
    const question = searchTokens(row.question);
    const top3: string[] = [];
    for (const [name, search] of [["kurabe", (k: number) => postings.search(question, k)], ["fts5", (k: number) => fts5.search(question, k)]] as const) {
      const files = (k: number) => [...new Set(search(k).map(([id]) => chunks[id]!.file))];
      totals[name].recall += recallAtK(files(3), gold, 3);
      totals[name].mrr += reciprocalRank(files(10), gold);
      top3.push(search(3).map(([id]) => id).join());
    }
    if (top3[0] === top3[1]) sameTop3++;
  }
  fts5.db.close();
  const mean = (total: { recall: number; mrr: number }) => ({ recall: total.recall / asked.length, mrr: total.mrr / asked.length });
  return { questions: asked.length, kurabe: mean(totals.kurabe), fts5: mean(totals.fts5), sameTop3 };
}

runBenchmark(async () => {
  const dir = await mkdtemp(join(tmpdir(), "kurabe-fts5-"));
  onCleanup(() => rm(dir, { recursive: true, force: true }));
  const loads: Record<string, string> = { start: loadAverage() };
  const whole = storedTerms(join(dir, "whole.db"));
  const tokensWhole = whole.join() === [...WHOLE].sort().join();

  // Indexing, tokenizing included, both ways, alternately (kuromoji's dictionary loaded first, once per process).
  searchTokens("辞書を読み込む");
  const small = syntheticChunks(indexChunks, 15);
  const indexing: Record<string, number> = {};
  let started = performance.now();
  buildBm25Index(small);
  indexing.kurabe = performance.now() - started;
  started = performance.now();
  fts5Of(join(dir, "index.db"), small.map(chunkTerms)).db.close();
  indexing.fts5 = performance.now() - started;
  loads.indexing = loadAverage();

  const chunks = syntheticChunks(count);
  const terms = chunks.map(memoizedTerms());
  const byChunk = new Map(chunks.map((chunk, n) => [chunk, terms[n]!]));
  const build: Record<string, number> = {};
  started = performance.now();
  const json = buildBm25Index(chunks, (chunk) => byChunk.get(chunk)!);
  const postings = new Bm25Postings(json);
  build.kurabe = performance.now() - started;
  const miniSearch = miniSearchOf(json);
  started = performance.now();
  const fts5 = fts5Of(join(dir, "store.db"), terms);
  build.fts5 = performance.now() - started;
  started = performance.now();
  const fts5Column = fts5Of(join(dir, "column.db"), terms, { detail: "column" });
  build.fts5Column = performance.now() - started;

  const systems: Record<string, (query: string) => Array<[number, number]>> = {
    kurabe: (query) => postings.search(searchTokens(query), TOP_K),
    miniSearch: (query) => miniSearch.search(query).slice(0, TOP_K).map((result) => [result.id as number, result.score]),
    fts5: (query) => fts5.search(searchTokens(query), TOP_K),
    fts5Column: (query) => fts5Column.search(searchTokens(query), TOP_K),
    fts5MatchOnly: (query) => (fts5.matching(searchTokens(query)), []),
  };
  const times: Record<string, number[]> = {};
  const tops: Record<string, number[][]> = {};
  for (let n = 0; n < queries; n++) {
    const query = sampleQueries[n % sampleQueries.length]!;
    for (const [name, search] of Object.entries(systems)) {
      const start = performance.now();
      const top = search(query);
      (times[name] ??= []).push(performance.now() - start);
      (tops[name] ??= []).push(top.map(([id]) => id));
    }
  }
  loads.retrieval = loadAverage();

  // Agreement per sample query: identical top 5, and top 5 equal up to ties under each formula.
  const agreement = sampleQueries.map((query, n) => {
    const queryTerms = searchTokens(query);
    const ours = new Map(postings.search(queryTerms, count));
    const theirs = fts5Scores(fts5, queryTerms);
    const kurabeTop = tops.kurabe![n]!;
    const fts5Top = tops.fts5![n]!;
    const scored = (scores: Map<number, number>, ids: number[]) => ids.map((id) => (scores.get(id) ?? 0).toPrecision(12)).join();
    const formula = fts5Formula(terms, queryTerms);
    const p50 = (name: string) => median(times[name]!.filter((_, run) => run % sampleQueries.length === n));
    return {
      query,
      matched: ours.size,
      kurabeMs: p50("kurabe"),
      fts5Ms: p50("fts5"),
      formula: fts5Top.every((id) => Math.abs(formula(id) - theirs.get(id)!) <= 1e-9 * Math.abs(formula(id))),
      same: kurabeTop.join() === fts5Top.join(),
      overlap: fts5Top.filter((id) => kurabeTop.includes(id)).length,
      fts5TiesKurabe: scored(ours, fts5Top) === scored(ours, kurabeTop),
      kurabeTiesFts5: scored(theirs, kurabeTop) === scored(theirs, fts5Top),
    };
  });
  const quality = await kbQuality(join(dir, "kb"));
  loads.end = loadAverage();

  console.log(machineLine());
  console.log(`${count} chunks, ${queries} queries (top ${TOP_K}), 1-minute load average at start ${loads.start}, after retrieval ${loads.retrieval}, at end ${loads.end}\n`);
  printTable(
    ["BM25 at 100k", "p50 ms", "p95 ms", "× kurabe", "index 100k s (memoized terms)"],
    Object.keys(systems).map((name) => {
      const sorted = [...times[name]!].sort((a, b) => a - b);
      return [
        name,
        median(times[name]!).toFixed(2),
        sorted[Math.floor(0.95 * (sorted.length - 1))]!.toFixed(2),
        (median(times[name]!) / median(times.kurabe!)).toFixed(1),
        build[name] === undefined ? "–" : (build[name]! / 1000).toFixed(1),
      ];
    }),
  );
  console.log(`\nFTS5 keeps terms whole and finds each by itself (${WHOLE.join(" ")}): ${tokensWhole ? "yes" : `NO, it stored ${whole.join(" ")}`}`);
  console.log(`target p50 < 20 ms: ${Object.keys(systems).filter((name) => name !== "fts5MatchOnly").map((name) => `${name} ${median(times[name]!) < 20 ? "met" : "missed"}`).join(", ")}`);
  console.log(
    `indexing ${indexChunks} chunks, kuromoji tokenizing included (load ${loads.indexing}): kurabe (MiniSearch JSON) ${(indexing.kurabe! / 1000).toFixed(1)} s, ` +
      `FTS5 ${(indexing.fts5! / 1000).toFixed(1)} s (ratio ${(indexing.fts5! / indexing.kurabe!).toFixed(2)})\n`,
  );
  printTable(
    ["query", "chunks matched", "kurabe p50 ms", "fts5 p50 ms", "fts5 µs per match", "FTS5 score = fts5_aux.c formula", "same top 5", "overlap", "FTS5 top 5 ties kurabe's", "kurabe's ties FTS5's"],
    agreement.map((row) => [
      row.query,
      String(row.matched),
      row.kurabeMs.toFixed(2),
      row.fts5Ms.toFixed(1),
      ((1000 * row.fts5Ms) / row.matched).toFixed(2),
      row.formula ? "yes" : "NO", row.same ? "yes" : "no", `${row.overlap}/5`, row.fts5TiesKurabe ? "yes" : "no", row.kurabeTiesFts5 ? "yes" : "no"]),
  );
  console.log(
    `\nkb example (${quality.questions} logged inquiries): recall@3 kurabe ${quality.kurabe.recall.toFixed(3)}, FTS5 ${quality.fts5.recall.toFixed(3)}; ` +
      `MRR kurabe ${quality.kurabe.mrr.toFixed(3)}, FTS5 ${quality.fts5.mrr.toFixed(3)}; same top 3 passages ${quality.sameTop3}/${quality.questions}`,
  );
  fts5.db.close();
  fts5Column.db.close();
  await saveResults("rag-bm25-fts5", { machine: machineLine(), loads, tokensWhole, count, queries, indexChunks, indexing, build, times, agreement, quality });
});
