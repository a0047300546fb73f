import { before, digitsOf, gated, patternDetector, type PiiDetector } from "../detector.js";
import { inNotPersonalContext } from "../context/number-context.js";
import { phoneWordWithin } from "../context/phone-words.js";

/**
 * A Japanese number written digit by digit with a space after each, as a form of boxes read back or an OCR'd page
 * gives it (0 9 0 - 5 5 1 2 - 3 3 0 9, 0 3 5 4 1 2 7 7 8 9): a mobile's eleven digits whatever its cue, a landline's ten
 * only after a phone's word, since a row of spaced digits may be a keypad's or a sequence's.
 */
const DIGIT_SPACED_PHONE = /(?<![\d-] ?)0(?:(?: | ?- ?)\d){9,10}(?! ?-? ?\d)/dg;
const PHONE_WORD_BEFORE = phoneWordWithin(16);

function acceptDigitSpaced(match: RegExpExecArray, shadow: string): boolean {
  const digits = digitsOf(match[0]);
  // Spaced digit by digit, not groups with a space between (090 5512 3309 is the domestic rule's).
  if ((match[0].match(/\d \d/g) ?? []).length < 4) return false;
  if (inNotPersonalContext(shadow, match.index)) return false;
  if (digits.length === 11) return /^0[5789]0/.test(digits);
  return digits[1] !== "0" && PHONE_WORD_BEFORE.test(before(shadow, match.index, 32));
}

export const DIGIT_SPACED_PHONE_DETECTOR: PiiDetector = gated(/\d \d \d \d/, patternDetector("PHONE", DIGIT_SPACED_PHONE, acceptDigitSpaced));
