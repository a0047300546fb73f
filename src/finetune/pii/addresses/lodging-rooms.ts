import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * The room a guest stays in, after a hotel's, an inn's or a hostel's name (Hotel Resol Kyoto Shijo Muromachi, room
 * 1215; Kyoto Tokyu Hotel, Rm 508; Ryokan Sawaya room #204): the room in a named house is where one person sleeps.
 * The room alone is masked: the house's name is a place anyone may name (Hotel Nagoya Castle), as it is with no room
 * after it. The room has three digits or more, so that a meeting room (Hotel Okura, Room 2) stays.
 */
/** A lodging's word, or a hotel chain's brand that stands for it (Nagoya Kanko Marriott, Hilton Osaka, Hyatt Regency Kyoto). */
const HOUSE_WORD =
  "(?:Hotel|Hostel|Inn|Ryokan|Guesthouse|Guest House|Lodge|Resort|Marriott|Hilton|Hyatt|Sheraton|Westin|Ritz-Carlton|InterContinental|Novotel|Mercure|Sofitel|Radisson|Fairmont|Shangri-La)";
const CAPITALISED = "[A-Z][A-Za-z'’&.-]*";
/** The room's word and its first three digits: the gate, and the pattern's room (up to five digits). */
const ROOM_NUMBER = "(?:[Rr]oom|ROOM|Rm\\.?)\\s?(?:No\\.?\\s?|#)?\\d{3}";
const HOTEL_ROOM = new RegExp(
  `(?<=\\b(?:${HOUSE_WORD}(?:\\s${CAPITALISED}){1,6}|(?:${CAPITALISED}\\s){1,5}${HOUSE_WORD}(?:\\s${CAPITALISED}){0,3}),?\\s)${ROOM_NUMBER}\\d{0,2}[A-Z]?(?![\\w-])`,
  "dg",
);

export const LODGING_ROOM_DETECTORS: readonly PiiDetector[] = [gated(new RegExp(ROOM_NUMBER), patternDetector("ADDRESS", HOTEL_ROOM))];
