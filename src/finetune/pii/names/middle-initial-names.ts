import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { isThing, WORD } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { NOT_A_GIVEN_NAME } from "../context/neighbour-words.js";

/**
 * A given name, a middle initial and a family name (Bryan K. Nakasone, Ana P. Reyes, Rommel B. Dizon), after a title, a
 * label or nothing: the pair rules read the given name alone and stopped at the initial, leaving the family name. A
 * courtesy title before it is kept, as the title rules keep it.
 */
const INITIALLED_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}'’.@_-])(?<title>(?:Mr|Mrs|Ms|Miss|Dr|Prof)\\.?[ \\t]+)?(?<given>${WORD})[ \\t]+\\p{Lu}\\.[ \\t]+(?<family>${WORD})(?![\\p{L}\\p{N}@_-])(?<after>[ \\t]+\\p{Lu}\\p{Ll}+)?`,
  "dgu",
);

const listed = (word: string): boolean => worldNames().latinGiven.has(word) || worldNames().latinFamily.has(word);
/** A name's word: listed or no English word (Plan B. Smith, Exhibit A. Morgan are no one's), never a thing's or a place's. */
const nameWord = (word: string): boolean => !isThing(word) && !isPlaceName(word) && (listed(word) || !isEnglishWord(word));
/** After a title a family name may be a word or a place's word too (Dr. Lee J. Park, Mr. John B. Hill). */
const titledFamilyName = (word: string): boolean => !isPlaceName(word) && !/^(?:Street|Road|Avenue|Station|Hospital|Clinic|Hotel|School)$/.test(word);

function findInitialledNames(shadow: string): Span[] {
  return matchesOf(INITIALLED_NAME, shadow).flatMap((match) => {
    const { title, given, family, after } = match.groups as { title?: string; given: string; family: string; after?: string };
    const familyOk = title === undefined ? nameWord(family) : titledFamilyName(family);
    // A preposition or a greeting before an initialled name is no given name (Per D. O'Sullivan, Dear J. Smith).
    if (!nameWord(given) || NOT_A_GIVEN_NAME.test(given) || !familyOk) return [];
    const [start, familyEnd] = [match.indices!.groups!.given![0], match.indices!.groups!.family![1]];
    if (after === undefined) return [{ start, end: familyEnd }];
    // A second family name goes with the name (Ana P. Reyes Santos); any other capitalised word after it makes the whole a
    // firm's or a place's (Rommel B. Dizon Shipping, Grace A. Park Hotel).
    return nameWord(after.trim()) ? [{ start, end: match.indices!.groups!.after![1] }] : [];
  });
}

/** The cue: a capital's initial and its dot between spaces before a capital. */
export const MIDDLE_INITIAL_NAME: PiiDetector = gated(/ \p{Lu}\. \p{Lu}/u, { type: "PERSON", find: findInitialledNames });
