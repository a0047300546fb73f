import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";

/**
 * A name spelt letter by letter for a caller (she spelt her name "O-Y-E-L-A-R-A-N", spelled K.O.W.A.L.S.K.I, スペルは
 * M-U-E-L-L-E-R): four letters or more, hyphened or dotted, with a vowel, a word for spelling in the 40 characters
 * before it, a line's break between them too. A code read out so holds digits or no vowel (Q-R-T-X, A-4-B-7) and stays.
 */
const SPELLING_CUE = /(?:(?<!\p{L})[Ss]pel(?:t|led|ling|ls|l)(?!\p{L})|綴り|つづり|スペル)/u;
const SPELT_WORD = /(?<![\p{L}\p{N}.-])\p{Lu}(?:[-.]\p{Lu}){3,}\.?(?![\p{L}\p{N}-])/gu;
const VOWEL = /[AEIOUY]/;

function findSpeltNames(shadow: string): Span[] {
  return matchesOf(SPELT_WORD, shadow).flatMap((match) => {
    if (!VOWEL.test(match[0]) || !SPELLING_CUE.test(shadow.slice(Math.max(0, match.index - 40), match.index))) return [];
    return [{ start: match.index, end: match.index + match[0].length }];
  });
}

export const SPELT_NAME: PiiDetector = gated(/\p{Lu}[-.]\p{Lu}[-.]\p{Lu}[-.]\p{Lu}/u, { type: "PERSON", find: findSpeltNames });
