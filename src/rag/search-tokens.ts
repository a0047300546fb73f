import { stemmer } from "stemmer";
import { tokenizeJapanese } from "../scoring/ifeval/japanese-morphology.js";

const WORDLIKE = /[\p{L}\p{N}]/u;
const LATIN = /^[a-z]+$/;

/**
 * Function words carry no topic: particles (助詞), auxiliary verbs (助動詞) and symbols (記号) are left out of the
 * index, as Lucene's Kuromoji analyzer drops them (JapanesePartOfSpeechStopFilter's default stop tags).
 */
const STOP_PARTS = new Set(["助詞", "助動詞", "記号"]);

/**
 * The terms BM25 indexes and queries with: the text NFKC-normalised (full-width Latin and half-width kana fold to
 * their usual forms) and cut into morphemes by kuromoji (IPADIC) as a whole, so a particle after an English product
 * name is still read as a particle; then words lower-cased and English ones reduced to their Porter stems, so that
 * "refunds" finds "refund". Punctuation alone is no term.
 */
export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const morpheme of tokenizeJapanese(text.normalize("NFKC"))) {
    if (STOP_PARTS.has(morpheme.partOfSpeech.split(",", 1)[0]!) || !WORDLIKE.test(morpheme.surface)) continue;
    const word = morpheme.surface.toLowerCase();
    tokens.push(LATIN.test(word) ? stemmer(word) : word);
  }
  return tokens;
}
