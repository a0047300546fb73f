import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { asReading, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { SURNAME_LAST_KANJI } from "./unlisted-surnames-after-titles.js";

/**
 * A surname whose rare first kanji is written in hiragana, the kanji that ends it kept (ぬで島 for 白勝島, さい藤), a
 * given name after it, and its katakana reading in brackets (ぬで島 ふみ（ヌデシマ フミ）): the reading vouches for the
 * name, its surname starting with the kana written and its given name read as one, equal to the given name written in
 * kana. Both are masked, ahead of the rules that would read its kanji and given name alone (沢 健一). Not an honorific
 * prefix's word (お弁当, ご案内), nor a word's reading that is no surname's.
 */
const KANA_WRITTEN_NAME = new RegExp(
  String.raw`(?<![\p{Script=Hiragana}\p{Script=Han}])(?<name>(?<kana>\p{Script=Hiragana}{1,3})(?<kanji>\p{Script=Han})[ 　](?<given>\p{Script=Hiragana}{1,4}|\p{Script=Han}[\p{Script=Han}々]{0,2}))[ 　]?[（(](?<reading>(?<surnameReading>\p{Script=Katakana}[\p{Script=Katakana}ー]{2,9})[ 　](?<givenReading>\p{Script=Katakana}[\p{Script=Katakana}ー]{0,5}))[）)]`,
  "dgu",
);

function vouched(groups: Record<string, string>): boolean {
  const { kana, kanji, given, surnameReading, givenReading } = groups as Record<"kana" | "kanji" | "given" | "surnameReading" | "givenReading", string>;
  const { givenNames, givenNameReadings, surnameReadings, wordReadings } = nameLexicon();
  const wordRead = wordReadings.has(surnameReading) && !surnameReadings.has(surnameReading);
  if (/^[おご]/u.test(kana) || !SURNAME_LAST_KANJI.test(kanji) || !surnameReading.startsWith(asReading(kana)) || wordRead) return false;
  if (!givenNameReadings.has(givenReading)) return false;
  return /^\p{Script=Hiragana}/u.test(given) ? asReading(given) === givenReading : givenNames.has(given);
}

export const KANA_WRITTEN_SURNAME: PiiDetector = gated(/\p{Script=Hiragana}\p{Script=Han}[ 　][^（(\n]{1,4}[ 　]?[（(]\p{Script=Katakana}/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(KANA_WRITTEN_NAME, shadow).flatMap((match): Span[] => {
      if (!vouched(match.groups! as Record<string, string>)) return [];
      const [nameStart, nameEnd] = match.indices!.groups!.name!;
      const [readingStart, readingEnd] = match.indices!.groups!.reading!;
      return [
        { start: nameStart, end: nameEnd },
        { start: readingStart, end: readingEnd },
      ];
    }),
});
