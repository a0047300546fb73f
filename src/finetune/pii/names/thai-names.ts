import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { BETWEEN_WRITINGS, pairedWritingSpans } from "./paired-writings.js";
import { isNameOnlyWord } from "../lexicon/lexicon-latin-names.js";

/**
 * Thai names in Thai letters in Japanese or English records. Thai runs its words together and spaces its phrases, so a
 * run of Thai letters is a name only by a cue: a title written before it (นาย, นางสาว, คุณ), or its own romanisation
 * beside it, as a form pairs a guest's two writings (สุดารัตน์ แก้วมณี<br>Sudarat Kaewmanee).
 */
const THAI_WORD = "\\p{Script=Thai}{2,20}";
/** Letters only, not inside a longer Thai run (ขอบคุณ, thank you, ends in the title คุณ). */
const BEFORE = "(?<!\\p{Script=Thai})";
const AFTER = "(?!\\p{Script=Thai})";

/**
 * Mr, Mrs, Miss, the polite Khun, and a boy's and a girl's title, glued to the name or a space between, before a given
 * name and perhaps a family name (นายประเสริฐ ใจดี, คุณมาลี). The name ends where the Thai run ends: prose after a
 * title (คุณสามารถจองได้ที่…, you can book at …) runs on past a name's length, or to the text's next words.
 */
const THAI_TITLED_NAME = new RegExp(
  `${BEFORE}(?:นางสาว|นาง|นาย|คุณ|เด็กชาย|เด็กหญิง|ด\\.ช\\.|ด\\.ญ\\.)[ ]?(?<name>\\p{Script=Thai}{2,12}(?:[ ]${THAI_WORD})?)${AFTER}`,
  "dgu",
);

const LATIN_WORD = "\\p{Lu}\\p{Ll}+";
const pair = (first: string, second: string): RegExp =>
  new RegExp(`${BEFORE}(?<![\\p{L}-])(?<first>${first}[ ]${first})${BETWEEN_WRITINGS}(?<second>${second}[ ]${second})(?![\\p{L}-])`, "dgu");
const THAI_THEN_LATIN = pair(THAI_WORD, LATIN_WORD);
const LATIN_THEN_THAI = pair(LATIN_WORD, THAI_WORD);

/**
 * The Latin letters a Thai word's first consonant is romanised by (the Royal Thai General System and common spellings:
 * ว as W or V, จ as Ch or J, อ as the vowel it carries); a vowel sign written before its consonant (เ แ โ ใ ไ) passed over.
 */
const INITIALS: readonly (readonly [string, string])[] = [
  ["กขคฆ", "KG"],
  ["ง", "N"],
  ["จฉชฌ", "CJ"],
  ["ซศษส", "S"],
  ["ญย", "Y"],
  ["ฎด", "D"],
  ["ฏต", "T"],
  ["ฐฑฒถทธ", "TD"],
  ["ณน", "N"],
  ["บ", "B"],
  ["ปพผภ", "P"],
  ["ฝฟ", "F"],
  ["ม", "M"],
  ["ร", "R"],
  ["ลฬ", "L"],
  ["ว", "WV"],
  ["หฮ", "H"],
  ["อ", "AEIOU"],
];
const LEADING_VOWEL = /^[เแโใไ]/u;
const initialsOf = (thai: string): string => INITIALS.find(([consonants]) => consonants.includes(thai.replace(LEADING_VOWEL, "").charAt(0)))?.[1] ?? "";

/** Whether the Latin words spell the Thai ones, word by word, by their first letters, and are no English word, thing or place. */
const romanises = (latin: string, thai: string): boolean => {
  const [thaiWords, latinWords] = [thai.split(" "), latin.split(" ")];
  return latinWords.every(isNameOnlyWord) && thaiWords.every((word, index) => initialsOf(word).includes(latinWords[index]!.charAt(0)));
};

function findThaiNames(shadow: string): Span[] {
  const spans: Span[] = matchesOf(THAI_TITLED_NAME, shadow).map((match) => {
    const [start, end] = match.indices!.groups!.name!;
    return { start, end };
  });
  spans.push(...pairedWritingSpans(shadow, LATIN_THEN_THAI, THAI_THEN_LATIN, romanises));
  return spans.sort((a, b) => a.start - b.start);
}

export const THAI_NAME_DETECTOR: PiiDetector = gated(/\p{Script=Thai}/u, { type: "PERSON", find: findThaiNames });
