import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord } from "./english-person-tagger.js";
import { isCommonEnglishWord } from "../lexicon/common-english-words.js";
import { isThing, WORD } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * A full name with what the person goes by in quotes between its parts (Marguerite "Maggie" Delacourt-Ono, Robert
 * “Bobby” Tanaka-Hale, initials in capitals too: Kenji "KJ" Ohama), two given or family names too (Maria Concepcion
 * "Connie" Dela Paz-Yamamoto): masked whole. The first word is a given name of the
 * lists and the quoted one no English word, so a product's or a thing's name with a quoted word (Apple "Magic" Keyboard,
 * Jordan "Air" Max) stays.
 */
const NICKNAME_IN_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?<name>(?<given>${WORD})(?<middle>[ \\t]+${WORD})?[ \\t]+["“](?<nickname>${WORD}|\\p{Lu}{2,4})["”][ \\t]+(?<family>${WORD})(?<second>[ \\t]+${WORD})?)(?![\\p{L}\\p{N}@_-])`,
  "dgu",
);

const nameWord = (word: string): boolean => !isThing(word) && (worldNames().latinGiven.has(word) || worldNames().latinFamily.has(word) || !isEnglishWord(word));

/** A nickname in capitals (Kenji "KJ" Ohama) is read as the word it may spell too (Jordan "AIR" Max). */
const isWord = (word: string): boolean => [word, word.charAt(0) + word.slice(1).toLowerCase()].some((form) => isEnglishWord(form) || isCommonEnglishWord(form));

function findNicknameInName(shadow: string): Span[] {
  return matchesOf(NICKNAME_IN_NAME, shadow).flatMap((match) => {
    const { given, middle, nickname, family, second } = match.groups!;
    if (isWord(nickname!) || isThing(nickname!) || isThing(family!)) return [];
    // Two words before the quotes: both the name's (Maria Concepcion), or a word and the given name (Coach Roberto "RJ").
    const groups = match.indices!.groups!;
    const twoGiven = middle !== undefined && worldNames().latinGiven.has(given!) && nameWord(middle.trim());
    const first = middle === undefined || twoGiven ? given! : middle.trim();
    if (!worldNames().latinGiven.has(first)) return [];
    const start = twoGiven || middle === undefined ? groups.given![0] : groups.middle![1] - first.length;
    const end = second !== undefined && nameWord(second.trim()) ? match.indices!.groups!.second![1] : match.indices!.groups!.family![1];
    return [{ start, end }];
  });
}

export const NICKNAME_IN_NAME_DETECTOR: PiiDetector = gated(/[a-z][ \t]+["“][A-Z]/, { type: "PERSON", find: findNicknameInName });
