import { gated, patternDetector, type PiiDetector } from "../detector.js";

/** A station's name, the police's (渋谷署, 新宿警察署), not a tax office's, a fire station's or a labour office's. */
export const STATION = String.raw`(?<![\p{Script=Han}])\p{Script=Han}{1,8}(?<!税務|消防|監督|保健|営林)(?:警察)?署`;

/**
 * A police station's receipt number for a report, with the station (渋谷署 受理第 2207-1153号, 新宿警察署 受理番号
 * 第 318-44 号, 天満署 第 0912-7 号): the station and its number together point at one person's report. The number
 * is in hyphenated groups, so an ordinal (第 3 回) is none; a tax office's or a fire station's circular is no report.
 */
const STATION_RECEIPT = new RegExp(String.raw`${STATION}[ \t　]*(?:受理|受付)?(?:番号)?[ \t　]*[:：]?[ \t　]*第?[ \t　]*\d{2,6}(?:-\d{1,6})+[ \t　]*号`, "dgu");

/**
 * The same number in one group, where a receipt's word says it is one (report receipt 芝署 第 2318 号, 受理番号 北署 第
 * 40917 号, 中央署 受理第 5521 号): three digits or more, the number alone masked. Without the word a station's 第…号 may
 * be a notice's.
 */
const CUED_STATION_RECEIPT = new RegExp(
  String.raw`(?:(?:受理|受付|[Rr]eceipt|[Rr]eport)[^\n。.]{0,16}?${STATION}[ \t　]*(?:番号)?|${STATION}[ \t　]*(?:受理|受付)(?:番号)?)[ \t　]*[:：]?[ \t　]*第[ \t　]*(?<secret>\d{3,7})[ \t　]*号`,
  "dgu",
);

export const POLICE_RECEIPT_NUMBERS: readonly PiiDetector[] = [
  gated(/署/, patternDetector("PERSONAL_ID", STATION_RECEIPT)),
  gated(/署/, patternDetector("PERSONAL_ID", CUED_STATION_RECEIPT)),
];
