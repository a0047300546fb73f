import type { EvalItemText } from "./types.js";

/** GPT-3 (Brown et al. 2020, Appendix C) counts an overlap of 13 consecutive tokens as contamination. */
export const NGRAM_SIZE = 13;
/** Items shorter than 13 tokens are matched whole, as GPT-3 lowered N for short items; below this they are skipped. */
export const MIN_ITEM_TOKENS = 8;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Tokens for overlap checks: NFKC, lower case, punctuation dropped, words split on whitespace as in GPT-3 — and each
 * kanji or kana a token of its own, since Japanese is written without spaces. Japanese 13-grams are therefore
 * 13-character spans, English ones 13 words, and mixed text mixes both.
 */
export function overlapTokens(text: string): string[] {
  const tokens: string[] = [];
  let word = "";
  for (const char of text.normalize("NFKC").toLowerCase()) {
    if (CJK.test(char)) {
      if (word) tokens.push(word);
      word = "";
      tokens.push(char);
    } else if (WORD_CHAR.test(char)) {
      word += char;
    } else if (word) {
      tokens.push(word);
      word = "";
    }
  }
  if (word) tokens.push(word);
  return tokens;
}

export interface ContaminationHit {
  suite: string;
  itemId: string;
  /** The overlapping n-gram, as tokens joined by spaces. */
  ngram: string;
}

export interface ContaminationIndex {
  /** Eval items too short to check (fewer than MIN_ITEM_TOKENS tokens). */
  skippedItems: EvalItemText[];
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

/** One indexed n-gram, as the list of eval items that hold it: the same object for the index's life. */
export type IndexedGram = readonly EvalItemText[];

/** Indexes the n-grams of every eval item: 13-grams, or the whole item when it has 8–12 tokens. */
export function indexEvalItems(items: readonly EvalItemText[]): ContaminationIndex {
  const bySize = new Map<number, Map<string, EvalItemText[]>>();
  const skippedItems: EvalItemText[] = [];
  const vocabulary = new Set<string>();
  for (const item of items) {
    const tokens = overlapTokens(item.text);
    if (tokens.length < MIN_ITEM_TOKENS) {
      skippedItems.push(item);
      continue;
    }
    for (const token of tokens) vocabulary.add(token);
    const size = Math.min(NGRAM_SIZE, tokens.length);
    let grams = bySize.get(size);
    if (!grams) bySize.set(size, (grams = new Map()));
    for (const gram of ngrams(tokens, size)) {
      const owners = grams.get(gram);
      if (!owners) grams.set(gram, [item]);
      else if (owners.at(-1) !== item) owners.push(item);
    }
  }
  /** Visits each window of `text` that is an indexed n-gram, with its owners, until `visit` returns true. */
  const visitGrams = (text: string, visit: (gram: string, owners: readonly EvalItemText[]) => boolean): void => {
    const tokens = overlapTokens(text);
    // Only windows made wholly of tokens the eval items use can match; counting unknown tokens per window skips
    // the rest without building their strings.
    const known = tokens.map((token) => vocabulary.has(token));
    for (const [size, grams] of bySize) {
      let unknown = 0;
      for (let end = 0; end < tokens.length; end++) {
        if (!known[end]) unknown++;
        if (end >= size && !known[end - size]) unknown--;
        if (end < size - 1 || unknown > 0) continue;
        const gram = tokens.slice(end - size + 1, end + 1).join(" ");
        const owners = grams.get(gram);
        if (owners && visit(gram, owners)) return;
      }
    }
  };
  return {
    skippedItems,
    check(text) {
      const hits = new Map<EvalItemText, string>();
      visitGrams(text, (gram, owners) => {
        for (const item of owners) if (!hits.has(item)) hits.set(item, gram);
        return false;
      });
      return [...hits].map(([item, ngram]) => ({ suite: item.suite, itemId: item.itemId, ngram }));
    },
    overlaps(text, ignored) {
      let found = false;
      visitGrams(text, (_, owners) => (found = !ignored?.has(owners)));
      return found;
    },
    sharedGrams(text) {
      const shared = new Set<IndexedGram>();
      visitGrams(text, (_, owners) => (shared.add(owners), false));
      return shared;
    },
  };
}

function* ngrams(tokens: readonly string[], size: number): Generator<string> {
  for (let index = 0; index + size <= tokens.length; index++) yield tokens.slice(index, index + size).join(" ");
}
