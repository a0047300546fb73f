import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { ORGANISATION_WORD } from "./firm-words.js";
import { readsAsParts } from "./latin-name-cues.js";
import { worldNames } from "./world-name-lexicon.js";

/**
 * The person an English sentence joins to a found one by "and" or "&" ([Connor] and Maeve are playing; see [Marcus
 * Feldmann] and Aiko Thornton first): two people named together in a sentence. Only a given name the name lists hold
 * (faker's first names, or one that reads as a Japanese given name) opens it, and no English word or place: [Tom] and
 * Grace, [Tom] and London, [Tom] and Google stay.
 */
const AND_THEN_NAME = /^[ \t]+(?:and|&)[ \t]+(\p{Lu}\p{Ll}{1,15})(?:[ \t]+(\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?))?(?![\p{L}\p{N}'’@-])/u;

const isGivenName = (word: string): boolean =>
  (worldNames().latinGiven.has(word) || readsAsParts(word).given) && !isEnglishWord(word) && !isPlaceName(word) && !ORGANISATION_WORD.test(word);

/** A family name after that given name: a capitalised word that is no English word, place or firm's word (Thornton, not Street). */
const isFamilyName = (word: string): boolean => !isEnglishWord(word) && !isPlaceName(word) && !ORGANISATION_WORD.test(word);

/** Where the joined person stands in the text after a found name (its offset and length), if it names one. */
export function nameJoinedByAnd(after: string): { offset: number; length: number } | undefined {
  // The cheap literal first: most found names have no "and" or "&" after them.
  if (!after.includes("and") && !after.includes("&")) return undefined;
  const joined = AND_THEN_NAME.exec(after);
  if (joined === null || !isGivenName(joined[1]!)) return undefined;
  const family = joined[2];
  const offset = joined[0].indexOf(joined[1]!);
  return { offset, length: family !== undefined && isFamilyName(family) ? joined[0].length - offset : joined[1]!.length };
}
