import { gated, hasDigits, patternDetector, type PiiDetector } from "./detector.js";
import { inNotPersonalContext } from "./number-context.js";

/**
 * A Philippine mobile written nationally: 09, two digits more of the network's prefix, then three and four digits,
 * grouped 4-3-4 by spaces or hyphens (0926 411 7083, 0917-555-2184), as a tutor or a worker from there gives a GCash or
 * a contact number. No Japanese number has eleven digits from 09 but a 090 mobile, grouped 3-4-4; the groups joined
 * alike, so a list of numbers stays apart. Not after an order's, a tracking's or a product's word.
 */
const PHILIPPINE_MOBILE = /(?<![\w+.-])09\d{2}([ -])\d{3}\1\d{4}(?![\w-]|[.,]\d)/dg;

export const PHILIPPINE_MOBILE_DETECTOR: PiiDetector = gated(
  (shadow) => shadow.includes("09") && hasDigits(11)(shadow),
  patternDetector("PHONE", PHILIPPINE_MOBILE, (match, shadow) => !inNotPersonalContext(shadow, match.index)),
);
