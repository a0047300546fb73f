import type { Language } from "./types.js";

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

/** What a code point is to tagLanguage, as bits; SEEN marks one already classified. */
const IS_LETTER = 1;
const IS_JAPANESE = 2;
const IS_LATIN = 4;
const SEEN = 8;
const classify = (char: string): number =>
  SEEN | (LETTER.test(char) ? IS_LETTER : 0) | (KANA.test(char) || HAN.test(char) ? IS_JAPANESE : 0) | (LATIN.test(char) ? IS_LATIN : 0);

// Each code point is classified by the patterns once and remembered: a build tags every row of a log, and four
// patterns matched over each text (an array of its letters each) were a tenth of a masking thread's time.
const basic = new Uint8Array(0x10000);
const astral = new Map<number, number>();
function classOf(code: number): number {
  if (code < 0x10000) return (basic[code] ||= classify(String.fromCharCode(code)));
  let bits = astral.get(code);
  if (bits === undefined) astral.set(code, (bits = classify(String.fromCodePoint(code))));
  return bits;
}

/**
 * A script-ratio heuristic, not a language model: among the letters of the text, kana + kanji at 30 % or more is
 * Japanese (Japanese business text mixes in English product names), Latin at 50 % or more is English, anything else
 * "other". Known limits: Chinese (Han without kana) is tagged ja, and French or German are tagged en. Good enough to
 * count and stratify a Japanese/English corpus; use a real identifier for anything finer.
 */
export function tagLanguage(text: string): Language {
  let letters = 0;
  let japanese = 0;
  let latin = 0;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    // A surrogate pair is one code point; a lone surrogate is no letter of any script.
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        index++;
      }
    }
    const bits = classOf(code);
    if (bits & IS_LETTER) letters++;
    if (bits & IS_JAPANESE) japanese++;
    if (bits & IS_LATIN) latin++;
  }
  if (letters === 0) return "other";
  if (japanese / letters >= 0.3) return "ja";
  if (latin / letters >= 0.5) return "en";
  return "other";
}
