import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { PLACE_SURNAMES, unlistedSurnameWord } from "./name-detectors.js";

/**
 * A spaced kanji full name with its whole reading in hiragana beside it, in brackets or on a web page cell's next line,
 * its break a tag or a line's end as the page is read (受付 X ちさと（ほしな ちさと）, X 健吾<br>いわぶち けんご, X 蒼<br>
 * （あらかわ あおい）): a register giving a rare surname's reading, whatever the dictionary makes of the surname's kanji or
 * of the given name (さより is a fish too). Both the name and its reading are the person's. The surname is a listed one,
 * two or three kanji of no word, office or firm (unlistedSurnameWord) or four kanji, not a place's; the given name a
 * hiragana one read again as written, or kanji of no common noun; each reading fits its part, one to three kana a
 * kanji: a thing's word and its reading (商品 りんご（…）, 本店 新館<br>ほんてん しんかん) are not taken.
 */
const NAME_WITH_READING =
  /(?<![\p{L}\p{N}々ー])(?<name>(?<surname>\p{Script=Han}{1,4})[ 　](?<given>\p{Script=Han}{1,3}|\p{Script=Hiragana}{2,5}))(?:[（(]|[ \t]*(?:<br ?\/?>|\n)[ \t]*[（(]?)(?<reading>(?<surnameReading>\p{Script=Hiragana}{2,9})[ 　](?<givenReading>\p{Script=Hiragana}{1,9}))(?=[）)]|[ \t]*(?:<|$))/dgmu;

const fits = (kana: string, written: string): boolean => kana.length >= written.length && kana.length <= 3 * written.length;

interface NameAndReading {
  surname: string;
  given: string;
  surnameReading: string;
  givenReading: string;
}

function namesSomeone(match: RegExpExecArray): boolean {
  const { surname, given, surnameReading, givenReading } = match.groups as unknown as NameAndReading;
  const { surnames } = nameLexicon();
  const isSurname = (surnames.has(surname) || unlistedSurnameWord(surname) || surname.length === 4) && !PLACE_SURNAMES.has(surname);
  const readsGiven = /^\p{Script=Hiragana}/u.test(given) ? givenReading === given : fits(givenReading, given) && !commonNouns().has(given);
  return isSurname && readsGiven && fits(surnameReading, surname);
}

export const NAME_WITH_WHOLE_READING: PiiDetector = gated(/[（(>\n]\p{Script=Hiragana}{2}/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(NAME_WITH_READING, shadow).flatMap((match): Span[] => {
      if (!namesSomeone(match)) return [];
      const [nameStart, nameEnd] = match.indices!.groups!.name!;
      const [readingStart, readingEnd] = match.indices!.groups!.reading!;
      return [{ start: nameStart, end: nameEnd }, { start: readingStart, end: readingEnd }];
    }),
});
