import { gated, hasDigits, patternDetector, type PiiDetector } from "../detector.js";
import { inNotPersonalContext } from "../context/number-context.js";
import { hasPhoneWord, PHONE_WORD } from "../context/phone-words.js";

/**
 * A Philippine mobile written nationally: 09, two digits more of the network's prefix, then three and four digits,
 * grouped 4-3-4 by spaces or hyphens (0926 411 7083, 0917-555-2184), as a tutor or a worker from there gives a GCash or
 * a contact number. No Japanese number has eleven digits from 09 but a 090 mobile, grouped 3-4-4; the groups joined
 * alike, so a list of numbers stays apart. Not after an order's, a tracking's or a product's word.
 */
const PHILIPPINE_MOBILE = /(?<![\w+.-])09\d{2}([ -])\d{3}\1\d{4}(?![\w-]|[.,]\d)/dg;

/**
 * The same number in one run of eleven digits (09171234567), as a form's field or a chat writes it: only after a phone's
 * word or a wallet's keyed by the mobile (GCash, Maya, Viber) on its line, as an order's or a tracking's number has
 * eleven digits too. 090 is a Japanese mobile's, which the phone rules take.
 */
const PHILIPPINE_MOBILE_RUN = /(?<![\w+.-])09[1-9]\d{8}(?![\w-]|[.,]\d)/dg;
const MOBILE_CUE_BEFORE = new RegExp(`(?:${PHONE_WORD}|GCash|Maya|Viber)[^\\n]{0,30}$`, "u");

export const PHILIPPINE_MOBILE_DETECTOR: PiiDetector = gated(
  (shadow) => shadow.includes("09") && hasDigits(11)(shadow),
  patternDetector("PHONE", PHILIPPINE_MOBILE, (match, shadow) => !inNotPersonalContext(shadow, match.index)),
);

export const PHILIPPINE_MOBILE_RUN_DETECTOR: PiiDetector = gated(
  (shadow) => shadow.includes("09") && hasDigits(11)(shadow) && (hasPhoneWord(shadow) || /GCash|Maya|Viber/.test(shadow)),
  patternDetector("PHONE", PHILIPPINE_MOBILE_RUN, (match, shadow) =>
    MOBILE_CUE_BEFORE.test(shadow.slice(Math.max(0, match.index - 60), match.index)) && !inNotPersonalContext(shadow, match.index)),
);
