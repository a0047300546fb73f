import { gated, matchesOf, type PiiDetector, type Span } from "./detector.js";
import { asReading, commonNouns, longestName, nameLexicon, wordReadings } from "./japanese-name-lexicon.js";

/**
 * A kanji name and its kana reading in the next cell, as a register, a CSV export or a form's table writes a person
 * (2031,仲村渠 勇,なかんだかり いさむ,物流; "比屋根 舞";"ひやね まい"; 1025,宇野美里,ウノミサト,総務): the reading, a surname's
 * and a given name's read by the dictionary, vouches for the kanji before it, whose given name alone (勇, 舞: common
 * nouns too) no cell rule takes. Both cells are masked. A place or a product and its reading (青森,あおもり, 林檎,りんご)
 * reads as no surname and given name together.
 */
const NAME_THEN_READING =
  /(?<=^|[,;\t|｜][ 　]?)"?(?<name>\p{Script=Han}[\p{Script=Han}々]{0,3}[ 　]?\p{Script=Han}[\p{Script=Han}々]{0,2})"?[ 　]?[,;\t|｜][ 　]?"?(?<reading>[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,8}(?:[ 　][\p{Script=Hiragana}\p{Script=Katakana}ー]{1,8})?)"?(?=[ 　]?(?:[,;\t|｜]|$))/dgmu;

/**
 * Kana that reads as a surname then a given name, split at its space or, written on as the kanji are, at any kana; not
 * a word of the dictionary (ヴァイオリン after 小田 圭 in a roster is the instrument, not his reading).
 */
function readsAsFullName(kana: string, kanjiSpaced: boolean): boolean {
  const { surnameReadings, givenNameReadings } = nameLexicon();
  const reading = asReading(kana);
  const parts = reading.split(/[ 　]/u);
  if (parts.length === 2) return surnameReadings.has(parts[0]!) && givenNameReadings.has(parts[1]!);
  if (kanjiSpaced || wordReadings().has(reading)) return false;
  for (let cut = 2; cut <= reading.length - 2; cut++) {
    if (surnameReadings.has(reading.slice(0, cut)) && givenNameReadings.has(reading.slice(cut))) return true;
  }
  return false;
}

/**
 * Kanji that open with a surname of the dictionary: then a space and any given name (仲村渠 勇), or written on, a given
 * name it lists that is no common noun (宇野美里; not 田中歯科 or 熊本城, whose readings たなかしか and くまもとじょう split
 * as a surname's and an old given name's too).
 */
function opensWithSurname(kanji: string): boolean {
  const [surname, given] = kanji.split(/[ 　]/u) as [string, string | undefined];
  const { surnames, givenNames } = nameLexicon();
  if (given !== undefined) return surnames.has(surname);
  const surnameLength = longestName(kanji, surnames, false, 4);
  const rest = kanji.slice(surnameLength);
  return surnameLength > 0 && givenNames.has(rest) && !commonNouns().has(rest);
}

export const NAME_READING_CELLS: PiiDetector = gated(/\p{Script=Han}"?[ 　]?[,;\t|｜][ 　]?"?[\p{Script=Hiragana}\p{Script=Katakana}]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(NAME_THEN_READING, shadow).flatMap((match): Span[] => {
      const { name, reading } = match.groups!;
      if (!readsAsFullName(reading!, /[ 　]/u.test(name!)) || !opensWithSurname(name!)) return [];
      const [nameStart, nameEnd] = match.indices!.groups!.name!;
      const [readingStart, readingEnd] = match.indices!.groups!.reading!;
      return [
        { start: nameStart, end: nameEnd },
        { start: readingStart, end: readingEnd },
      ];
    }),
});
