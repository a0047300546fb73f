import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { OTHER_NUMBER_BETWEEN } from "./lock-code-detectors.js";

/**
 * A PIN's word, then in the same sentence an arrow and its digits (ATMの暗証は「孫の誕生日」とのこと → ０３１２ と書いた紙,
 * PIN was her birthday -> 0412): a note's way of writing what the PIN turned out to be. Four to eight digits with no
 * unit, date, time or other number after them (暗証番号の桁数 → 4桁, 暗証番号の変更 → 2026年), and no other number's word
 * between (暗証番号は部屋番号 → 1203).
 */
const PIN_THEN_ARROW =
  /(?:暗証(?:番号)?|(?<![A-Za-z])PIN(?![A-Za-z]))(?<gap>[^\n。.!?！？]{0,40}?)(?:→|->|⇒)[ \t　]*(?<secret>(?<![\d-])\d{4,8})(?![\d:/-]|[.,]\d|[ \t]*[桁文字回円年月日件分秒時%人個歳号階])/dg;

export const PIN_AFTER_ARROW: PiiDetector = gated(
  /(?:暗証|PIN)[^\n]{0,40}(?:→|->|⇒)/,
  patternDetector("SECRET", PIN_THEN_ARROW, (match) => !OTHER_NUMBER_BETWEEN.test(match.groups!.gap!)),
);
