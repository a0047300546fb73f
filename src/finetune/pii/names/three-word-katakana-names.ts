import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { asReading, nameLexicon, wordReadings } from "../lexicon/japanese-name-lexicon.js";
import { KATAKANA_THING } from "./name-detectors.js";

/**
 * A name in katakana of three words joined by one separator, a space or ・ (ナカムラ フェリペ ケンジ, タナベ・レジェス・カミラ):
 * a Nikkei or a Latin American name, a Japanese surname, then a Spanish or Portuguese name the dictionary lacks (a
 * second given name or the mother's surname), then a given name. Whole, before the rules that read two words take
 * the pair they know and leave the third. The first word a surname's reading of three kana or more, the last a given
 * name's, the middle no word of the lexicon: a product's or a shop's three words (モリナガ ミルク キャラメル, ハヤシ ライス
 * セット) end in no given name, or hold a word.
 */
const WORD = "[\\p{Script=Katakana}ー]{2,8}";
const THREE_WORDS = new RegExp(
  `(?<![\\p{Script=Katakana}ー][ 　・]?)(?<first>${WORD})(?<separator>[ 　・])(?<middle>${WORD})\\k<separator>(?<last>${WORD})(?![ 　・]?[\\p{Script=Katakana}ー])`,
  "dgu",
);

function readsAsThreeWordName(first: string, middle: string, last: string): boolean {
  const { surnameReadings, givenNameReadings } = nameLexicon();
  if ([first, middle, last].some((word) => KATAKANA_THING.test(word))) return false;
  return first.length >= 3 && surnameReadings.has(asReading(first)) && givenNameReadings.has(asReading(last)) && !wordReadings().has(asReading(middle));
}

export const THREE_WORD_KATAKANA_NAME: PiiDetector = gated(/[\p{Script=Katakana}ー][ 　・][\p{Script=Katakana}][\p{Script=Katakana}ー]+[ 　・][\p{Script=Katakana}]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(THREE_WORDS, shadow).flatMap((match) => {
      const { first, middle, last } = match.groups!;
      return readsAsThreeWordName(first!, middle!, last!) ? [{ start: match.index, end: match.index + match[0].length }] : [];
    }),
});
