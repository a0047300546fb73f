import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isNameOnlyWord, isThing } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { isEnglishWord } from "./english-person-tagger.js";
import { readsAsParts } from "./latin-name-cues.js";
import { isListedSingleName } from "./listed-single-names.js";

/**
 * Two given names joined as a couple's are, as a ring's engraving, a cake's plate or a wedding's sign writes them: by a
 * sign only couples take (Lan ∞ Kentaro, Sofia ♡ Haruto), or by `&` in capitals or not (RAFAEL & AKANE, Takumi & Mizuki).
 * A firm's pair is as often joined by `&` (Marks & Spencer, Johnson & Johnson, Kwan & Partners): there both words must
 * be given names and neither a family name the lists hold too (a partnership's surnames: Wilson & Taylor), neither an
 * English word, and no firm's word or possessive after them. Initials (K to A) are no names.
 */
const PAIR = /(?<![\p{L}\p{N}'’&.@_-])(?<first>\p{Lu}\p{Ll}+|\p{Lu}{2,})[ \t]*(?<joiner>[&∞♡❤♥])\uFE0F?[ \t]*(?<second>\p{Lu}\p{Ll}+|\p{Lu}{2,})(?![\p{L}\p{N}'’&@_-])/dgu;
const COUPLE_SIGN = /[∞♡❤♥]/;
/** A word after the pair that makes it a firm's or a thing's name (Kwan & Partners Talent, Tom & Jerry Show). */
const WORD_AFTER = /^[ \t]+(\p{Lu}\p{Ll}+)/u;

const capitalised = (word: string): string => word.charAt(0) + word.slice(1).toLowerCase();
const isGiven = (word: string): boolean => worldNames().latinGiven.has(word) || readsAsParts(word).given;
const isGivenOnly = (word: string): boolean => isGiven(word) && !worldNames().latinFamily.has(word);

function findPairs(shadow: string): Span[] {
  return matchesOf(PAIR, shadow).flatMap((match) => {
    const { first, second, joiner } = match.groups as { first: string; second: string; joiner: string };
    const words = [capitalised(first), capitalised(second)];
    if (words.some((word) => word.length < 2 || !isNameOnlyWord(word))) return [];
    const named = COUPLE_SIGN.test(joiner) ? words.every((word) => isGiven(word) || isListedSingleName(word)) : words.every(isGivenOnly);
    const end = match.index + match[0].length;
    const next = WORD_AFTER.exec(shadow.slice(end, end + 30))?.[1];
    if (!named || (next !== undefined && (isThing(next) || isEnglishWord(next)))) return [];
    const [firstStart, firstEnd] = match.indices!.groups!.first!;
    const [secondStart, secondEnd] = match.indices!.groups!.second!;
    return [
      { start: firstStart, end: firstEnd },
      { start: secondStart, end: secondEnd },
    ];
  });
}

/** The cue: a couple's sign, or `&` between two words. */
export const PAIRED_GIVEN_NAMES: PiiDetector = gated(/[∞♡❤♥]|\p{L} ?& ?\p{Lu}/u, { type: "PERSON", find: findPairs });
