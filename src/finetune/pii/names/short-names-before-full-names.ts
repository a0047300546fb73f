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

function findShortBeforeFull(shadow: string): Span[] {
  return matchesOf(SHORT_BEFORE_FULL, shadow).flatMap((match) => {
    const { short, full } = match.groups as { short: string; full: string };
    const spelledOut = full.startsWith(`${short} `) || full.endsWith(` ${short}`);
    const words = full.split(/[ \t]+/);
    const rest = full.startsWith(`${short} `) ? full.slice(short.length + 1) : full.slice(0, full.length - short.length - 1);
    if (!spelledOut || words.some((word) => isThing(word) || isPlaceName(word)) || short.split(/[ \t]+/).some(isEnglishWord)) return [];
    if (!rest.split(/[ \t]+/).every(addedNameWord)) return [];
    const [shortStart, shortEnd] = match.indices!.groups!.short!;
    const [fullStart, fullEnd] = match.indices!.groups!.full!;
    return [
      { start: shortStart, end: shortEnd },
      { start: fullStart, end: fullEnd },
    ];
  });
}

export const SHORT_NAME_BEFORE_FULL_NAME: PiiDetector = gated(/\p{Ll}[ \t]*[（(]\p{Lu}/u, { type: "PERSON", find: findShortBeforeFull });
