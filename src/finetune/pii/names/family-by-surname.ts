import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { ORGANISATION_WORD } from "../lexicon/firm-words.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { isRomajiSurname } from "./latin-name-cues.js";

/**
 * A family named by its surname in an English sentence (a refund for the Verhoeven family, the Okafor household, the
 * Tanaka twins): the surname names them as a person's does, and recurs alone after (The Verhoeven refund went …, found
 * as a repeat). Only a family name the lists hold, Latin or romaji, and no English word, place or firm's word: the
 * Royal family, the Toyota family of engines, the Xeon family stay.
 */
const FAMILY_BY_SURNAME = /(?<![\p{L}\p{N}])[Tt]he[ \t]+(?<name>\p{Lu}\p{Ll}{2,15}(?:-\p{Lu}\p{Ll}{2,15})?)[ \t]+(?:family|household|twins|kids|children|couple)(?![\p{L}])/dgu;

/**
 * A family named by its surname after its part in a stay (host family Dahlberg, foster family: Olatunji), and one that
 * introduces itself in the plural (We're the Dijkstras, staying at …): the surname as before, the plural's word whole.
 */
const SURNAME_AFTER_HOST_FAMILY = /(?<![\p{L}])(?:[Hh]ost|[Ff]oster)[ \t]+family[ \t]*:?[ \t]+(?<name>\p{Lu}\p{Ll}{2,15})(?![\p{L}\p{N}@_-])/dgu;
const FAMILY_IN_PLURAL = /(?<![\p{L}])[Ww]e(?:['’]re|[ \t]+are)[ \t]+the[ \t]+(?<name>(?<surname>\p{Lu}\p{Ll}{2,15})s)(?![\p{L}\p{N}'’@_-])/dgu;

const isFamilyName = (word: string): boolean =>
  (worldNames().latinFamily.has(word) || isRomajiSurname(word)) && !isEnglishWord(word) && !isPlaceName(word) && !ORGANISATION_WORD.test(word);

function familiesBySurname(shadow: string): Span[] {
  return matchesOf(FAMILY_BY_SURNAME, shadow).flatMap((match) => {
    const [start, end] = match.indices!.groups!.name!;
    return match.groups!.name!.split("-").every(isFamilyName) ? [{ start, end }] : [];
  });
}

function familiesNamedOtherwise(shadow: string): Span[] {
  return [...matchesOf(SURNAME_AFTER_HOST_FAMILY, shadow), ...matchesOf(FAMILY_IN_PLURAL, shadow)].flatMap((match) => {
    const [start, end] = match.indices!.groups!.name!;
    return isFamilyName(match.groups!.surname ?? match.groups!.name!) ? [{ start, end }] : [];
  });
}

export const FAMILY_BY_SURNAME_NAME: PiiDetector = gated(/ (?:family|household|twins|kids|children|couple)|e(?:['’]re| are) the /, {
  type: "PERSON",
  find: (shadow) => [...familiesBySurname(shadow), ...familiesNamedOtherwise(shadow)],
});
