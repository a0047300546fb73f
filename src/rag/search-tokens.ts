import { stemmer } from "stemmer";
import { segment, type Segmenter } from "./segment.js";

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
 * "refunds" finds "refund". Punctuation alone is no term. `segmenter`: segment, or (bench/rag-index.ts) the same
 * morphemes through kuromoji.tokenize.
 */
export function searchTokens(text: string, segmenter: Segmenter = segment): string[] {
  const tokens: string[] = [];
  segmenter(text.normalize("NFKC"), (surface, partOfSpeech) => {
    if (STOP_PARTS.has(partOfSpeech) || !WORDLIKE.test(surface)) return;
    const word = surface.toLowerCase();
    tokens.push(LATIN.test(word) ? stemmer(word) : word);
  });
  return tokens;
}
