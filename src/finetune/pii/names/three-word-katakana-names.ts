import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { asReading, nameLexicon, wordReadings } from "../lexicon/japanese-name-lexicon.js";
import { KATAKANA_THING } from "./name-detectors.js";

/**
 * A name in katakana of three words joined by one separator, a space or ・ (ナカムラ フェリペ ケンジ, タナベ・レジェス・カミラ):
 * a Nikkei or a Latin American name, a Japanese surname, then a Spanish or Portuguese name the dictionary lacks (a
 * second given name or the mother's surname), then a given name; or in a Brazilian's order, the given names first and
 * the surname last (マリア ジョゼフィーナ サトウ). Whole, before the rules that read two words take
 * the pair they know and leave the third. The first word a surname's reading of three kana or more, the last a given
 * name's, the middle no word of the lexicon: a product's or a shop's three words (モリナガ ミルク キャラメル, ハヤシ ライス
 * セット) end in no given name, or hold a word.
 */
// Half-width kana too, as a legacy system prints it: its voiced marks and long vowel are no katakana script.
const WORD = "[\\p{Script=Katakana}ーｰﾞﾟ]{2,12}";
const THREE_WORDS = new RegExp(
  `(?<![\\p{Script=Katakana}ーｰﾞﾟ][ 　・･]?)(?<first>${WORD})(?<separator>[ 　・･])(?<middle>${WORD})\\k<separator>(?<last>${WORD})(?![ 　・･]?[\\p{Script=Katakana}ーｰﾞﾟ])`,
  "dgu",
);

function readsAsThreeWordName(first: string, middle: string, last: string): boolean {
  const { surnameReadings, givenNameReadings } = nameLexicon();
  if ([first, middle, last].some((word) => KATAKANA_THING.test(word))) return false;
  if (wordReadings().has(asReading(middle))) return false;
  const surnameFirst = first.length >= 3 && surnameReadings.has(asReading(first)) && givenNameReadings.has(asReading(last));
  // Given names first and the Japanese surname last, as a Brazilian's papers order them (マリア ジョゼフィーナ サトウ).
  const surnameLast = last.length >= 3 && surnameReadings.has(asReading(last)) && givenNameReadings.has(asReading(first)) && !givenNameReadings.has(asReading(last));
  return surnameFirst || surnameLast;
}

export const THREE_WORD_KATAKANA_NAME: PiiDetector = gated(/[\p{Script=Katakana}ーｰﾞﾟ][ 　・･][\p{Script=Katakana}][\p{Script=Katakana}ーｰﾞﾟ]+[ 　・･][\p{Script=Katakana}]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(THREE_WORDS, shadow).flatMap((match) => {
      const { first, middle, last } = match.groups!;
      return readsAsThreeWordName(first!, middle!, last!) ? [{ start: match.index, end: match.index + match[0].length }] : [];
    }),
});
