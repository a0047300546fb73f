import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { ROMAJI_WORD } from "./world-address-detectors.js";

/**
 * A town in romaji and its lot or block (Manazuru 255, Morito 12-3), perhaps the town or city after it (, Hayama), then a
 * floor or a room (, 2F; , Room 205): the unit after the number says a home, where a romaji word and a number alone may be
 * a team, a score or a year (Tokyo 2020, 2F is kept). The prefecture and the city may come first, each with its suffix
 * (Okinawa-ken Ishigaki-shi Arakawa 1625-3, Room 201): part of the address, or a place's name left beside it reads as a
 * surname and spreads to the firms named after the place (Ishigaki Sunset Resort).
 */
const PREFECTURE_AND_CITY = `(?:${ROMAJI_WORD}-(?:ken|to|fu),?\\s)?(?:${ROMAJI_WORD}-(?:shi|gun|ku|cho|machi|mura|son),?\\s){0,2}`;
const ROMAJI_LOT_WITH_UNIT = new RegExp(
  `(?<![\\w-])${PREFECTURE_AND_CITY}${ROMAJI_WORD} (?!(?:19|20)\\d{2}\\b)\\d{1,4}(?:-\\d{1,4}){0,2},\\s(?:${ROMAJI_WORD},\\s)?(?:\\d{1,2}F|(?:Room|Rm|Apt|Flat|Unit)\\.?\\s?#?\\d{1,5}[A-Z]?)(?![\\w-])`,
  "dgu",
);

export const ROMAJI_LOT_WITH_UNIT_DETECTORS: readonly PiiDetector[] = [
  gated(/\d, (?:\p{Lu}\p{Ll}+, )?(?:\d{1,2}F|Room|Rm|Apt|Flat|Unit)/u, patternDetector("ADDRESS", ROMAJI_LOT_WITH_UNIT)),
];
