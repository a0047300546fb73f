import { before, gated, patternDetector, type PiiDetector } from "../detector.js";
import { isFleetPlate } from "../look-alikes/fleet-plates.js";

/**
 * A Japanese number plate copied in romaji, as an English log writes it (trailer plate Kumagaya 300 ne 41-07, car's
 * plate: Hamamatsu 330 s 12-04): the office's place capitalised, the class number, the kana's letter or syllable and the
 * serial (two digits, a hyphen and two, or four). Only after a vehicle's word on the line, as the plate in kanji is; a
 * word of more letters (Tokyo 100 yen 1234) is no kana, and a firm's fleet's plate stays (fleet-plates.ts).
 */
const ROMAJI_PLATE =
  /(?<![A-Za-z])[A-Z][a-z]{2,12}(?:-[a-z]{2,8})?[ \t]\d{1,3}[ \t](?:[a-z]|[kstnhmyrwgzdbp][aiueo]|shi|chi|tsu|fu)[ \t](?:\d{1,2}-\d{2}|\d{4})(?![\d-])/dg;
const VEHICLE_WORD = /[Pp]late|[Tt]railer|[Vv]ehicle|ナンバー|車/;

export const ROMAJI_NUMBER_PLATES: readonly PiiDetector[] = [
  gated(
    VEHICLE_WORD,
    patternDetector("PERSONAL_ID", ROMAJI_PLATE, (match, shadow) => VEHICLE_WORD.test(before(shadow, match.index, 40)) && !isFleetPlate(shadow, match.index)),
  ),
];
