import { gated, matchesOf, type PiiDetector } from "./detector.js";

/**
 * A Japan Post Bank account: its 記号 (five digits from 1, perhaps a check digit after a hyphen) and its 番号 (up to
 * eight digits), written as a pair (記号 12340 番号 87654321). Both are the holder's account; neither is labelled as a
 * person's by its own word (記号 alone is any symbol's).
 */
const SYMBOL_THEN_NUMBER = /記号[ \t]*[:：]?[ \t]*(?<symbol>1\d{4}(?:-\d)?)(?!\d)[ \t]*[、,，/／]?[ \t]*番号[ \t]*[:：]?[ \t]*(?<number>\d{5,8})(?![\d-])/dg;

export const POSTAL_BANK_DETECTORS: readonly PiiDetector[] = [
  gated(/記号[ \t]*[:：]?[ \t]*1\d{4}/, {
    type: "PERSONAL_ID",
    find: (shadow) =>
      matchesOf(SYMBOL_THEN_NUMBER, shadow).flatMap((match) =>
        [match.indices!.groups!.symbol!, match.indices!.groups!.number!].map(([start, end]) => ({ start, end })),
      ),
  }),
];
