import type { Beside } from "../context/neighbour-spans.js";
import type { Span } from "../detector.js";
import { firmAfterName, ORGANISATION_WORD } from "../lexicon/firm-words.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";

/*
 * Two full names joined by an ampersand (Priya Nair & Tom Reed went home): two people. A firm named after its partners
 * writes their surnames alone (Carter & Lowe, Marks & Spencer, Smith & Wesson), so an ampersand makes a name a firm's
 * only where no given name and family name stand on its other side. A firm's word after them still makes them a
 * firm's (Priya Nair & Tom Reed Consulting: firmAfterName reads past the partner).
 */
const FULL_NAME_AFTER = /^[ \t]+&[ \t]+(\p{Lu}\p{Ll}{1,15})[ \t]+(\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?)(?![\p{L}\p{N}'’@-])/u;
const FULL_NAME_BEFORE = /(?<![\p{L}\p{N}'’.@_-])(\p{Lu}\p{Ll}{1,15})[ \t]+(\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?)[ \t]+&[ \t]+$/u;

/**
 * A listed given name that is no English word, then a family name; neither a place or a firm's word. The family name
 * may be a word (Tom Reed, Anna Bell): the given name before it makes it a name.
 */
const isFullName = (given: string, family: string): boolean =>
  worldNames().latinGiven.has(given) && !isEnglishWord(given) && [given, family].every((word) => !isPlaceName(word) && !ORGANISATION_WORD.test(word));

/** The full name after an ampersand at the start of `after`, by its offsets there. */
function fullNameJoined(after: string): Span | undefined {
  const joined = after.includes("&") ? FULL_NAME_AFTER.exec(after) : null;
  if (joined === null || !isFullName(joined[1]!, joined[2]!) || firmAfterName(after.slice(joined[0].length), { ampersandAlone: false })) return undefined;
  return { start: joined[0].indexOf(joined[1]!), end: joined[0].length };
}

/** Whether the text after a name (from its end) is an ampersand and a full name. */
export const fullNameAfterAmpersand = (after: string): boolean => fullNameJoined(after) !== undefined;

/** The full name joined by an ampersand after a found name (Priya Nair & Tom Reed), whole: the "and" join would take Tom alone. */
export function fullNameAfterFoundAndAmpersand({ span, after }: Beside): Span | undefined {
  const joined = fullNameJoined(after);
  return joined && { start: span.end + joined.start, end: span.end + joined.end };
}

/** Whether the text before a name (up to its start) ends in a full name and an ampersand. */
export function fullNameBeforeAmpersand(before: string): boolean {
  const joined = before.includes("&") ? FULL_NAME_BEFORE.exec(before) : null;
  return joined !== null && isFullName(joined[1]!, joined[2]!);
}
