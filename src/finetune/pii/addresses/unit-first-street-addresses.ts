import { gated, patternDetector, type PiiDetector } from "../detector.js";

/** A capitalised word, or two to four of them (Clementi Close, Camino del Rio: a Spanish or French street's small joins too). */
const NAME = String.raw`[A-Z][a-z'’]+(?:\s(?:de|del|la|las|los|le|du|des|[A-Z][a-z'’]+)){0,4}`;

/**
 * A Singapore flat written unit first (#11-07, 38 Clementi Close, Singapore 129810): the floor and unit after #, the
 * block's number and its street, then Singapore and its six-digit postcode. The unit and the postcode around the
 * street say it is one household's, where the street alone is a road. The postcode is the postal code's rule's, which
 * reads first: the address is masked up to it.
 */
const SINGAPORE_UNIT_FIRST = new RegExp(String.raw`#\d{2}-\d{2,4},\s+(?:Blk\.?\s+)?\d{1,4}[A-Z]?\s+${NAME}(?=,\s+Singapore\s+\d{6}(?!\d))`, "dgu");

/**
 * An American home with its apartment after a street of no street's word (4120 Camino del Sol, Apt 215, Fresno, CA
 * 93711): the house's number and the street, the apartment or unit, then the city, the state's two capitals and the ZIP
 * code. The apartment's word between the street and the city says it is a home, where a street's word is missing. It is
 * masked through the apartment, as the street rules mask a street and its flat; the city and state stay, the ZIP code
 * the postal code's rule's.
 */
const US_APARTMENT_ADDRESS = new RegExp(
  String.raw`\b\d{1,6}\s+${NAME},\s+(?:Apt\.?|Apartment|Unit|Ste\.?|Suite|#)\s?[A-Z0-9-]{1,6}(?=,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?(?![\d-]))`,
  "dgu",
);

export const UNIT_FIRST_STREET_ADDRESS_DETECTORS: readonly PiiDetector[] = [
  gated(/Singapore \d{6}/, patternDetector("ADDRESS", SINGAPORE_UNIT_FIRST)),
  gated(/, (?:Apt|Apartment|Unit|Ste|Suite|#)/, patternDetector("ADDRESS", US_APARTMENT_ADDRESS)),
];
