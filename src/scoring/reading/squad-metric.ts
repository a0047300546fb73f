import { fixWhitespace, overlapF1, splitWhitespace } from "./token-overlap.js";

// The official SQuAD v1.1 evaluate script (Rajpurkar et al. 2016, evaluate-v1.1.py), also Hugging Face `evaluate`'s
// "squad" metric: lower-case, drop ASCII punctuation (Python's string.punctuation), drop the articles a/an/the, fix
// whitespace. Python 3's `\b` is Unicode-aware, so a word character is a letter, a digit or `_` of any script.
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
const ARTICLES = /(?<![\p{L}\p{N}_])(?:a|an|the)(?![\p{L}\p{N}_])/gu;

/** SQuAD v1.1 `normalize_answer`. */
export function normalizeSquadAnswer(text: string): string {
  return fixWhitespace(text.toLowerCase().replace(ASCII_PUNCTUATION, "").replace(ARTICLES, " "));
}

/** SQuAD v1.1 `exact_match_score`. */
export function squadExactMatch(gold: string, prediction: string): boolean {
  return normalizeSquadAnswer(gold) === normalizeSquadAnswer(prediction);
}

/** SQuAD v1.1 `f1_score`: word-level F1 over the normalized answers' whitespace tokens. */
export function squadF1(gold: string, prediction: string): number {
  return overlapF1(splitWhitespace(normalizeSquadAnswer(gold)), splitWhitespace(normalizeSquadAnswer(prediction)));
}
