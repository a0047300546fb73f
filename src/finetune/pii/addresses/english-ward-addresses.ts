import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A house on a street, then its ward and its district in English, as a Vietnamese or another city's address is written
 * for foreigners (72/5 Le Thanh Ton, Ben Nghe Ward, District 1, Ho Chi Minh City): the house number, an alley's after a
 * slash too, and the street under a named ward and a district name one household's door; the city after them joins it.
 * A ward or a district alone is a place, and is left.
 */
const PLACE = String.raw`\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3}`;
const HOUSE = String.raw`(?<![\p{L}\d/])\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?){0,2}`;
const DISTRICT = String.raw`(?:District \d{1,2}|${PLACE} District)`;
const WARD_ADDRESS = new RegExp(`${HOUSE},? ${PLACE}, ${PLACE} Ward, ${DISTRICT}(?:, ${PLACE})?`, "dgu");

export const ENGLISH_WARD_ADDRESS_DETECTORS: readonly PiiDetector[] = [
  gated(/ Ward, (?:District \d|\p{Lu}\p{Ll}* District)/u, patternDetector("ADDRESS", WARD_ADDRESS)),
];
