import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A worker's or a qualified person's registration number after the worker's word on its line (シッター: … （登録番号
 * SIT-04471）, 保育士資格 登録番号 千葉-004219, ヘルパー 登録No. H-22107): the agency's or the prefecture's register
 * names the person. Letters then digits, or the prefecture's kanji then digits; four digits or more.
 */
const REGISTRATION_NUMBER =
  /登録(?:番号|No\.?|NO\.?)[ \t　]*[:：]?[ \t　]*(?<secret>[A-Za-z]{1,4}-?\d{4,8}|\p{Script=Han}{1,4}-\d{4,8})(?![A-Za-z0-9-])/dgu;

/** The worker's word or a qualification's, between the line's start and the number, no firm's or business's word after it. */
const WORKER_BEFORE =
  /(?:シッター|保育士|ベビーシッター|ヘルパー|介護(?:福祉)?士|看護師|保健師|栄養士|調理師|理容師|美容師|講師|家庭教師|ドライバー|通訳|ガイド|資格)(?![^\n]*(?:会社|事業|法人|業者|店舗|商品|製品|品名))[^\n]*$/u;
const afterWorkerWord = (match: RegExpExecArray, shadow: string): boolean => WORKER_BEFORE.test(shadow.slice(Math.max(0, match.index - 60), match.index));

/**
 * A licensed professional's registration by digits alone (土地家屋調査士 … （登録番号 40563）, 司法書士 登録番号 第3591号,
 * 社会保険労務士 登録番号 116493): the bar's or the profession's register lists one person under it. Five or six digits,
 * or digits in 第…号; a year's four (登録番号 2026 年度) are none.
 */
const PROFESSIONAL_REGISTRATION = /登録(?:番号|No\.?)[ \t　]*[:：]?[ \t　]*(?<ordinal>第[ \t　]?)?(?<secret>\d{3,6})(?![\d-])(?<go>[ \t　]?号)?/dgu;
/** A licensed profession's word before the number, no firm's word after it on the line (〇〇士法人: the firm's). */
const PROFESSIONAL_BEFORE =
  /(?:弁護士|司法書士|行政書士|税理士|弁理士|社会保険労務士|社労士|土地家屋調査士|公認会計士|不動産鑑定士|建築士|宅地建物取引士|宅建士)(?![^\n]*(?:会社|事業|法人|業者|店舗|商品|製品|品名))[^\n]*$/u;
const professionalsNumber = (match: RegExpExecArray, shadow: string): boolean => {
  const { ordinal, secret, go } = match.groups!;
  const shaped = ordinal === undefined ? secret!.length >= 5 : go !== undefined;
  return shaped && PROFESSIONAL_BEFORE.test(shadow.slice(Math.max(0, match.index - 60), match.index));
};

export const WORKER_REGISTRATION_NUMBERS: readonly PiiDetector[] = [
  gated(/登録(?:番号|No|NO)/, patternDetector("PERSONAL_ID", REGISTRATION_NUMBER, afterWorkerWord)),
  gated(/登録(?:番号|No)/, patternDetector("PERSONAL_ID", PROFESSIONAL_REGISTRATION, professionalsNumber)),
];
