import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A police station's receipt number for a report, with the station (渋谷署 受理第 2207-1153号, 新宿警察署 受理番号
 * 第 318-44 号, 天満署 第 0912-7 号): the station and its number together point at one person's report. The number
 * is in hyphenated groups, so an ordinal (第 3 回) is none; a tax office's or a fire station's circular is no report.
 */
const STATION_RECEIPT =
  /(?<![\p{Script=Han}])\p{Script=Han}{1,8}(?<!税務|消防|監督|保健|営林)(?:警察)?署[ \t　]*(?:受理|受付)?(?:番号)?[ \t　]*[:：]?[ \t　]*第?[ \t　]*\d{2,6}(?:-\d{1,6})+[ \t　]*号/dgu;

export const POLICE_RECEIPT_NUMBERS: readonly PiiDetector[] = [gated(/署/, patternDetector("PERSONAL_ID", STATION_RECEIPT))];
