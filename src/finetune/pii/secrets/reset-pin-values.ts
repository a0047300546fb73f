import { gated, linesWithOffsets, patternDetector, type PiiDetector, type Span } from "../detector.js";

/**
 * The digits a PIN was reset to, on a line that names the PIN and says it was reset, one value per person listed
 * (送迎カードの暗証番号を忘れた家庭が2件 → 鰐渕 家は 4471 に再設定、四十物 家は 0926; PIN reset: 田中さんは 558201 に変更):
 * four to eight digits after は, or before に/へ and the reset's verb. A count, a year, a sum or a phone on the line
 * (2件, 2026年, 1100円, 0120-…) is no PIN.
 */
export const PIN_WORD = /暗証番号|パスコード|(?<![A-Za-z])PIN(?![A-Za-z])/u;
export const RESET_WORD = /再設定|リセット|変更|初期化/u;
const PIN_VALUE =
  /(?:(?<=は[ \t　]*)(?<![\d-])\d{4,8}(?![\d-]|[ \t　]*[年月日円件名人回個台歳%.,:]))|(?<![\d-])\d{4,8}(?=[ \t　]*(?:に|へ)(?:再設定|リセット|変更|初期化))/gu;

const resetPins: PiiDetector = {
  type: "SECRET",
  find: (shadow) => {
    const spans: Span[] = [];
    for (const { line, start: lineStart } of linesWithOffsets(shadow)) {
      const cue = PIN_WORD.exec(line);
      if (cue !== null && RESET_WORD.test(line.slice(cue.index))) {
        for (const value of line.slice(cue.index).matchAll(PIN_VALUE)) {
          const start = lineStart + cue.index + value.index;
          spans.push({ start, end: start + value[0].length });
        }
      }
    }
    return spans;
  },
};

/**
 * Digits given right after a reset's verb (再設定して 660413。, リセットし、204417 で仮発行): the new password or PIN told to its
 * holder, in an answer that may not repeat the password's word its question asked. Six to eight digits; no count, year,
 * sum or time after them (再設定して 2件, リセットして 100000円).
 */
const VALUE_AFTER_RESET = /(?:再設定|リセット|初期化)(?:して|し、)[ \t　]*(?<secret>\d{6,8})(?![\d-]|[ \t　]*[年月日円件名人回個台歳時分%.,:])/dgu;

// The line's own words are the gates: the cue scan reads the same literals from them (PIN's lookarounds add none).
export const RESET_PIN_VALUES: readonly PiiDetector[] = [
  gated(PIN_WORD, gated(RESET_WORD, resetPins)),
  gated(/再設定|リセット|初期化/, patternDetector("SECRET", VALUE_AFTER_RESET)),
];
