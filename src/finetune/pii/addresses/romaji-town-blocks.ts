import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { isEnglishWord } from "../names/english-person-tagger.js";
import { ROMAJI_TAIL, ROMAJI_TOWN } from "./world-address-detectors.js";

/**
 * A Tokyo-style town and its block in romaji with no city after it, as a roster or a form's cell in English gives a
 * stop or a home (Hiroo 2-chome 9-17, Ebisu 3-28-1-1202, Kaminoge 3-7-22, Shimouma 2-chome 14): the chome and its block,
 * or three numbers (chome, ban, go; a room as a fourth), after a word read as romaji that is no English word, then the
 * building and its room where they follow (, The Hiroo Residence #805). Game 3-7-22 or Tue 3-7-22 (a score, a date)
 * is an English word's or a date's; Hiroo 2-chome alone is a district, no one's home.
 */
const TOWN_BLOCK = new RegExp(
  `\\b(?<town>${ROMAJI_TOWN})\\s(?:\\d{1,2}-chome[ ,-]\\s?\\d{1,4}(?:-\\d{1,4}){0,2}|[1-9]\\d?-\\d{1,2}-\\d{1,3}(?:-\\d{1,4})?)(?![\\d-])${ROMAJI_TAIL}`,
  "dg",
);

/** A weekday's or a month's short name, which a date writes before its numbers (Tue 3-7-22, Mar 3-7-22). */
const DATE_WORD = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/i;
/** A housing estate's or a building's word, before its building and room (Danchi 3-12-305): estate-rooms.ts reads those. */
const BUILDING_WORD = /^(?:Danchi|Jutaku|Haitsu|Kopo|Manshon|Mansion|Biru|Apato|Ryo)$/;
/** Every part of the town (Minami-Azabu) is no English word, date's or building's word: Fair-Play 3-1-2 is no town. */
const townOfNoEnglish = (town: string): boolean =>
  town.split(/[\s-]/).every((part) => /^\d|^jo$/.test(part) || !(isEnglishWord(part) || DATE_WORD.test(part) || BUILDING_WORD.test(part)));

export const ROMAJI_TOWN_BLOCK_DETECTORS: readonly PiiDetector[] = [
  gated(/[a-z] [1-9]\d?-(?:chome|\d)/, patternDetector("ADDRESS", TOWN_BLOCK, (match) => townOfNoEnglish(match.groups!.town!))),
];
