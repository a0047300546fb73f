/**
 * BM25 indexing of a knowledge base: 10,000 chunks of ~300 characters (about 3 million characters), tokenized by
 * kuromoji with Porter stems and indexed by MiniSearch (src/rag/bm25-retriever.ts), as a run builds it. Alternately,
 * in the same process and minute:
 *   - kurabe: terms through src/rag/segment.ts (kuromoji's lattice without its token objects);
 *   - before: the same terms through kuromoji.tokenize (what kurabe did before segment.ts; the same index, checked);
 *   - peer: MiniSearch alone with its default tokenizer (split on spaces and punctuation, lower-cased) over the same
 *     texts — the library's own floor, so the ratio shows what Japanese morphological analysis costs.
 * Target: < 10 s for 10,000 chunks on this machine.
 *
 *   npx tsx bench/rag-index.ts [chunks=10000] [repeats=3]
 */
import MiniSearch from "minisearch";
import { buildBm25Index } from "../src/rag/bm25-retriever.js";
import { passageText } from "../src/rag/passage-text.js";
import { searchTokens } from "../src/rag/search-tokens.js";
import type { Segmenter } from "../src/rag/segment.js";
import { tokenizeJapanese } from "../src/scoring/ifeval/japanese-morphology.js";
import { machineLine, median, printTable, runBenchmark, saveResults } from "./harness.js";
import { syntheticChunks } from "./rag-corpus.js";

const count = Number(process.argv[2] ?? 10_000);
const repeats = Number(process.argv[3] ?? 3);

/** The same morphemes through kuromoji.tokenize's token objects. */
const viaTokenize: Segmenter = (text, visit) => {
  for (const morpheme of tokenizeJapanese(text)) visit(morpheme.surface, morpheme.partOfSpeech.split(",", 1)[0]!);
};

runBenchmark(async () => {
  const chunks = syntheticChunks(count);
  const chars = chunks.reduce((sum, chunk) => sum + passageText(chunk).length, 0);
  // kuromoji's dictionary loads once per process (~1 s): loaded before timing, as a run loads it once for all models.
  const loadStarted = performance.now();
  searchTokens("辞書を読み込む");
  const dictionaryMs = performance.now() - loadStarted;

  const times: Record<"kurabe" | "before" | "peer", number[]> = { kurabe: [], before: [], peer: [] };
  let indexBytes = 0;
  let sameIndex = true;
  for (let repeat = 0; repeat < repeats; repeat++) {
    let started = performance.now();
    const ours = buildBm25Index(chunks);
    times.kurabe.push(performance.now() - started);
    indexBytes = ours.length;
    started = performance.now();
    const before = buildBm25Index(chunks, (chunk) => searchTokens(passageText(chunk), viaTokenize));
    times.before.push(performance.now() - started);
    sameIndex &&= before === ours;
    started = performance.now();
    const bare = new MiniSearch<{ id: number; text: string }>({ fields: ["text"] });
    bare.addAll(chunks.map((chunk, id) => ({ id, text: passageText(chunk) })));
    JSON.stringify(bare);
    times.peer.push(performance.now() - started);
  }
  console.log(machineLine());
  console.log(`${count} chunks, ${(chars / 1e6).toFixed(2)} M characters; kuromoji dictionary load ${(dictionaryMs / 1000).toFixed(2)} s (once)\n`);
  const row = (name: string, ms: number[]) => [name, (median(ms) / 1000).toFixed(2), ms.map((m) => (m / 1000).toFixed(2)).join(" ")];
  printTable(
    ["indexer", "median s", "runs (s)"],
    [
      row("kurabe BM25 (segment + Porter → MiniSearch, JSON)", times.kurabe),
      row("before: the same through kuromoji.tokenize", times.before),
      row("peer: MiniSearch default tokenizer (floor)", times.peer),
    ],
  );
  const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
  console.log(
    `\nkurabe / before: ${ratio(times.kurabe, times.before)}× (same index: ${sameIndex ? "yes" : "NO"}); kurabe / peer: ${ratio(times.kurabe, times.peer)}×; ` +
      `index JSON ${(indexBytes / 1e6).toFixed(1)} MB; target < 10 s: ${median(times.kurabe) < 10_000 ? "met" : "missed"}`,
  );
  await saveResults("rag-index", { machine: machineLine(), count, chars, dictionaryMs, oursMs: times.kurabe, beforeMs: times.before, peerMs: times.peer, sameIndex, indexBytes });
});
