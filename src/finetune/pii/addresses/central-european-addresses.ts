import { holdsCountedPart } from "../context/counted-parts.js";
import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A Polish street by its abbreviated word (ul., al., pl., os.) and its number, perhaps with the flat after a slash or
 * m. (ul. Marszałkowska 10/12; al. Jana Pawła II 23 m. 4), then the postcode of two and three digits and the town
 * (00-590 Warszawa): the street's word and a number after the name say it is an address. Only ul. (ulica) without the
 * postcode: al. and pl. are also English abbreviations (et al. Nature 12).
 */
const POLISH_STREET = "\\s?\\p{Lu}[\\p{L}-]+(?:\\s(?:\\p{Lu}[\\p{L}-]+|[IVX]{1,4}))*\\s\\d{1,4}[A-Za-z]?(?:\\/\\d{1,4}|\\s(?:m\\.|lok\\.)\\s?\\d{1,4})?";
const POLISH_POSTCODE = ",\\s\\d{2}-\\d{3}\\s\\p{Lu}[\\p{L}-]+";
const POLISH_ADDRESS = new RegExp(
  `(?<![\\p{L}\\d])(?:ul\\.${POLISH_STREET}(?:${POLISH_POSTCODE})?|(?:al|pl|os)\\.${POLISH_STREET}${POLISH_POSTCODE})(?![\\p{L}\\d])`,
  "dgu",
);

/**
 * A street and its number, then a postcode written as three digits, a space and two (110 00 Praha 1, 811 01
 * Bratislava, 111 43 Stockholm, 105 57 Athens), as Czechia, Slovakia, Sweden and Greece write it: the postcode's
 * shape after a house's number says it is an address. The number may be the Czech pair (Karlova 12/345).
 */
const SPACED_POSTCODE_ADDRESS =
  /(?<![\p{L}\d])\p{Lu}[\p{L}.-]+(?:\s\p{L}[\p{L}.-]*){0,3}\s\d{1,4}(?:\/\d{1,4})?[a-zA-Z]?,\s\d{3}\s\d{2}\s\p{Lu}[\p{L}-]+(?:\s\d{1,2})?(?![\p{L}\d])/dgu;

export const CENTRAL_EUROPEAN_ADDRESS_DETECTORS: readonly PiiDetector[] = [
  gated(/(?:ul|al|pl|os)\.\s?\p{Lu}/u, patternDetector("ADDRESS", POLISH_ADDRESS)),
  gated(/, \d{3} \d{2} \p{Lu}/u, patternDetector("ADDRESS", SPACED_POSTCODE_ADDRESS, (match) => !holdsCountedPart(match[0]))),
];
