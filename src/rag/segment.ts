import { createRequire } from "node:module";
import { loadTokenizer } from "../scoring/ifeval/japanese-morphology.js";

/*
 * kuromoji's segmentation (the same dictionary, lattice and Viterbi search, so the same morphemes) without what
 * search terms never read. kuromoji.tokenize builds, for every sentence position, a UTF-8 copy of the rest of the
 * sentence and a surrogate-aware copy of it, and for every morpheme decodes and splits its whole feature string
 * into a token object of nine fields: at 10,000 passages that was most of indexing (bench/rag-index.ts). Here the
 * trie is walked over the text itself, character classes are read once per character, and a morpheme's part of
 * speech is decoded once per dictionary entry. The lattice is built exactly as ViterbiBuilder.build does
 * (node_modules/kuromoji/src/viterbi/ViterbiBuilder.js, kuromoji 0.1.2), quirks included; test/rag/segment.test.ts
 * checks every morpheme against kuromoji.tokenize.
 *
 * What is kuromoji's own is used as is: its dictionaries, lattice, nodes, Viterbi search and sentence splitting. Only
 * the lattice builder is ours, for speed alone: issue 14 asks for 10,000 chunks indexed in < 10 s, and kuromoji's own
 * ViterbiBuilder.build with this file's part-of-speech cache took 8.47 s where this builder takes 3.60 s
 * (kuromoji.tokenize 13.69 s; 10,000 chunks, load 5, 2026-12-03) — at the line on a quiet machine, over it under any
 * load. bench/rag-index.ts times all three side by side and checks that they make the same index.
 */

interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
}

interface Dictionary {
  target_map: Record<number, number[]>;
  dictionary: { getShort(offset: number): number };
  getFeatures(id: number | string): string;
}

interface Lattice {
  append(node: unknown): void;
  appendEos(): void;
}

interface Node {
  name: number;
  type: string;
  surface_form: string;
}

interface Trie {
  traverse(parent: number, code: number): number;
  bc: { getBase(node: number): number };
}

interface Internals {
  trie: Trie;
  known: Dictionary;
  unknown: Dictionary & { lookup(character: string): CharacterClass };
  search(lattice: Lattice): Node[];
  Lattice: new () => Lattice;
  Node: new (name: number, cost: number, start: number, length: number, type: string, left: number, right: number, surface: string) => unknown;
  splitByPunctuation(text: string): string[];
}

let internals: Internals | undefined;

function load(): Internals {
  if (internals) return internals;
  const tokenizer = loadTokenizer() as unknown as {
    token_info_dictionary: Dictionary;
    unknown_dictionary: Internals["unknown"];
    viterbi_builder: { trie: Trie };
    viterbi_searcher: { search(lattice: Lattice): Node[] };
  };
  const require = createRequire(import.meta.url);
  internals = {
    trie: tokenizer.viterbi_builder.trie,
    known: tokenizer.token_info_dictionary,
    unknown: tokenizer.unknown_dictionary,
    search: (lattice) => tokenizer.viterbi_searcher.search(lattice),
    Lattice: require("kuromoji/src/viterbi/ViterbiLattice.js") as Internals["Lattice"],
    Node: require("kuromoji/src/viterbi/ViterbiNode.js") as Internals["Node"],
    splitByPunctuation: (require("kuromoji/src/Tokenizer.js") as { splitByPunctuation: Internals["splitByPunctuation"] }).splitByPunctuation,
  };
  return internals;
}

/** The double array's root and the code that marks the end of a key (doublearray.js). */
const ROOT = 0;
const TERMINAL = 0;
const NOT_FOUND = -1;

const UTF8 = [new Uint8Array(1), new Uint8Array(2), new Uint8Array(3)] as const;

/** A BMP character's UTF-8 bytes (in a reused buffer: read before the next call). */
function utf8(code: number): Uint8Array {
  if (code < 0x80) {
    UTF8[0][0] = code;
    return UTF8[0];
  }
  if (code < 0x800) {
    UTF8[1][0] = (code >>> 6) | 0xc0;
    UTF8[1][1] = (code & 0x3f) | 0x80;
    return UTF8[1];
  }
  UTF8[2][0] = (code >>> 12) | 0xe0;
  UTF8[2][1] = ((code >>> 6) & 0x3f) | 0x80;
  UTF8[2][2] = (code & 0x3f) | 0x80;
  return UTF8[2];
}

