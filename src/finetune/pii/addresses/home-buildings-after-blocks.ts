import { gated, patternDetector, type PiiDetector, type Span } from "../detector.js";

/** The words that name a building people live in (メゾン桜台, ハイム桜, N24レジデンス, 第二寮); not ビル, an office's. */
const HOME_BUILDING_WORD = "(?:メゾン|ハイム|コーポ|ハイツ|レジデンス|マンション|アパート|パレス|荘|寮)";
/** What must not follow a room's number: a digit, or a counter that makes it a count, a price or a time. */
const NO_COUNTER = "(?![\\d-]|\\s?[件個名人回円年月日時分秒%])";
/** A room named by a letter and a number, either way round (C-3, 2-C, B12): a wing's or a floor's letter and the door. */
const LETTER_ROOM = "(?:[A-Z]-?\\d{1,3}|\\d{1,3}-?[A-Z])(?![\\p{L}\\d-])";
/** A home's building named with that word (letters and digits around it) and its room or floor (102, 807号室, 2F, C-3). */
const HOME_BUILDING_ROOM = `[A-Za-z0-9\\p{Script=Han}\\p{Script=Katakana}ー]{0,8}${HOME_BUILDING_WORD}[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}ー]{0,6}[ 　]?(?:\\d{1,2}(?:F|階)|\\d{2,4}(?:号室|号)?${NO_COUNTER}|${LETTER_ROOM})`;
/**
 * A building by a katakana name with no home's word, perhaps a place's kanji after it (グリーンヒル貫井), a space and its
 * room (2-C, 305号室): after an address found, the room says it is the household's building. Bare digits are no room
 * here: after a meeting spot they are a time (エントランス 0930, フロント 1500). An estate's numbered block or wing may
 * follow the name (パティオス14番街 1105号, ベイタウン3番館 402号室).
 */
const KATAKANA_BUILDING_ROOM = `[\\p{Script=Katakana}ー]{3,12}(?:\\d{1,2}(?:番街|番館|号棟|号館))?\\p{Script=Han}{0,4}[ 　](?:\\d{3,4}(?:号室|号)${NO_COUNTER}|${LETTER_ROOM})`;
/** A building by a Latin name with its unit after a # (Villa Kurima #2, Sunset Heights #305). */
const LATIN_BUILDING_UNIT = "(?:(?:Villa|Maison|Casa|Residence)\\s\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s(?:Villa|Residence|Heights|Mansion|Court))\\s?#\\d{1,4}(?![\\d\\p{L}])";
/** A firm's dormitory: the firm's name, a space, then the home's building and room (テクノ精工 第2寮 214, 丸山化成 独身寮 305号室). */
const FIRM_DORMITORY_ROOM = `[\\p{Script=Han}\\p{Script=Katakana}ー]{2,10}[ 　]${HOME_BUILDING_ROOM}`;
const BUILDING_AFTER = new RegExp(`^[ 　](?:${HOME_BUILDING_ROOM}|${FIRM_DORMITORY_ROOM}|${KATAKANA_BUILDING_ROOM}|${LATIN_BUILDING_UNIT})`, "u");

/**
 * The home's building and room written after an address found join it (札幌市北区北二十四条西六丁目2番1号 N24レジデンス 807,
 * 宮古島市下地字来間105-3 Villa Kurima #2, 浜松市中央区富塚町1933-1 サンハイツ富塚 C-3, a firm's dormitory 各務原市…1番地 テクノ精工
 * 第2寮 214): the room is one household's door.
 */
export function withHomeBuildingAfter(detector: PiiDetector): PiiDetector {
  return {
    type: detector.type,
    gate: detector.gate,
    find(shadow, found) {
      const spans = detector.find(shadow, found);
      if (spans.length === 0) return spans;
      return spans.map((span): Span => {
        const building = BUILDING_AFTER.exec(shadow.slice(span.end, span.end + 32));
        return building === null ? span : { start: span.start, end: span.end + building[0].length };
      });
    },
  };
}

/**
 * A town's block with a home's building and room after it and no city before (桜台3-10-8 メゾン桜台102, 桜台3-5-1 ハイム桜
 * 2F), as a neighbourhood's own list writes its members' homes: the block alone may be a page or a score, the room in a
 * home's building after it is not.
 */
const TOWN_BLOCK_HOME = new RegExp(
  `(?<![\\p{Script=Han}\\p{Script=Katakana}ー々ヶ])[\\p{Script=Han}々ヶ]{1,4}(?:[\\p{Script=Han}々ヶ]|[\\p{Script=Katakana}ー]{1,4})\\d{1,2}-\\d{1,3}(?:-\\d{1,4})?[ 　]?${HOME_BUILDING_ROOM}`,
  "dgu",
);

export const TOWN_BLOCK_HOME_DETECTORS: readonly PiiDetector[] = [
  gated(new RegExp(HOME_BUILDING_WORD, "u"), patternDetector("ADDRESS", TOWN_BLOCK_HOME)),
];
