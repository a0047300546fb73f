import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A Hong Kong flat in a housing estate with no street, written from the flat up (Flat D, 21/F, Tower 3, Laguna City,
 * Kwun Tong, Kowloon; Unit 12B, 8/F, Block 2, Tai Koo Shing, Hong Kong): the flat's letter or number, the floor as
 * n/F, perhaps the tower or block, the estate's name and its districts, then Kowloon, Hong Kong or the New Territories.
 * The flat's word and the floor before the region say it is one household's door; a meeting room in a hall (Room 5,
 * 3/F, Convention Centre, Wan Chai) is no flat.
 */
const CAPITALISED_WORDS = "[A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,3}";
const HONG_KONG_ESTATE_FLAT = new RegExp(
  `\\b(?:Flat|Unit)\\s?[A-Z0-9]{1,4},\\s+\\d{1,3}\\/F,\\s+(?:(?:Tower|Block|Blk\\.?)\\s+[A-Z0-9]{1,3},\\s+)?${CAPITALISED_WORDS}(?:,\\s+${CAPITALISED_WORDS}){0,2},\\s+(?:Kowloon|Hong Kong|New Territories|N\\.T\\.)(?![A-Za-z])`,
  "dg",
);

/**
 * The same with no floor written, the flat's number holding it (Flat 9C, Block 2, Kornhill, 33 Kornhill Road, Hong Kong):
 * the flat, the estate's block, then the estate and perhaps its street's number and name before the region. The block
 * after the flat says it is an estate's household.
 */
const PLACE_PART = `(?:\\d{1,4}[A-Z]?\\s+)?${CAPITALISED_WORDS}`;
const HONG_KONG_BLOCK_FLAT = new RegExp(
  `\\b(?:Flat|Unit)\\s?\\d{1,3}[A-Z]{0,2},\\s+(?:Tower|Block|Blk\\.?)\\s+[A-Z0-9]{1,3},\\s+${PLACE_PART}(?:,\\s+${PLACE_PART}){0,2},\\s+(?:Kowloon|Hong Kong|New Territories|N\\.T\\.)(?![A-Za-z])`,
  "dg",
);

export const HONG_KONG_ESTATE_FLAT_DETECTORS: readonly PiiDetector[] = [
  gated(/\d\/F,/, patternDetector("ADDRESS", HONG_KONG_ESTATE_FLAT)),
  gated(/(?:Flat|Unit) ?\d{1,3}[A-Z]{0,2}, +(?:Tower|Block|Blk)/, patternDetector("ADDRESS", HONG_KONG_BLOCK_FLAT)),
];
