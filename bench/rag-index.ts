/**
 * BM25 indexing of a knowledge base: 10,000 chunks of ~300 characters (about 3 million characters), tokenized by
 * kuromoji with Porter stems and indexed by MiniSearch (src/rag/bm25-retriever.ts), as a run builds it. Alternately,
 * in the same process and minute:
 *   - kurabe: terms through src/rag/segment.ts (kuromoji's lattice without its token objects);
 *   - before: the same terms through kuromoji.tokenize (what kurabe did before segment.ts; the same index, checked);
 *   - kuromoji's lattice: kuromoji's own ViterbiBuilder.build and ViterbiSearcher.search per sentence, with only
 *     segment.ts's per-entry part-of-speech cache instead of kuromoji's token objects (the same index, checked):
 *     what segment.ts would be if it re-implemented nothing — the measure of what its own lattice builder buys;
 *   - peer: MiniSearch alone with its default tokenizer (split on spaces and punctuation, lower-cased) over the same
 *     texts — the library's own floor, so the ratio shows what Japanese morphological analysis costs.
 * Target: < 10 s for 10,000 chunks on this machine.
 *
 *   npx tsx bench/rag-index.ts [chunks=10000] [repeats=3]
 */
import { createRequire } from "node:module";
import MiniSearch from "minisearch";
import { buildBm25Index } from "../src/rag/bm25-retriever.js";
import { passageText } from "../src/rag/passage-text.js";
import { searchTokens } from "../src/rag/search-tokens.js";
import type { Segmenter } from "../src/rag/segment.js";
import { loadTokenizer, tokenizeJapanese } from "../src/scoring/ifeval/japanese-morphology.js";
import { machineLine, median, printTable, runBenchmark, saveResults } from "./harness.js";
import { syntheticChunks } from "./rag-corpus.js";

const count = Number(process.argv[2] ?? 10_000);
const repeats = Number(process.argv[3] ?? 3);

/** The same morphemes through kuromoji.tokenize's token objects. */
const viaTokenize: Segmenter = (text, visit) => {
  for (const morpheme of tokenizeJapanese(text)) visit(morpheme.surface, morpheme.partOfSpeech.split(",", 1)[0]!);
};

interface KuromojiInternals {
  viterbi_builder: { build(sentence: string): unknown };
  viterbi_searcher: { search(lattice: unknown): Array<{ name: number; type: string; surface_form: string }> };
  token_info_dictionary: { getFeatures(id: number): string };
  unknown_dictionary: { getFeatures(id: number): string };
}

/** The same morphemes through kuromoji's own lattice builder and searcher, parts of speech decoded once per entry. */
function viaKuromojiLattice(): Segmenter {
  const kuromoji = loadTokenizer() as unknown as KuromojiInternals;
  const { splitByPunctuation } = createRequire(import.meta.url)("kuromoji/src/Tokenizer.js") as { splitByPunctuation(text: string): string[] };
  const known = new Map<number, readonly [string, string]>();
  const unknown = new Map<number, string>();
  return (text, visit) => {
    for (const sentence of splitByPunctuation(text)) {
      for (const node of kuromoji.viterbi_searcher.search(kuromoji.viterbi_builder.build(sentence))) {
        if (node.type === "KNOWN") {
          let word = known.get(node.name);
          if (!word) {
            const features = kuromoji.token_info_dictionary.getFeatures(node.name).split(",");
            known.set(node.name, (word = [features[0] ?? "", features[1] ?? ""] as const));
          }
          visit(word[0], word[1]);
        } else {
          let pos = unknown.get(node.name);
          if (pos === undefined) unknown.set(node.name, (pos = kuromoji.unknown_dictionary.getFeatures(node.name).split(",")[1] ?? ""));
          visit(node.surface_form, pos);
        }
      }
    }
  };
}

runBenchmark(async () => {
  const chunks = syntheticChunks(count);
  const chars = chunks.reduce((sum, chunk) => sum + passageText(chunk).length, 0);
  // kuromoji's dictionary loads once per process (~1 s): loaded before timing, as a run loads it once for all models.
  const loadStarted = performance.now();
  searchTokens("辞書を読み込む");
  const dictionaryMs = performance.now() - loadStarted;

  const times: Record<"kurabe" | "before" | "lattice" | "peer", number[]> = { kurabe: [], before: [], lattice: [], peer: [] };
  const kuromojiLattice = viaKuromojiLattice();
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
    const lattice = buildBm25Index(chunks, (chunk) => searchTokens(passageText(chunk), kuromojiLattice));
    times.lattice.push(performance.now() - started);
    sameIndex &&= lattice === ours;
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
      row("kuromoji's own lattice builder + POS cache", times.lattice),
      row("peer: MiniSearch default tokenizer (floor)", times.peer),
    ],
  );
  const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
  console.log(
    `\nkurabe / before: ${ratio(times.kurabe, times.before)}×, kurabe / kuromoji's lattice: ${ratio(times.kurabe, times.lattice)}× (same index: ${sameIndex ? "yes" : "NO"}); ` +
      `kurabe / peer: ${ratio(times.kurabe, times.peer)}×; ` +
      `index JSON ${(indexBytes / 1e6).toFixed(1)} MB; target < 10 s: ${median(times.kurabe) < 10_000 ? "met" : "missed"}`,
  );
  await saveResults("rag-index", { machine: machineLine(), count, chars, dictionaryMs, oursMs: times.kurabe, beforeMs: times.before, latticeMs: times.lattice, peerMs: times.peer, sameIndex, indexBytes });
});
