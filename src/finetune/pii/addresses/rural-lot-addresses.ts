import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { withHomeBuildingAfter } from "./home-buildings-after-blocks.js";

/** A municipality, after its prefecture where one is written, as a rural address opens (宮古島市, 奥沢村, 北上市和賀町). */
const RURAL_MUNICIPALITY = "(?:\\p{Script=Han}{1,4}?[都道府県])?\\p{Script=Han}{1,6}?[市郡町村](?:\\p{Script=Han}{1,4}?[町村])?";
/** What must not follow a lot's number: more of a word, a digit, or a counter (字五十音, 字三十人). */
const LOT_END = "(?![\\p{Script=Han}々\\d]|\\s?[件個名人回円年月日時分秒%])";
/**
 * A room in a named building or a dormitory after a lot (第二寮 3号室, コーポ藤根 102): a counted room says it is a home.
 */
const ROOM_AFTER_LOT = "(?:[ 　]?[\\p{Script=Han}\\p{Script=Katakana}ー]{1,10}(?:寮|荘|棟|ハイツ|ハイム|コーポ)[ 　]?\\d{1,4}号室?)?";

/**
 * A rural lot after its 字 (大字…字…) numbered in kanji digit by digit or counted (城辺字福里五九八, 大字奥沢字中ノ町四三の五,
 * 字上原百二十番地): the 字 after a municipality names a hamlet, and the number after it one house's lot. Lots in digits
 * are the Japanese address rule's (AZA_LOT).
 */
const AZA_KANJI_LOT = new RegExp(
  `${RURAL_MUNICIPALITY}(?:大字[\\p{Script=Han}ヶノ]{1,5}?)?\\p{Script=Han}{0,4}?字[\\p{Script=Han}ヶノ]{1,5}?[〇一二三四五六七八九十百千]{2,6}(?:番地?)?(?:の[〇一二三四五六七八九十]{1,4}){0,2}${LOT_END}`,
  "dgu",
);

/**
 * A village's lot with a space around its 字, as a roster's cell or a note spaces the parts (大鹿村大字鹿塩 字 中峰 2210番地,
 * 富士見村大字原 字 上の山 1456番地, 恩納村 字 恩納 123-4), or a city's town with its 大字 left out before a spaced 字 (佐久市岩村田
 * 字北原2210-5): the 大字 or the municipality before the 字 says the number after the hamlet is one house's lot. The
 * unspaced form is the Japanese address rule's (AZA_LOT).
 */
const SPACED_AZA_LOT = new RegExp(
  `${RURAL_MUNICIPALITY}(?:[\\p{Script=Han}ヶノ]{1,5}?(?=[ 　]字))?[ 　]?(?:大字[\\p{Script=Han}ヶノ]{1,5}?[ 　]?)?字[ 　]?[\\p{Script=Han}ヶノの]{1,5}?[ 　]?(?:\\d{1,5}(?:番地?\\d{0,4})?(?:[-の]\\d{1,4}){0,2}|[〇一二三四五六七八九十百千]{2,6}(?:番地?)?)${LOT_END}`,
  "dgu",
);

/**
 * Iwate's 地割, or a town's numbered 区, the numbered division of a village a lot stands in (和賀町藤根18地割75番地2,
 * 村崎野16地割27-4, 東和町北成島3区105): the lot's number after it, in digits (full-width folded), then perhaps a
 * dormitory's room.
 */
const CHIWARI_LOT = new RegExp(
  `${RURAL_MUNICIPALITY}[\\p{Script=Han}ヶノ]{0,6}?\\d{1,3}(?:地割|区)\\d{1,4}(?:番地?\\d{0,4}|-\\d{1,4}){0,2}${LOT_END}${ROOM_AFTER_LOT}`,
  "dgu",
);

/**
 * A town's lot numbered in kanji, digit by digit or counted, and its branch after の (伊那市荒井三二八六の五, 松戸市五香六実十六の三,
 * 字 left out): the municipality before the town and the の between kanji numbers say it is one house's lot, where a
 * kanji number alone after a town may be a word's (七五三). The home's building and room after it join it (ハイツ五香 105).
 * A town with its chome (中町三丁目十二番地の七), or a city with its ward (京都市左京区岩倉中町百二十番地の三), is the Japanese
 * address rule's, which reads the building after it too: the lot is read from the municipality's first kanji.
 */
const KANJI_LOT_WITH_BRANCH = new RegExp(
  `(?<!\\p{Script=Han})${RURAL_MUNICIPALITY}(?:(?![丁番号])\\p{Script=Han}){1,6}?[〇一二三四五六七八九十百千]{2,6}(?:番地?)?(?:の[〇一二三四五六七八九十]{1,4}){1,2}${LOT_END}`,
  "dgu",
);

/**
 * A second lot of the same hamlet listed after the first (和合町字上ノ台937番1、937番4, 字北原12番地3、12番地5): one site on two
 * lots, the second as much the owner's as the first, which the address rules read.
 */
const LISTED_LOT = /(?<=字[\p{Script=Han}ヶノ]{1,5}\d{1,5}番地?\d{1,4}[、,])(?<secret>\d{1,5}番地?\d{1,4})(?![\d-]|[\p{Script=Han}々])/dgu;

export const RURAL_LOT_ADDRESS_DETECTORS: readonly PiiDetector[] = [
  gated(/字[\p{Script=Han}ヶノ]{1,5}?[〇一二三四五六七八九十百]{2}/u, patternDetector("ADDRESS", AZA_KANJI_LOT)),
  gated(/\d(?:地割|区)\d/u, patternDetector("ADDRESS", CHIWARI_LOT)),
  gated(/[〇一二三四五六七八九十百千]{2}(?:番地?)?の[〇一二三四五六七八九十]/u, withHomeBuildingAfter(patternDetector("ADDRESS", KANJI_LOT_WITH_BRANCH))),
  gated(/[ 　]字|字[ 　]/u, patternDetector("ADDRESS", SPACED_AZA_LOT, (match) => /[ 　]/u.test(match[0]))),
  gated(/番地?\d{1,4}[、,]\d/u, patternDetector("ADDRESS", LISTED_LOT)),
];
