import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { isNameOnlyWord, isThing, WORD } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { readsAsParts } from "./latin-name-cues.js";

/*
 * A short Latin name, then the person's full name in brackets that begins or ends with it, as a chat's speaker or a
 * register gives a name it calls a person by (Anh Thư（Võ Anh Thư）, Kenta (Sato Kenta), Ana (Ana Beatriz Souza)): the
 * bracket spells out whose short name it is, in any list or none. A thing or a place is written so too (Tokyo (Tokyo
 * Station), Word (Microsoft Word)): no word a thing's or a place's, and the short name no English word.
 */
const SHORT_BEFORE_FULL = new RegExp(
  `(?<![\\p{L}\\p{N}'’.@_-])(?<short>${WORD}(?:[ \\t]+${WORD})?)[ \\t]*[（(](?<full>${WORD}(?:[ \\t]+${WORD}){1,3})[）)]`,
  "dgu",
);

/**
 * A word the bracket adds to the short name: no English word, and a name the lists hold, one in romaji, or one written
 * with a letter English lacks (Souza, Sato, Võ); a brand's second word is none (Seiko (Seiko Epson)).
 */
const addedNameWord = (word: string): boolean =>
  isNameOnlyWord(word) && (worldNames().latinFamily.has(word) || worldNames().latinGiven.has(word) || readsAsParts(word).surname || readsAsParts(word).given || /[^\x00-\x7F]/.test(word));

/** A short name and the words in brackets after it that begin or end with it: the short name, the full one, what the full adds, and where. */
export interface ShortBeforeFull {
  short: string;
  full: string;
  /** The full name's words but the short name's, as it begins (`first`) or ends with it. */
  rest: string[];
  first: boolean;
  shortSpan: Span;
  fullSpan: Span;
}

/** Each short name before its full name in brackets (SHORT_BEFORE_FULL), a person's or a thing's. */
export function shortNamesBeforeFull(shadow: string): ShortBeforeFull[] {
  return matchesOf(SHORT_BEFORE_FULL, shadow).flatMap((match) => {
    const { short, full } = match.groups as { short: string; full: string };
    const first = full.startsWith(`${short} `);
    if (!first && !full.endsWith(` ${short}`)) return [];
    const rest = (first ? full.slice(short.length + 1) : full.slice(0, full.length - short.length - 1)).split(/[ \t]+/);
    const [shortStart, shortEnd] = match.indices!.groups!.short!;
    const [fullStart, fullEnd] = match.indices!.groups!.full!;
    return [{ short, full, rest, first, shortSpan: { start: shortStart, end: shortEnd }, fullSpan: { start: fullStart, end: fullEnd } }];
  });
}

function findShortBeforeFull(shadow: string): Span[] {
  return shortNamesBeforeFull(shadow).flatMap(({ short, full, rest, shortSpan, fullSpan }) => {
    if (full.split(/[ \t]+/).some((word) => isThing(word) || isPlaceName(word)) || short.split(/[ \t]+/).some(isEnglishWord)) return [];
    return rest.every(addedNameWord) ? [shortSpan, fullSpan] : [];
  });
}

export const SHORT_NAME_BEFORE_FULL_NAME: PiiDetector = gated(/\p{Ll}[ \t]*[（(]\p{Lu}/u, { type: "PERSON", find: findShortBeforeFull });
