import type { Language } from "./types.js";

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;
const LETTER = /\p{L}/gu;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * A script-ratio heuristic, not a language model: among the letters of the text, kana + kanji at 30 % or more is
 * Japanese (Japanese business text mixes in English product names), Latin at 50 % or more is English, anything else
 * "other". Known limits: Chinese (Han without kana) is tagged ja, and French or German are tagged en. Good enough to
 * count and stratify a Japanese/English corpus; use a real identifier for anything finer.
 */
export function tagLanguage(text: string): Language {
  const letters = count(text, LETTER);
  if (letters === 0) return "other";
  const japanese = count(text, KANA) + count(text, HAN);
  if (japanese / letters >= 0.3) return "ja";
  if (count(text, LATIN) / letters >= 0.5) return "en";
  return "other";
}
