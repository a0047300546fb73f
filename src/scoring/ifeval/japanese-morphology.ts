import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";

// M-IFEval's Japanese checkers tokenize with Janome, a pure-Python MeCab using mecab-ipadic-2.7.0-20070801.
// kuromoji.js ships the same IPADIC dictionary and the same lattice (Viterbi over connection costs, MeCab-style
// unknown words), so surfaces and parts of speech agree with Janome on ordinary text.

/** A morpheme: its surface and Janome's `part_of_speech` (the four IPADIC POS fields joined, "名詞,一般,*,*"). */
export interface Morpheme {
  surface: string;
  partOfSpeech: string;
}

interface KuromojiToken {
  surface_form: string;
  pos: string;
  pos_detail_1: string;
  pos_detail_2: string;
  pos_detail_3: string;
}

/** kuromoji's Tokenizer: `tokenize`, and the dictionaries and searcher a lighter path (src/rag/segment.ts) reuses. */
interface KuromojiTokenizer {
  tokenize(text: string): KuromojiToken[];
  token_info_dictionary: unknown;
  unknown_dictionary: unknown;
  viterbi_builder: { trie: unknown };
  viterbi_searcher: unknown;
}

interface KuromojiDictionaries {
  loadTrie(base: Int32Array, check: Int32Array): void;
  loadTokenInfoDictionaries(tokenInfo: Uint8Array, pos: Uint8Array, targetMap: Uint8Array): void;
  loadConnectionCosts(costs: Int16Array): void;
  loadUnknownDictionaries(
    unk: Uint8Array,
    unkPos: Uint8Array,
    unkMap: Uint8Array,
    charMap: Uint8Array,
    compatCharMap: Uint32Array,
    invokeDefinitions: Uint8Array,
  ): void;
}

let tokenizer: KuromojiTokenizer | undefined;

/**
 * Builds kuromoji's tokenizer synchronously (its own builder reads the dictionary asynchronously, and scorers are
 * synchronous): the same files and typed-array views as kuromoji's DictionaryLoader. Takes about a second, once.
 */
export function loadTokenizer(): KuromojiTokenizer {
  if (tokenizer) return tokenizer;
  const require = createRequire(import.meta.url);
  const dictionaryDir = join(dirname(require.resolve("kuromoji/package.json")), "dict");
  const read = (name: string): ArrayBuffer =>
    new Uint8Array(gunzipSync(readFileSync(join(dictionaryDir, name)))).buffer;
  const Dictionaries = require("kuromoji/src/dict/DynamicDictionaries.js") as new () => KuromojiDictionaries;
  const Tokenizer = require("kuromoji/src/Tokenizer.js") as new (
    dictionaries: KuromojiDictionaries,
  ) => KuromojiTokenizer;
  const dictionaries = new Dictionaries();
  dictionaries.loadTrie(new Int32Array(read("base.dat.gz")), new Int32Array(read("check.dat.gz")));
  dictionaries.loadTokenInfoDictionaries(
    new Uint8Array(read("tid.dat.gz")),
    new Uint8Array(read("tid_pos.dat.gz")),
    new Uint8Array(read("tid_map.dat.gz")),
  );
  dictionaries.loadConnectionCosts(new Int16Array(read("cc.dat.gz")));
  dictionaries.loadUnknownDictionaries(
    new Uint8Array(read("unk.dat.gz")),
    new Uint8Array(read("unk_pos.dat.gz")),
    new Uint8Array(read("unk_map.dat.gz")),
    new Uint8Array(read("unk_char.dat.gz")),
    new Uint32Array(read("unk_compat.dat.gz")),
    new Uint8Array(read("unk_invoke.dat.gz")),
  );
  tokenizer = new Tokenizer(dictionaries);
  return tokenizer;
}

/** Janome's Tokenizer().tokenize(text), reduced to what the checkers read. */
export function tokenizeJapanese(text: string): Morpheme[] {
  return loadTokenizer()
    .tokenize(text)
    .map((token) => ({
      surface: token.surface_form,
      partOfSpeech: [token.pos, token.pos_detail_1, token.pos_detail_2, token.pos_detail_3].join(","),
    }));
}
