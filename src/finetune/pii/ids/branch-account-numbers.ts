import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * An account's seven digits right after a bank's name and perhaps its branch, the account's kind left out (栃木銀行 鹿沼支店
 * 3308815, 〇〇信用金庫 本町支店 0028417, ゆうき信組 駅前出張所 口座 1122334, an online bank's with no branch said: 楽天銀行
 * 6620419; in two groups of three and four as a passbook may print them: 伊予支店 512 3308): the account of whoever the line names. A branch's phone or a sum after it (支店 0289-62-…, 支店 1200000円) is none.
 */
const BANK_BRANCH_ACCOUNT =
  /(?:銀行|信用金庫|信金|信用組合|信組|労働金庫|労金|農協|(?<![A-Za-z])JA[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{0,8})[ \t　]*(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,8}(?:支店|支所|出張所|営業部)[ \t　]*)?(?:口座(?:番号)?[ \t　]*[:：]?[ \t　]*)?(?<secret>\d{7}|\d{3}[ \t]\d{4})(?![\d,.\-円件万])/dgu;

export const BRANCH_ACCOUNT_NUMBERS: readonly PiiDetector[] = [gated(/銀行|信用金庫|信金|信用組合|信組|労働金庫|労金|農協|JA/, patternDetector("PERSONAL_ID", BANK_BRANCH_ACCOUNT))];
