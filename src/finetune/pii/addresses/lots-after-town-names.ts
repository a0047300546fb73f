import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { withHomeBuildingAfter } from "./home-buildings-after-blocks.js";

/** A prefecture perhaps, then a city, a county or a ward, perhaps its ward or town after it (新潟市中央区, 長岡市). */
const CITY = "(?:\\p{Script=Han}{1,4}?[都道府県])?\\p{Script=Han}{1,6}?[市郡区](?:\\p{Script=Han}{1,4}?[区町村])?";
/** A lot's number, its branches perhaps after 番地 or a hyphen (5295, 812番地3, 1427-2). */
const LOT = "\\d{1,5}(?:番地?\\d{0,4})?(?:[-の]\\d{1,4}){0,2}";
/** What must not follow a lot: more of a word, a digit or a hyphen, or a counter (a count, a price, a date). */
const LOT_END = "(?![\\p{Script=Han}々\\d-]|\\s?[件個名人回円年月日時分秒%])";

/**
 * A town named by a numbered 番町 of a street, as Niigata's old town names its blocks (学校町通2番町, 東堀前通7番町,
 * 西堀通三番町), then its lot: the 番町 is the town's name, and the number after it one house's lot.
 */
const BANCHO_TOWN_LOT = new RegExp(
  `${CITY}\\p{Script=Han}{0,8}?[0-9一二三四五六七八九十]{1,3}番町[ 　]?${LOT}${LOT_END}`,
  "dgu",
);

/**
 * A city's town named after the town it merged (長岡市寺泊松沢町, 新潟市西蒲区巻甲 are written so), its lot of three digits
 * or more right after 町 (寺泊松沢町9360), or after the old village's name (大字) the merged town holds (沼田市利根町南郷412, a
 * city named in kana too: かすみ市大川町東原2210): a rural lot numbered across the old town, with no chome. Not a phone's
 * number (which opens with 0), nor the city's words for its towns (市町村).
 */
const MERGED_TOWN_LOT = new RegExp(
  `(?:\\p{Script=Han}{1,4}?[都道府県])?[\\p{Script=Han}\\p{Script=Hiragana}]{1,5}?市(?:(?![市区郡町村])\\p{Script=Han}){2,6}町(?:(?![市区郡町村])\\p{Script=Han}){0,5}?[1-9]\\d{2,4}(?:番地?\\d{0,4})?(?:[-の]\\d{1,4}){0,2}${LOT_END}`,
  "dgu",
);

/**
 * A town's lot of one number after its prefecture, its city and its town (愛知県北名古屋市熊之庄北町42): the three names
 * before it say the number is one house's lot, though a bare number after a town alone may be anything's.
 */
const PREFECTURE_TOWN_LOT = new RegExp(
  `(?<!\\p{Script=Han})\\p{Script=Han}{2,3}[都道府県]\\p{Script=Han}{1,5}?[市郡](?:\\p{Script=Han}{1,4}?[区町村])?\\p{Script=Han}{1,8}?[町村][1-9]\\d{0,3}${LOT_END}`,
  "dgu",
);

export const LOT_AFTER_TOWN_NAME_DETECTORS: readonly PiiDetector[] = [
  gated(/番町[ 　]?\d/u, withHomeBuildingAfter(patternDetector("ADDRESS", BANCHO_TOWN_LOT))),
  gated(/町\p{Script=Han}{0,5}[1-9]\d{2}/u, withHomeBuildingAfter(patternDetector("ADDRESS", MERGED_TOWN_LOT))),
  gated(/[都道府県]\p{Script=Han}{1,5}[市郡]\p{Script=Han}{1,13}[町村][1-9]/u, withHomeBuildingAfter(patternDetector("ADDRESS", PREFECTURE_TOWN_LOT))),
];
