import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * An account's number in a bank's record of an export or an API's JSON ("bank":{"name":"りそな銀行","branch":"新宿",
 * "type":"普通","number":"1730485"}, "bank": {"account_no": "0012-884213"}): the payee's account, the object's own
 * "number" named by the bank around it. Six digits or more, perhaps a branch's code before a hyphen; the bank's code or
 * its branch's (three or four digits) is no account.
 */
const BANK_RECORD_NUMBER =
  /"bank(?:_?account)?"[ \t]*:[ \t]*\{[^{}\n]{0,160}?"(?:number|account(?:_?(?:no|number))?|acct(?:_?no)?|口座番号)"[ \t]*:[ \t]*"(?<secret>\d{6,17}|\d{3,4}-\d{6,8})"/dg;

export const BANK_RECORD_NUMBERS: readonly PiiDetector[] = [gated(/"bank(?:_?account)?"[ \t]*:[ \t]*\{/, patternDetector("PERSONAL_ID", BANK_RECORD_NUMBER))];