/** Pushes [key length in UTF-16 units, trie id] for every dictionary key that is a prefix of text[from..]. */
function prefixes(trie: Trie, text: string, from: number, out: number[]): void {
  out.length = 0;
  let parent = ROOT;
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    // Dictionary keys hold no surrogate pairs (IPADIC is EUC-JP at heart): the walk ends there, as kuromoji's would.
    if (code >= 0xd800 && code <= 0xdfff) return;
    const bytes = utf8(code);
    for (let n = 0; n < bytes.length; n++) {
      const child = trie.traverse(parent, bytes[n]!);
      if (child === NOT_FOUND) return;
      parent = child;
    }
    const leaf = trie.traverse(parent, TERMINAL);
    if (leaf !== NOT_FOUND) {
      const base = trie.bc.getBase(leaf);
      out.push(at + 1 - from, base <= 0 ? -base - 1 : NaN);
    }
  }
}

/** A sentence's characters (code points, as kuromoji counts positions) and their classes. */
function characters(sentence: string, unknown: Internals["unknown"]): { chars: string[]; classes: CharacterClass[]; offsets: number[] } {
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let at = 0; at < sentence.length; at++) {
    offsets.push(at);
    const code = sentence.charCodeAt(at);
    const pair = code >= 0xd800 && code <= 0xdbff && at + 1 < sentence.length;
    chars.push(pair ? sentence.slice(at, at + 2) : sentence[at]!);
    if (pair) at++;
  }
  return { chars, classes: chars.map((char) => unknown.lookup(char)), offsets };
}

function buildLattice(sentence: string, k: Internals, found: number[]): Lattice {
  const lattice = new k.Lattice();
  const { chars, classes, offsets } = characters(sentence, k.unknown);
  for (let pos = 0; pos < chars.length; pos++) {
    prefixes(k.trie, sentence, offsets[pos]!, found);
    for (let n = 0; n < found.length; n += 2) {
      const length = found[n]!;
      const key = sentence.slice(offsets[pos]!, offsets[pos]! + length);
      for (const id of k.known.target_map[found[n + 1]!]!) {
        const entry = Number(id);
        const words = k.known.dictionary;
        lattice.append(new k.Node(entry, words.getShort(entry + 4), pos + 1, key.length, "KNOWN", words.getShort(entry), words.getShort(entry + 2), key));
      }
    }
    const head = classes[pos]!;
    if (found.length === 0 || head.is_always_invoke === 1) {
      let key = chars[pos]!;
      let end = pos + 1;
      if (head.is_grouping === 1) while (end < chars.length && classes[end]!.class_name === head.class_name) key += chars[end++]!;
      // kuromoji's quirk kept: a key grouped from several characters is measured in UTF-16 units, a single character
      // (even a surrogate pair) as one.
      const length = end > pos + 1 ? key.length : 1;
      const words = k.unknown.dictionary;
      for (const id of k.unknown.target_map[head.class_id]!) {
        const entry = Number(id);
        lattice.append(new k.Node(entry, words.getShort(entry + 4), pos + 1, length, "UNKNOWN", words.getShort(entry), words.getShort(entry + 2), key));
      }
    }
  }
  lattice.appendEos();
  return lattice;
}

const knownWords = new Map<number, readonly [string, string]>();
const unknownPos = new Map<number, string>();

/**
 * A morpheme's surface and the first field of its part of speech (名詞, 助詞, …), as kuromoji's IpadicFormatter
 * reads them from the entry's features (a known word's surface comes from its entry too), decoded once per entry.
 */
function morpheme(node: Node, k: Internals): readonly [string, string] {
  if (node.type === "KNOWN") {
    let word = knownWords.get(node.name);
    if (word === undefined) {
      const features = k.known.getFeatures(node.name).split(",");
      word = [features[0] ?? "", features[1] ?? ""] as const;
      knownWords.set(node.name, word);
    }
    return word;
  }
  let pos = unknownPos.get(node.name);
  if (pos === undefined) {
    pos = k.unknown.getFeatures(node.name).split(",")[1] ?? "";
    unknownPos.set(node.name, pos);
  }
  return [node.surface_form, pos];
}

/** Tells `visit` each morpheme of `text` in order: its surface and the first field of its part of speech. */
export type Segmenter = (text: string, visit: (surface: string, partOfSpeech: string) => void) => void;

/** kuromoji's morphemes of `text` (what kuromoji.tokenize gives as surface_form and pos), by the lighter path above. */
export const segment: Segmenter = (text, visit) => {
  const k = load();
  const found: number[] = [];
  for (const sentence of k.splitByPunctuation(text)) {
    for (const node of k.search(buildLattice(sentence, k, found))) {
      const [surface, pos] = morpheme(node, k);
      visit(surface, pos);
    }
  }
};
