import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isNameOnlyWord, isThing, WORD } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { isPlaceName } from "./english-person-tagger.js";

/**
 * A person a note cannot place, named by what they are called (a message from someone called Radka, a man named Ivo
 * Brandl, a lady by the name of Ragnhild): one or two capitalised words after a person's word and called, named or by the
 * name of. Named says a name follows; called is a verb as often (a guest called Reception), so after it a word is
 * one only where the lists hold it as a name or no dictionary holds it.
 */
const PERSON_WORD =
  "[Ss]omeone|[Ss]omebody|[Aa]nyone|(?:[Aa]n?|[Oo]ne|[Tt]his|[Tt]hat)[ \\t]+(?:man|woman|guy|lady|gentleman|girl|boy|person|caller|customer|client|guest|visitor|student|friend|kid|child|parent|patient|tenant)";
const SO_CALLED = new RegExp(
  `(?<![\\p{L}])(?:${PERSON_WORD})[ \\t]+(?<how>called|named|by[ \\t]+the[ \\t]+name[ \\t]+of)[ \\t]+(?<name>${WORD}(?:[ \\t]+${WORD})?)(?![\\p{L}\\p{N}@_-])`,
  "dgu",
);

const listedName = (word: string): boolean => worldNames().latinGiven.has(word) || worldNames().latinFamily.has(word);

function findNamesSoCalled(shadow: string): Span[] {
  return matchesOf(SO_CALLED, shadow).flatMap((match) => {
    const words = match.groups!.name!.split(/[ \t]+/);
    if (words.some((word) => isThing(word) || isPlaceName(word))) return [];
    if (match.groups!.how === "called" && !words.every((word) => listedName(word) || isNameOnlyWord(word))) return [];
    const [start, end] = match.indices!.groups!.name!;
    return [{ start, end }];
  });
}

export const LATIN_NAME_SO_CALLED: PiiDetector = gated(/(?:called|named|name of) [A-Z]/u, { type: "PERSON", find: findNamesSoCalled });
