import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { ROMAJI_WORD } from "./world-address-detectors.js";

/**
 * A grid address of Sapporo, Asahikawa or Obihiro in romaji: its 条 and its chome, each perhaps after a direction or a
 * town (Kita 3-jo Nishi 4-chome, Minami 1 Jo Higashi 2 Chome, Hiragishi 2-jo 7-chome, Kita-24-jo Nishi-6-chome), then
 * the block's number (1-5, 1-20-305), the ward and the city (Chuo-ku, Sapporo-shi, Hokkaido 060-0003). The grid with its
 * block, or with the ward or city after it, is one plot's address, where Kita 3-jo alone is a station and Nishi 4-chome
 * a tram stop.
 */
const DIRECTION = "(?:Kita|Minami|Higashi|Nishi)";
const JO = String.raw`\d{1,2}[\s-]?[Jj][oō](?:-dori)?`;
const CHOME = String.raw`\d{1,2}[\s-]?[Cc]h[oō]me`;
const GRID = String.raw`\b(?:(?=[A-Z])${ROMAJI_WORD}[\s-])?${JO}[\s,]+(?:${DIRECTION}[\s-])?${CHOME}`;
const BLOCK = String.raw`(?:[\s,-]\s?\d{1,4}(?:-\d{1,4}){0,2}(?![\d-]))`;
const GRID_CITIES = "Sapporo|Asahikawa|Obihiro|Kushiro|Iwamizawa|Takikawa|Nayoro|Kitami";
const PLACES = String.raw`(?:,?\s+[A-Z][a-z]+-(?:ku|shi|cho)\b|,?\s+(?:${GRID_CITIES})\b(?:-shi)?)`;
/** Hokkaido, the postcode, then perhaps the flat, written last as an English address ends (…, Obihiro 080-0013, Apt 305). */
const TAIL = String.raw`(?:,?\s+Hokkaido\b)?(?:,?\s+\d{3}-\d{4}(?!\d))?(?:,[ \t]+(?:Apt|Apartment|Room|Rm|Unit|Flat)\.?[ \t]?#?\d{1,5}[A-Z]?(?![\w-]))?`;
/** The city and ward before the grid, as a form filled in Japanese order writes them (Sapporo-shi Chuo-ku Kita 3-jo …). */
const CITY_FIRST = String.raw`(?:\b(?:Hokkaido,?\s+)?(?:[A-Z][a-z]+-(?:shi|ku)\b,?\s+){1,2})?`;
const ROMAJI_GRID_ADDRESS = new RegExp(`${CITY_FIRST}${GRID}(?:${BLOCK}(?:${PLACES})*|(?:${PLACES})+)${TAIL}`, "dg");

/**
 * The block first, as an English address writes the house's numbers before the street (3-2-15-802 Minami 8-jo Nishi,
 * Chuo-ku, Sapporo: the chome, the block, the house and a room), then the 条 and its direction, then the ward or the city:
 * with them it is one home, where Minami 8-jo Nishi alone is a district.
 */
const BLOCK_FIRST_GRID_ADDRESS = new RegExp(
  String.raw`(?<![\d-])\d{1,2}-\d{1,4}(?:-\d{1,4}){0,2}\s+(?:${DIRECTION}[\s-])?${JO}(?:[\s-]${DIRECTION}\b)?(?:${PLACES})+${TAIL}`,
  "dg",
);

export const ROMAJI_GRID_ADDRESS_DETECTORS: readonly PiiDetector[] = [
  gated(/\d[\s-]?[Jj][oō]\b/, patternDetector("ADDRESS", ROMAJI_GRID_ADDRESS)),
  gated(/\d[\s-]?[Jj][oō]\b/, patternDetector("ADDRESS", BLOCK_FIRST_GRID_ADDRESS)),
];
