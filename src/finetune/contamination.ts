import { IntMultiMap } from "./dedupe/int-multi-map.js";
import { IntList } from "./int-list.js";
import type { EvalItemText } from "./types.js";

/** GPT-3 (Brown et al. 2020, Appendix C) counts an overlap of 13 consecutive tokens as contamination. */
const NGRAM_SIZE = 13;
/** Items shorter than 13 tokens are matched whole, as GPT-3 lowered N for short items; below this they are skipped. */
const MIN_ITEM_TOKENS = 8;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CJK_CHAR = 1;
const WORD = 2;
const OTHER = 3;
/** Each UTF-16 character's class (CJK_CHAR, WORD or OTHER; 0: not asked yet), decided once by the expressions above. */
const CLASSES = new Uint8Array(0x10000);
const classify = (char: string): number => (CJK.test(char) ? CJK_CHAR : WORD_CHAR.test(char) ? WORD : OTHER);
const classOf = (char: string): number => (char.length > 1 ? classify(char) : (CLASSES[char.charCodeAt(0)] ||= classify(char)));

/**
 * Tokens for overlap checks: NFKC, lower case, punctuation dropped, words split on whitespace as in GPT-3 — and each
 * kanji or kana a token of its own, since Japanese is written without spaces. Japanese 13-grams are therefore
 * 13-character spans, English ones 13 words, and mixed text mixes both.
 */
export function overlapTokens(text: string): string[] {
  const tokens: string[] = [];
  scanTokens(text, (token) => tokens.push(token));
  return tokens;
}

function scanTokens(text: string, emit: (token: string) => void): void {
  let word = "";
  for (const char of text.normalize("NFKC").toLowerCase()) {
    const kind = classOf(char);
    if (kind === CJK_CHAR) {
      if (word) emit(word);
      word = "";
      emit(char);
    } else if (kind === WORD) {
      word += char;
    } else if (word) {
      emit(word);
      word = "";
    }
  }
  if (word) emit(word);
}

interface ContaminationHit {
  suite: string;
  itemId: string;
  /** The overlapping n-gram, as tokens joined by spaces. */
  ngram: string;
}

interface ContaminationIndex {
  /** Eval items too short to check (fewer than MIN_ITEM_TOKENS tokens). */
  skippedItems: EvalItemText[];
  /** How many distinct n-grams are indexed: handles run from 0 to this. */
  readonly grams: number;
  /** Every eval item that shares an n-gram with the text, once each. */
  check(text: string): ContaminationHit[];
  /**
   * Whether the text shares any n-gram with any item, `ignored` n-grams aside: check's answer without listing a
   * templated log's thousands of owners.
   */
  overlaps(text: string, ignored?: ReadonlySet<IndexedGram>): boolean;
  /** The distinct indexed n-grams the text holds, as handles (no n-gram's text is kept: a log shares thousands). */
  sharedGrams(text: string): Set<IndexedGram>;
}

/** One indexed n-gram, by number (0 up to the index's `grams`). */
type IndexedGram = number;

/**
 * Indexes the n-grams of every eval item: 13-grams, or the whole item when it has 8–12 tokens. Tokens are numbered
 * and an n-gram is a run of numbers, found by a hash of the run and confirmed number by number: a text's windows
 * are looked up without building their strings (a templated log's held-out check joined 20 million of them).
 */
