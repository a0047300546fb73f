import { before, digitsOf, gated, patternDetector, type PiiDetector } from "../detector.js";
import { inNotPersonalContext } from "../context/number-context.js";
import { phoneWordWithin } from "../context/phone-words.js";

/**
 * A Japanese number whose groups are parted by slashes, as a form's free field or a foreign colleague writes them
 * (090/4418/2736, 03/5412/7789): a mobile's eleven digits whatever its cue; a landline's ten only after a phone's word,
 * since a code may be slashed so too. A date (09/12/2026) holds too few digits.
 */
const SLASH_GROUPED_PHONE = /(?<![\w/.-])0\d{1,4}\/\d{1,4}\/\d{3,4}(?![\w/]|[.,]\d)/dg;
const PHONE_WORD_BEFORE = phoneWordWithin(16);

function acceptSlashGrouped(match: RegExpExecArray, shadow: string): boolean {
  const digits = digitsOf(match[0]);
  if (inNotPersonalContext(shadow, match.index)) return false;
  if (digits.length === 11) return /^0[5789]0/.test(digits);
  return digits.length === 10 && digits[1] !== "0" && PHONE_WORD_BEFORE.test(before(shadow, match.index, 32));
}

export const SLASH_GROUPED_PHONE_DETECTOR: PiiDetector = gated(/0\d{1,4}\/\d/, patternDetector("PHONE", SLASH_GROUPED_PHONE, acceptSlashGrouped));
