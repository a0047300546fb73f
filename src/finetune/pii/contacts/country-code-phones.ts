import { before, digitsOf, gated, hasDigits, patternDetector, type PiiDetector } from "../detector.js";
import { inNotPersonalContext } from "../context/number-context.js";
import { phoneWordWithin } from "../context/phone-words.js";

/**
 * A Japanese number written with its country code but no `+` (81-90-1234-5678, (81) 3-3354-1189, 81 80 4471 2286), as a
 * form that takes digits only or a foreign colleague copies it: 81, then the national number without its leading 0,
 * in groups. A mobile's (70/80/90/50 and eight digits) is a phone's whatever its cue; a landline's shape (nine digits)
 * is also a part's or a form's code, so only after a phone's word.
 */
const COUNTRY_CODE_PHONE =
  /(?<![\w+.\/-])(?:\(81\)|81)[ -]?(?:\(0\)[ -]?)?(?:[5789]0([ -])\d{4}\1\d{4}|[1-9]\d{0,3}([ -])\d{1,4}\2\d{4})(?![\w]|[-.\/]\d)/dg;
const PHONE_WORD_BEFORE = phoneWordWithin(16);

function acceptCountryCodePhone(match: RegExpExecArray, shadow: string): boolean {
  const national = digitsOf(match[0]).slice(2);
  if (inNotPersonalContext(shadow, match.index)) return false;
  if (national.length === 10) return /^[5789]0/.test(national);
  return national.length === 9 && PHONE_WORD_BEFORE.test(before(shadow, match.index, 32));
}

/**
 * A mobile's number with its country code as one run of twelve digits (819044182736), as an SMS gateway or a
 * messenger's export stores it: a run so long may be an order's or a code's, so only after a phone's or a text
 * message's word.
 */
const COUNTRY_CODE_MOBILE_RUN = /(?<![\w+.\/-])81[5789]0\d{8}(?![\w]|[-.\/]\d)/dg;
const MESSAGE_WORD_BEFORE = /(?:SMS|ショートメール|ショートメッセージ)[^\n]{0,16}$/;

const acceptMobileRun = (match: RegExpExecArray, shadow: string): boolean => {
  const ahead = before(shadow, match.index, 32);
  return (PHONE_WORD_BEFORE.test(ahead) || MESSAGE_WORD_BEFORE.test(ahead)) && !inNotPersonalContext(shadow, match.index);
};

export const COUNTRY_CODE_PHONE_DETECTORS: readonly PiiDetector[] = [
  gated((shadow) => shadow.includes("81") && hasDigits(11)(shadow), patternDetector("PHONE", COUNTRY_CODE_PHONE, acceptCountryCodePhone)),
  gated((shadow) => shadow.includes("81") && hasDigits(12)(shadow), patternDetector("PHONE", COUNTRY_CODE_MOBILE_RUN, acceptMobileRun)),
];
