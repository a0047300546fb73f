import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { PLACE_SURNAMES } from "./name-detectors.js";

/**
 * A Japanese name in kanji, surname and given name with a space between, set in a sentence of English (booked for his
 * parents 蕪木 昭二 and 蕪木 節子, who …): a Latin word before it and after it, as an English writer copies a name the
 * customer gave in Japanese. Japanese prose would give it a cue; English gives none, and two spaced kanji words between
 * English ones are a name or a place. So the given name must be one the dictionary lists, of two kanji or more, no noun,
 * and the surname two or three kanji that are no common noun or town's name (the 新宿 本店 branch is a place and a shop).
 */
const KANJI_PAIR_IN_LATIN =
  /(?<=[A-Za-z][,;:]? )(?<surname>\p{Script=Han}[\p{Script=Han}々]{1,2}) (?<given>\p{Script=Han}[\p{Script=Han}々]{1,2})(?=[,.;:)]? [A-Za-z(]|[,.;:)]?$)/dgmu;

function kanjiNamesInLatinText(shadow: string): Span[] {
  const { givenNames, nounGivenNames } = nameLexicon();
  return matchesOf(KANJI_PAIR_IN_LATIN, shadow)
    .filter((match) => {
      const { surname, given } = match.groups! as { surname: string; given: string };
      return givenNames.has(given) && !nounGivenNames.has(given) && !commonNouns().has(given) && !commonNouns().has(surname) && !PLACE_SURNAMES.has(surname);
    })
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

export const KANJI_NAME_IN_LATIN_TEXT: PiiDetector = gated(/[A-Za-z][,;:]? \p{Script=Han}/u, { type: "PERSON", find: kanjiNamesInLatinText });
