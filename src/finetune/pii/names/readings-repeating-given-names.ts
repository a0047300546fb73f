import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { unlistedSurnameWord } from "./name-detectors.js";

/**
 * A kanji surname and a hiragana given name with the whole name's reading in brackets after it, the given name read
 * again as written (受付 X さより（あいもの さより）): a register giving a rare surname's reading, whatever the dictionary
 * makes of the surname's kanji or of the given name (さより is a fish too). Both the name and its reading are the
 * person's. The surname is a listed one or kanji of no word, office or firm (unlistedSurnameWord), and its reading
 * fits it: one to three kana a kanji, a thing's word and its reading (商品 りんご（…）) are not taken.
 */
const NAME_WITH_READING =
  /(?<![\p{L}\p{N}々ー])(?<name>(?<surname>\p{Script=Han}{1,4})[ 　](?<given>\p{Script=Hiragana}{2,5}))[（(](?<reading>(?<surnameReading>\p{Script=Hiragana}{2,9})[ 　]\k<given>)[）)]/dgu;

const fits = (kana: string, written: string): boolean => kana.length >= written.length && kana.length <= 3 * written.length;

function namesSomeone(match: RegExpExecArray): boolean {
  const { surname, surnameReading } = match.groups as { surname: string; surnameReading: string };
  const listed = nameLexicon().surnames.has(surname) || unlistedSurnameWord(surname) || surname.length === 4;
  return listed && fits(surnameReading, surname);
}

export const NAME_WITH_REPEATED_GIVEN_READING: PiiDetector = gated(/\p{Script=Hiragana}[（(]\p{Script=Hiragana}/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(NAME_WITH_READING, shadow).flatMap((match): Span[] => {
      if (!namesSomeone(match)) return [];
      const [nameStart, nameEnd] = match.indices!.groups!.name!;
      const [readingStart, readingEnd] = match.indices!.groups!.reading!;
      return [{ start: nameStart, end: nameEnd }, { start: readingStart, end: readingEnd }];
    }),
});
