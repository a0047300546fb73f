import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { isThing, WORD } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * A Latin name after the word for which part of a name it is: a first, given, last or family name, a surname, a maiden
 * name (first name Folasade, surname: Okafor, née SANTOS, 旧姓 SANTOS, geb. Brandt), in capitals too. The label says a
 * name follows, so a listed name that is a word as well is one (first name Joy); a word the lists lack is one only if no
 * dictionary holds it (first name field, surname required).
 */
const PART_LABEL = "(?:[Ff]irst|[Gg]iven|[Ll]ast|[Ff]amily|[Mm]aiden|[Mm]iddle)[ \\t]+name|[Ss]urname|née|geb\\.|旧姓";
const NAME_AFTER_LABEL = new RegExp(
  `(?:(?<![\\p{L}])(?:${PART_LABEL}))[ \\t　]*(?:[:：][ \\t　]*|is[ \\t]+)?["“「]?(?<name>${WORD}|\\p{Lu}{2,})(?![\\p{L}\\p{N}@_-])`,
  "dgu",
);

/** A name in capitals read as the lists write it (SANTOS: Santos). */
const asWritten = (word: string): string => (/^\p{Lu}+$/u.test(word) ? word.charAt(0) + word.slice(1).toLowerCase() : word);

const namePart = (word: string): boolean =>
  !isThing(word) && !isPlaceName(word) && (worldNames().latinGiven.has(word) || worldNames().latinFamily.has(word) || !isEnglishWord(word));

function findNamesAfterLabel(shadow: string): Span[] {
  return matchesOf(NAME_AFTER_LABEL, shadow).flatMap((match) => {
    if (!namePart(asWritten(match.groups!.name!))) return [];
    const [start, end] = match.indices!.groups!.name!;
    return [{ start, end }];
  });
}

export const NAME_AFTER_PART_LABEL: PiiDetector = gated(/name|née|geb\.|旧姓|[Ss]urname/, { type: "PERSON", find: findNamesAfterLabel });
