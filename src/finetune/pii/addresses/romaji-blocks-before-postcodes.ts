import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { isEnglishWord } from "../names/english-person-tagger.js";
import { JAPAN_PREFECTURES_ROMAJI, ROMAJI_WORD } from "./world-address-detectors.js";

/**
 * A Japanese address in romaji, its block first and its town's name after with no ward's suffix (2-9-5 Minatojima-
 * minamimachi, 3-1-12 Kitahama), perhaps the room after # or its word, then the city and the seven-digit postcode
 * (#708, Kobe 650-0047; , Apt 3, Sendai-shi, Miyagi 980-0811): the postcode after a block of numbers and a town read
 * as romaji says it is one door, where a block and a word alone may be a score or a model's number. No part of the town
 * is an English word (2-1 Home, …).
 */
const TOWN = `(?<town>(?=[A-Z])${ROMAJI_WORD}(?:-${ROMAJI_WORD})?)`;
const ROOM = String.raw`(?:[ \t]?#\d{1,5}[A-Z]?|,[ \t](?:Apt|Room|Rm|Unit|Flat)\.?[ \t]?#?\d{1,5}[A-Z]?)?`;
const CITY = `(?=[A-Z])${ROMAJI_WORD}(?:-(?:shi|ku))?`;
const PREFECTURE = `(?:,?[ \\t](?:${JAPAN_PREFECTURES_ROMAJI})(?:-(?:ken|to|fu))?)?`;
const BLOCK_BEFORE_POSTCODE = new RegExp(
  String.raw`(?<![\w-])\d{1,4}-\d{1,4}(?:-\d{1,4})?[ \t]${TOWN}${ROOM},[ \t]${CITY}${PREFECTURE},?[ \t]\d{3}-\d{4}(?![\d-])(?:,[ \t]Japan\b)?`,
  "dg",
);

export const ROMAJI_BLOCK_BEFORE_POSTCODE_DETECTORS: readonly PiiDetector[] = [
  gated(/\d-\d[^\n]{4,60}[ \t]\d{3}-\d{4}(?![\d-])/, patternDetector("ADDRESS", BLOCK_BEFORE_POSTCODE, (match) => !match.groups!.town!.split("-").some(isEnglishWord))),
];
