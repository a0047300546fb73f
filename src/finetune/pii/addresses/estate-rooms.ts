import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A flat in a housing estate, after the estate's name: its building and room as one number joined by hyphens
 * (ひばりが丘団地 3-12-305, 永山団地 5-204, 都営西台住宅 4-1-203, Hibarigaoka Danchi 3-12-305) or its wing and room (高島平団地 12号棟 305号室). The number
 * is one household's door; the estate's name is a place anyone may name, as it is with no number after it, so the number
 * alone is masked, as a hotel's room is (lodging-rooms.ts). A public estate named 住宅 needs its operator's word
 * (都営, 市営, 県営, 公団, UR …), as 新築住宅 and 住宅ローン are no estate's names. The room has three or four digits and no
 * counter or unit after it (団地 3-5 件, 3-12 ページ).
 */
const NAME_CHAR = "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々ヶ]";
const ESTATE = `(?:${NAME_CHAR}団地|\\b[A-Z][a-z]+[ -][Dd]anchi,?|(?:都営|都民|市営|県営|府営|道営|区営|町営|村営|公団|公社|UR)${NAME_CHAR}{0,12}住宅)`;
const ROOM_END = "(?![0-9-]|\\s?(?:[件個名人回円年月日時分秒%頁]|ページ))";
const ESTATE_ROOM = new RegExp(
  `(?<=${ESTATE}[ 　]?)(?:[1-9]\\d{0,2}(?:-\\d{1,3})?-\\d{3,4}${ROOM_END}|[1-9]\\d{0,2}号棟[ 　]?\\d{3,4}(?:号室|号)?${ROOM_END})`,
  "dgu",
);

export const ESTATE_ROOM_DETECTORS: readonly PiiDetector[] = [gated(/団地|住宅|[Dd]anchi/u, patternDetector("ADDRESS", ESTATE_ROOM))];
