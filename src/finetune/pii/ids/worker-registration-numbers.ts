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

export const WORKER_REGISTRATION_NUMBERS: readonly PiiDetector[] = [gated(/登録(?:番号|No|NO)/, patternDetector("PERSONAL_ID", REGISTRATION_NUMBER, afterWorkerWord))];
