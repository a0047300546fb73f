/**
 * BM25 indexing of a knowledge base: 10,000 chunks of ~300 characters (about 3 million characters), tokenized by
 * kuromoji with Porter stems and indexed by MiniSearch (src/rag/bm25-retriever.ts). Peer, in the same process and
 * the same minute: MiniSearch alone with its default tokenizer (split on spaces and punctuation, lower-cased) over
 * the same texts — the library's own floor, so the ratio shows what Japanese morphological analysis costs.
 * Target: < 10 s for 10,000 chunks on this machine.
 *
 *   npx tsx bench/rag-index.ts [chunks=10000] [repeats=3]
 */
import MiniSearch from "minisearch";
import { buildBm25Index } from "../src/rag/bm25-retriever.js";
import { passageText } from "../src/rag/passage-text.js";
import { searchTokens } from "../src/rag/search-tokens.js";
import { machineLine, median, printTable, runBenchmark, saveResults } from "./harness.js";
import { syntheticChunks } from "./rag-corpus.js";

const count = Number(process.argv[2] ?? 10_000);
const repeats = Number(process.argv[3] ?? 3);

runBenchmark(async () => {
  const chunks = syntheticChunks(count);
  const chars = chunks.reduce((sum, chunk) => sum + passageText(chunk).length, 0);
  // kuromoji's dictionary loads once per process (~1 s): loaded before timing, as a run loads it once for all models.
  const loadStarted = performance.now();
  searchTokens("辞書を読み込む");
  const dictionaryMs = performance.now() - loadStarted;

  const ours: number[] = [];
  const peer: number[] = [];
  let indexBytes = 0;
  for (let repeat = 0; repeat < repeats; repeat++) {
    let started = performance.now();
    indexBytes = buildBm25Index(chunks).length;
    ours.push(performance.now() - started);
    started = performance.now();
    const bare = new MiniSearch<{ id: number; text: string }>({ fields: ["text"] });
    bare.addAll(chunks.map((chunk, id) => ({ id, text: passageText(chunk) })));
    JSON.stringify(bare);
    peer.push(performance.now() - started);
  }
  console.log(machineLine());
  console.log(`${count} chunks, ${(chars / 1e6).toFixed(2)} M characters; kuromoji dictionary load ${(dictionaryMs / 1000).toFixed(2)} s (once)\n`);
  printTable(
    ["indexer", "median s", "runs (s)"],
    [
      ["kurabe BM25 (kuromoji + Porter → MiniSearch, JSON)", (median(ours) / 1000).toFixed(2), ours.map((ms) => (ms / 1000).toFixed(2)).join(" ")],
      ["MiniSearch default tokenizer (peer floor)", (median(peer) / 1000).toFixed(2), peer.map((ms) => (ms / 1000).toFixed(2)).join(" ")],
    ],
  );
  console.log(`\nratio kurabe / peer: ${(median(ours) / median(peer)).toFixed(1)}×; index JSON ${(indexBytes / 1e6).toFixed(1)} MB; target < 10 s: ${median(ours) < 10_000 ? "met" : "missed"}`);
  await saveResults("rag-index", { machine: machineLine(), count, chars, dictionaryMs, oursMs: ours, peerMs: peer, indexBytes });
});