export function indexEvalItems(items: readonly EvalItemText[]): ContaminationIndex {
  const skippedItems: EvalItemText[] = [];
  const vocabulary = new Map<string, number>();
  const words: string[] = [""];
  const idOf = (token: string): number => {
    let id = vocabulary.get(token);
    if (id === undefined) {
      id = words.push(token) - 1;
      vocabulary.set(token, id);
    }
    return id;
  };
  const grams = new GramStore();
  const tables = new Map<number, IntMultiMap>();
  items.forEach((item, itemIndex) => {
    const tokens = overlapTokens(item.text);
    if (tokens.length < MIN_ITEM_TOKENS) {
      skippedItems.push(item);
      return;
    }
    const ids = Int32Array.from(tokens, idOf);
    const size = Math.min(NGRAM_SIZE, ids.length);
    let table = tables.get(size);
    if (!table) tables.set(size, (table = new IntMultiMap(16 * items.length)));
    for (let start = 0; start + size <= ids.length; start++) {
      const hash = runHash(ids, start, size);
      const gram = grams.find(table, hash, ids, start, size);
      if (gram >= 0) grams.addOwner(gram, itemIndex);
      else table.add(hash, grams.add(ids, start, size, itemIndex));
    }
  });

  // A token's number (0: no item uses it); single characters, most of Japanese text, by their code without a lookup.
  const charIds = new Int32Array(0x10000).fill(-1);
  const tokenId = (token: string): number => {
    if (token.length > 1) return vocabulary.get(token) ?? 0;
    const code = token.charCodeAt(0);
    let id = charIds[code]!;
    if (id < 0) charIds[code] = id = vocabulary.get(token) ?? 0;
    return id;
  };
  const textIds = new IntList();
  /** Visits each window of `text` that is an indexed n-gram, until `visit` returns true. */
  const visitGrams = (text: string, visit: (gram: IndexedGram, ids: Int32Array, start: number, size: number) => boolean): void => {
    textIds.clear();
    scanTokens(text, (token) => textIds.push(tokenId(token)));
    const ids = textIds.view();
    for (const [size, table] of tables) {
      // Only windows made wholly of tokens the eval items use can match; counting unknown tokens per window skips the rest.
      let unknown = 0;
      // Each window's runHash, rolled on from the one before: the token coming in added, the one going out taken off.
      let hash = 0;
      const outgoing = baseToThe(size);
      for (let end = 0; end < ids.length; end++) {
        const id = ids[end]!;
        hash = (Math.imul(hash, HASH_BASE) + id) | 0;
        if (id === 0) unknown++;
        if (end >= size) {
          const out = ids[end - size]!;
          hash = (hash - Math.imul(out, outgoing)) | 0;
          if (out === 0) unknown--;
        }
        if (end < size - 1 || unknown > 0) continue;
        const start = end - size + 1;
        const gram = grams.find(table, hash, ids, start, size);
        if (gram >= 0 && visit(gram, ids, start, size)) return;
      }
    }
  };
  return {
    skippedItems,
    grams: grams.length,
    check(text) {
      const hits = new Map<EvalItemText, string>();
      visitGrams(text, (gram, ids, start, size) => {
        for (const owner of grams.owners(gram)) {
          const item = items[owner]!;
          if (!hits.has(item)) hits.set(item, Array.from(ids.subarray(start, start + size), (id) => words[id]!).join(" "));
        }
        return false;
      });
      return [...hits].map(([item, ngram]) => ({ suite: item.suite, itemId: item.itemId, ngram }));
    },
    overlaps(text, ignored) {
      let found = false;
      visitGrams(text, (gram) => (found = !ignored?.has(gram)));
      return found;
    },
    sharedGrams(text) {
      const shared = new Set<IndexedGram>();
      visitGrams(text, (gram) => (shared.add(gram), false));
      return shared;
    },
  };
}

/** The odd multiplier of runHash. */
const HASH_BASE = 0x01000193;

/**
 * A polynomial hash of a run of token numbers, Σ id·HASH_BASE^(size−1−k) mod 2^32: a table key (a match is confirmed
 * token by token) that a text's windows roll on from one to the next (see visitGrams) instead of hashing 13 numbers each.
 */
function runHash(ids: Int32Array, start: number, size: number): number {
  let hash = 0;
  for (let index = start; index < start + size; index++) hash = (Math.imul(hash, HASH_BASE) + ids[index]!) | 0;
  return hash;
}

/** HASH_BASE^power mod 2^32: the weight a window's first token has in the hash once a token more came in. */
function baseToThe(power: number): number {
  let weight = 1;
  for (let step = 0; step < power; step++) weight = Math.imul(weight, HASH_BASE);
  return weight;
}

/** The indexed n-grams: each one's token numbers and the items that hold it (in item order, once each). */
class GramStore {
  private readonly ids = new IntList(1 << 16);
  private readonly starts = new IntList();
  private readonly firstOwner = new IntList();
  private readonly lastOwner = new IntList();
  private readonly moreOwners = new Map<number, number[]>();
  // What `find` compares with (fields, so that one closure serves every lookup).
  private run: Int32Array = new Int32Array(0);
  private runStart = 0;
  private runSize = 0;
  private readonly sameRun = (gram: number): boolean => {
    const from = this.starts.at(gram);
    for (let offset = 0; offset < this.runSize; offset++) if (this.ids.at(from + offset) !== this.run[this.runStart + offset]) return false;
    return true;
  };

  get length(): number {
    return this.starts.length;
  }

  /** The n-gram of `table` that is the run ids[start, start + size), or -1. */
  find(table: IntMultiMap, hash: number, ids: Int32Array, start: number, size: number): number {
    this.run = ids;
    this.runStart = start;
    this.runSize = size;
    return table.first(hash, this.sameRun);
  }

  add(ids: Int32Array, start: number, size: number, owner: number): number {
    this.starts.push(this.ids.length);
    for (let index = start; index < start + size; index++) this.ids.push(ids[index]!);
    this.firstOwner.push(owner);
    this.lastOwner.push(owner);
    return this.starts.length - 1;
  }

  addOwner(gram: number, owner: number): void {
    if (this.lastOwner.at(gram) === owner) return;
    this.lastOwner.set(gram, owner);
    const more = this.moreOwners.get(gram);
    if (more) more.push(owner);
    else this.moreOwners.set(gram, [owner]);
  }

  owners(gram: number): number[] {
    return [this.firstOwner.at(gram), ...(this.moreOwners.get(gram) ?? [])];
  }
}
