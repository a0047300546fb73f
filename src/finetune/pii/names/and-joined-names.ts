import type { Span } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { ORGANISATION_WORD } from "../lexicon/firm-words.js";
import { readsAsParts } from "./latin-name-cues.js";
import type { Beside } from "../context/neighbour-spans.js";
import { NOT_A_GIVEN_NAME } from "../context/neighbour-words.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { isCommonEnglishWord } from "../lexicon/common-english-words.js";

/**
 * The person an English sentence joins to a found one by "and" or "&" ([Connor] and Maeve are playing; see [Marcus
 * Feldmann] and Aiko Thornton first, [Leon] and Amara's flight): two people named together in a sentence. Only a given name the name lists hold
 * (faker's first names, or one that reads as a Japanese given name) opens it, and no English word or place: [Tom] and
 * Grace, [Tom] and London, [Tom] and Google stay. Before a found Latin name, the given name joined to it (出場選手の Ryo
 * and [Sven] are …).
 */
const AND_THEN_NAME = /^[ \t]+(?:and|&)[ \t]+(\p{Lu}\p{Ll}{1,15})(?:[ \t]+(\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?))?(?![\p{L}\p{N}@-]|['’](?!s(?!\p{L})))/u;

const isGivenName = (word: string): boolean =>
  (worldNames().latinGiven.has(word) || readsAsParts(word).given) && !isEnglishWord(word) && !isPlaceName(word) && !ORGANISATION_WORD.test(word);

/** A family name after that given name: a capitalised word that is no English word, place or firm's word (Thornton, not Street). */
const isFamilyName = (word: string): boolean => !isEnglishWord(word) && !isPlaceName(word) && !ORGANISATION_WORD.test(word);

/**
 * A given name the lists lack before a family name they hold, joined to a found full name ([Teodora Valdivia] and Brannagh
 * Figueroa): the two words read as a person's where the found one is a full name too; neither an English word,
 * place or firm's word (… and Marks Spencer is no one's: Marks is a word).
 */
const unlistedGivenBeforeFamily = (shadow: string, span: Span, given: string, family: string | undefined): boolean =>
  family !== undefined && /[ \t]/.test(shadow.slice(span.start, span.end)) && worldNames().latinFamily.has(family) && isFamilyName(family) && isFamilyName(given) && !isCommonEnglishWord(given);

/** The person joined by "and" after a found name, if the text after it names one. */
export function nameAfterAnd({ shadow, span, after }: Beside): Span | undefined {
  // The cheap literal first: most found names have no "and" or "&" after them.
  if (!after.includes("and") && !after.includes("&")) return undefined;
  const joined = AND_THEN_NAME.exec(after);
  if (joined === null || !(isGivenName(joined[1]!) || unlistedGivenBeforeFamily(shadow, span, joined[1]!, joined[2]))) return undefined;
  const family = joined[2];
  const start = span.end + joined[0].indexOf(joined[1]!);
  return { start, end: family !== undefined && isFamilyName(family) ? span.end + joined[0].length : start + joined[1]!.length };
}

/** A capitalised word and "and" or & right before a found name. */
const LATIN_AND_BEFORE = /(?<![\p{L}\p{N}'’.@_-])(\p{Lu}\p{Ll}{1,15})[ \t]+(?:and|&)[ \t]+$/u;
/** How far before a found name that word and its "and" may start: its sixteen letters, "and" and the spaces. */
const AND_BEFORE_REACH = 24;

/** A given name joined by "and" before a found Latin name: a listed one, or one that reads as romaji. */
export function givenNameBeforeAnd({ shadow, span }: Beside): Span | undefined {
  // Its own window: the lists' short one cuts a long given name and its "and" (Priyamvada and [Higa]-san).
  const andBefore = LATIN_AND_BEFORE.exec(shadow.slice(Math.max(0, span.start - AND_BEFORE_REACH), span.start));
  if (andBefore === null) return undefined;
  const given = andBefore[1]!;
  if (!/^\p{Lu}/u.test(shadow.slice(span.start, span.end)) || isEnglishWord(given) || NOT_A_GIVEN_NAME.test(given)) return undefined;
  if (!(worldNames().latinGiven.has(given) || readsAsParts(given).given)) return undefined;
  const start = span.start - andBefore[0].length;
  return { start, end: start + given.length };
}
