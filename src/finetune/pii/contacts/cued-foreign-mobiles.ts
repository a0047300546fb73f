import { digitsOf, gated, hasDigits, patternDetector, type PiiDetector } from "../detector.js";
import { inNotPersonalContext } from "../context/number-context.js";
import { PHONE_WORD } from "../context/phone-words.js";

/**
 * A foreign mobile written nationally, without its country code, after a phone's word on its line: mainland China's
 * eleven digits from 13–19, grouped 3-4-4 or in one run (电话：139 1022 8874, 手机 186-2231-0475, Tel 13812345678), and
 * Germany's from 015, 016 or 017 (Kontakt: …, 0176 2284 9916; Handy 0151/2837 4410). No Japanese number has these
 * shapes, but an order's or a code's may, so the word says it is a phone's. China's words are its own (电话, 手机,
 * 手機, 联系电话).
 */
const CHINESE_MOBILE = /(?<![\w+.\/-])1[3-9]\d(?:([ -])\d{4}\1\d{4}|\d{8})(?![\w-]|[.,]\d)/dg;
const GERMAN_MOBILE = /(?<![\w+.\/-])01[5-7]\d{1,2}(?: ?\/ ?|[ -])?\d{3,4}[ -]?\d{3,5}(?![\w-]|[.,]\d)/dg;
/**
 * The word right before the number, or the word and a colon and the rest of a contact's line (Kontakt: Lena Vogt, …,
 * 0176 …): a word and more words before a number (Portable battery 0171 2345678) say it is the other word's.
 */
const CUE_BEFORE = new RegExp(`(?:${PHONE_WORD}|电话|手机|手機|联系方式)(?:[ \\t.:：]{0,3}|[ \\t]?[:：][^\\n]{0,60})$`, "u");

const cued = (match: RegExpExecArray, shadow: string): boolean =>
  CUE_BEFORE.test(shadow.slice(Math.max(0, match.index - 80), match.index)) && !inNotPersonalContext(shadow, match.index);
const germanLength = (match: RegExpExecArray, shadow: string): boolean => {
  const count = digitsOf(match[0]).length;
  return count >= 11 && count <= 12 && cued(match, shadow);
};

export const CUED_FOREIGN_MOBILE_DETECTORS: readonly PiiDetector[] = [
  gated((shadow) => /(?:^|[^\d])1[3-9]\d[ -]?\d{4}/.test(shadow) && hasDigits(11)(shadow), patternDetector("PHONE", CHINESE_MOBILE, cued)),
  gated((shadow) => shadow.includes("01") && hasDigits(11)(shadow), patternDetector("PHONE", GERMAN_MOBILE, germanLength)),
];
