import { gated, patternDetector, type PiiDetector } from "../detector.js";

/** The words Dutch streets end in (Prinsengracht, Weteringschans, Kalverstraat, Museumplein, Oudezijds Voorburgwal). */
const DUTCH_STREET_END = "(?:straat|gracht|schans|laan|weg|plein|kade|singel|dijk|steeg|markt|burgwal|wal|dreef|hof|park|plantsoen|pad|kanaal)";

/**
 * A Dutch street and its house number with its addition (14-H, 771-2, 12A, 3 hs), then the postcode of four digits and
 * two capitals and the town (1017 SG Amsterdam): the postcode's shape after a street's number says it is one home.
 */
const DUTCH_ADDRESS = new RegExp(
  `(?<![\\p{L}\\d])(?:\\p{Lu}\\p{Ll}+\\s)?\\p{Lu}\\p{Ll}+${DUTCH_STREET_END}\\s\\d{1,4}(?:[-\\s]?(?:[A-Z]{1,2}|\\d{1,3}|hs|bis))?,?\\s[1-9]\\d{3}\\s?[A-Z]{2}\\s\\p{Lu}[\\p{L}-]+(?![\\p{L}\\d])`,
  "dgu",
);

export const DUTCH_ADDRESS_DETECTORS: readonly PiiDetector[] = [gated(/\d{4} ?[A-Z]{2} \p{Lu}/u, patternDetector("ADDRESS", DUTCH_ADDRESS))];
