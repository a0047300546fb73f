import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { isNameOnlyWord, isThing, WORD } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { readsAsParts, spellsAsRomaji } from "./latin-name-cues.js";

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

/** A romaji honorific a short name's hyphened word takes in (Ryusei-san): no part of the name. */
const ROMAJI_HONORIFIC = /-(?:san|sama|kun|chan|sensei)$/;

/**
 * A word the bracket adds to the short name: no English word, and a name the lists hold, one in romaji, or one written
 * with a letter English lacks (Souza, Sato, Võ); a brand's second word is none (Seiko (Seiko Epson)).
 * After a romaji honorific (Ryusei-san (Tsurugaya Ryusei)) the person is Japanese, and a rare surname no list reads
 * still names them when it is spelt as Hepburn romaji is and no English word or place.
 */
const addedNameWord = (word: string, afterHonorific: boolean): boolean =>
  isNameOnlyWord(word) && ((afterHonorific && spellsAsRomaji(word)) || worldNames().latinFamily.has(word) || worldNames().latinGiven.has(word) || readsAsParts(word).surname || readsAsParts(word).given || /[^\x00-\x7F]/.test(word));

/** A short name and the words in brackets after it that begin or end with it: the short name, the full one, what the full adds, and where. */
export interface ShortBeforeFull {
  short: string;
  full: string;
  /** The full name's words but the short name's, as it begins (`first`) or ends with it. */
  rest: string[];
  first: boolean;
  /** Whether a romaji honorific follows the short name (Ryusei-san). */
  honorific: boolean;
  shortSpan: Span;
  fullSpan: Span;
}

/** Each short name before its full name in brackets (SHORT_BEFORE_FULL), a person's or a thing's. */
export function shortNamesBeforeFull(shadow: string): ShortBeforeFull[] {
  return matchesOf(SHORT_BEFORE_FULL, shadow).flatMap((match) => {
    const { short: written, full } = match.groups as { short: string; full: string };
    const short = written.replace(ROMAJI_HONORIFIC, "");
    const first = full.startsWith(`${short} `);
    if (!first && !full.endsWith(` ${short}`)) return [];
    const rest = (first ? full.slice(short.length + 1) : full.slice(0, full.length - short.length - 1)).split(/[ \t]+/);
    const [shortStart] = match.indices!.groups!.short!;
    const shortEnd = shortStart + short.length;
    const [fullStart, fullEnd] = match.indices!.groups!.full!;
    return [{ short, full, rest, first, honorific: short !== written, shortSpan: { start: shortStart, end: shortEnd }, fullSpan: { start: fullStart, end: fullEnd } }];
  });
}

function findShortBeforeFull(shadow: string): Span[] {
  return shortNamesBeforeFull(shadow).flatMap(({ short, full, rest, first, honorific, shortSpan, fullSpan }) => {
    if (full.split(/[ \t]+/).some((word) => isThing(word) || isPlaceName(word)) || short.split(/[ \t]+/).some(isEnglishWord)) return [];
    if (!rest.every((word) => addedNameWord(word, honorific))) return [];
    // The added words alone too: where another rule masked the short name inside the bracket, the full name overlaps it.
    const words = matchesOf(/\S+/gu, full);
    const added = first ? words.slice(words.length - rest.length) : words.slice(0, rest.length);
    return [shortSpan, fullSpan, ...added.map((word) => ({ start: fullSpan.start + word.index, end: fullSpan.start + word.index + word[0].length }))];
  });
}

export const SHORT_NAME_BEFORE_FULL_NAME: PiiDetector = gated(/\p{Ll}[ \t]*[（(]\p{Lu}/u, { type: "PERSON", find: findShortBeforeFull });
