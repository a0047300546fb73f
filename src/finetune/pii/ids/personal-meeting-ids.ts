import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A video call's personal meeting ID (Zoom's PMI: 個人ミーティングID, パーソナルミーティングID, Personal Meeting ID) after its
 * word: one person's own room for good, so its number finds them, unlike a meeting's ID, made for one call. Nine to
 * eleven digits, perhaps in the groups the app prints (841 2093 7765).
 */
const PERSONAL_MEETING_ID =
  /(?:(?:個人|パーソナル)ミーティング\s?ID|(?<![A-Za-z])[Pp]ersonal [Mm]eeting (?:ID|[Ii]d|[Nn]umber)|(?<![A-Za-z])PMI(?![A-Za-z]))[ \t]*(?:[:：=]|は|is)?[ \t]*(?<secret>\d{3}[ -]?\d{3,4}[ -]?\d{3,4})(?![\d-])/dgu;

export const PERSONAL_MEETING_IDS: readonly PiiDetector[] = [
  gated(/ミーティング|[Mm]eeting|PMI/, patternDetector("PERSONAL_ID", PERSONAL_MEETING_ID)),
];
