import { gated, matchesOf, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A Japan Post Bank account: its 記号 (five digits from 1, perhaps a check digit after a hyphen) and its 番号 (up to
 * eight digits), written as a pair (記号 12340 番号 87654321). Both are the holder's account; neither is labelled as a
 * person's by its own word (記号 alone is any symbol's).
 */
const SYMBOL_THEN_NUMBER = /記号[ \t]*[:：]?[ \t]*(?<symbol>1\d{4}(?:-\d)?)(?!\d)[ \t]*[、,，/／]?[ \t]*番号[ \t]*[:：]?[ \t]*(?<number>\d{5,8})(?![\d-])/dg;

/**
 * The same account after the bank's name, in Japanese or in romaji (Yucho Bank), its 記号 and 番号 joined by a hyphen
 * as the bank prints them (ゆうちょ銀行 10170-12345671): a pair of that form after the bank's name is an account, whatever words stand between.
 */
const BANK_THEN_PAIR = /(?:ゆうちょ|郵便貯金|(?<![A-Za-z])(?:Japan Post Bank|Yu?ucho)|(?<![A-Za-z])JP ?BANK)[^\n\d]{0,16}(?<secret>1\d{4}-\d{5,8})(?![\d-])/dg;

/**
 * The same pair written in English after the bank's name (Japan Post Bank symbol 10180 number 72649831, Yucho kigo
 * 11370 bango 4471028, ゆうちょ銀行 code 10140, no. 73308251): the 記号's word (symbol, kigo, code) and the 番号's (number,
 * no., bango, #) as a desk translates them, a note's line perhaps wrapped between.
 */
const BANK_THEN_ENGLISH_PAIR =
  /(?:ゆうちょ|郵便貯金|(?<![A-Za-z])(?:Japan Post Bank|Yu?ucho)|(?<![A-Za-z])JP ?BANK)[^\n\d]{0,24}?(?<![A-Za-z])(?:[Ss]ymbol|[Kk]igou?|[Cc]ode|記号)[ \t]*[:：]?\s*(?<symbol>1\d{4}(?:-\d)?)(?!\d)[ \t]*[,，/]?\s*(?:[Nn]umber|[Nn]o\.?|[Bb]angou?|#|番号)[ \t]*[:：]?\s*(?<number>\d{5,8})(?![\d-])/dg;

const symbolAndNumber = (pattern: RegExp): PiiDetector => ({
  type: "PERSONAL_ID",
  find: (shadow) =>
    matchesOf(pattern, shadow).flatMap((match) => [match.indices!.groups!.symbol!, match.indices!.groups!.number!].map(([start, end]) => ({ start, end }))),
});

export const POSTAL_BANK_DETECTORS: readonly PiiDetector[] = [
  gated(/ゆうちょ|郵便貯金|Japan Post Bank|Yu?ucho|JP ?BANK/, patternDetector("PERSONAL_ID", BANK_THEN_PAIR)),
  gated(/記号[ \t]*[:：]?[ \t]*1\d{4}/, symbolAndNumber(SYMBOL_THEN_NUMBER)),
  gated(/ゆうちょ|郵便貯金|Japan Post Bank|Yu?ucho|JP ?BANK/, symbolAndNumber(BANK_THEN_ENGLISH_PAIR)),
];
