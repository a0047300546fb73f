import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A boat's hull identification number after its word (hull FR-BEN40172K526, HIN: US-ABC12345D404, 船体番号 JP-YAM30418B727):
 * as a car's VIN, it finds the boat and so its owner. Its shape is fixed by ISO 10087: the country's two letters, the
 * builder's three, a serial of five, the month's letter (A to L) and three digits of the years. A hull's size or a word
 * after hull (hull 40 ft, hull damage) is of no such shape.
 */
const HULL_NUMBER =
  /(?:(?<![A-Za-z])(?:[Hh]ull(?: (?:ID|[Nn]o\.?|[Nn]umber|#))?|HIN)|船体(?:識別)?番号)[ \t]*(?:[:：#]|は)?[ \t]*(?<secret>[A-Z]{2}-?[A-Z]{3}[A-Z0-9]{5}[A-L]\d{3})(?![A-Za-z0-9])/dg;

export const BOAT_HULL_NUMBERS: readonly PiiDetector[] = [gated(/[Hh]ull|HIN|船体/, patternDetector("PERSONAL_ID", HULL_NUMBER))];
