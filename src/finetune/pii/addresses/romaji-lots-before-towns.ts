import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { ROMAJI_WORD } from "./world-address-detectors.js";

/**
 * The building and its flat written first (Maison Kujukuri 205, 2101 …), as an agreement's form writes the address; not
 * an order's or a ticket's number.
 */
const BUILDING_BEFORE = "(?:(?!(?:Order|Invoice|PO|Ref|Ticket|Case|Item|No|Room)\\b)(?:[A-Z][A-Za-z]+ ){1,4}#?\\d{2,4}[A-Z]?, )?";
const MUNICIPALITY_WORD = "[A-Z][a-zāēīōū]+(?:-[a-zāēīōū]+)?";
/**
 * A rural lot in romaji, its one number before its hamlet's name and then its town or village (1876 Kami-Nagara,
 * Nagara-machi; 318 Ogawa, Tōkai-mura), perhaps its county, its prefecture and its postcode after: a town's or a
 * village's lots are numbered with no chome, and the municipality's suffix after the name says the number is a lot,
 * where a number and a word alone may be a count or a team. Not a year before the name (2024 Kamakura, …); a block's
 * numbers joined by hyphens are the romaji address rule's (address-detectors.ts).
 */
const ROMAJI_LOT_BEFORE_TOWN = new RegExp(
  `(?<![\\w#/-])${BUILDING_BEFORE}(?!(?:19|20)\\d{2}\\b)[1-9]\\d{1,4}(?![\\d-]) ${ROMAJI_WORD}(?:-${ROMAJI_WORD})?, ${MUNICIPALITY_WORD}-(?:machi|mura|cho|son)\\b(?:, ${MUNICIPALITY_WORD}-gun\\b)?(?:, [A-Z][a-z]+(?:-(?:ken|to|fu))?(?:,? \\d{3}-\\d{4}(?!\\d))?)?`,
  "dgu",
);

export const ROMAJI_LOT_BEFORE_TOWN_DETECTORS: readonly PiiDetector[] = [
  gated(/-(?:machi|mura|cho|son)\b/, patternDetector("ADDRESS", ROMAJI_LOT_BEFORE_TOWN)),
];
