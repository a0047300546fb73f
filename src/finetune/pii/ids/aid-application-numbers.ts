import { before, gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * An application's number for public aid, named after the aid (合併浄化槽設置補助 申請番号 R7-3310, 「ウィッグ購入助成」申請番号
 * NK-WG-2025-00412, 給付金の申請番号：KY-0412): the applicant's own file at the town, as a loan's 申込番号 is. A code of
 * capitals (an era's year may follow them: 耐震改修補助の申請番号 TK-R7-0418, or a fiscal year's two digits: SK27-006530) and
 * groups of digits; a desk's 第…号 or a bare count stays. So is a grant's 交付申請番号, with the aid named or not
 * (補助金の交付申請番号 HJ27-0053961): 交付申請 is an aid's word alone.
 */
const AID_CODE = String.raw`(?<secret>[A-Z]{1,4}\d{0,2}(?:-[A-Z]{1,4}\d?)*(?:-\d{2,7}){1,3})(?![A-Za-z0-9-])`;
const AID_APPLICATION = new RegExp(
  String.raw`(?:(?:補助|助成|給付|手当|支援)(?:金|制度|事業)?[」』"”]?[ \t　]*の?[ \t　]*(?:交付)?|(?<![\p{Script=Han}\p{Script=Katakana}ー])交付)申請(?:番号|No\.?)[ \t　]*(?:は|[:：])?[ \t　]*${AID_CODE}`,
  "dgu",
);

/**
 * Or its number after 申請番号 alone, the aid's application named earlier in the text (移住支援金の申請書に書く番号について。…
 * 申請番号は KS-2026-0733 でした): the same applicant's file. Not a trip's or a document's application run into the word
 * (出張申請番号, アポスティーユ申請番号: an employee's or an office's).
 */
const AID_APPLICATION_LATER = new RegExp(String.raw`(?<![\p{Script=Han}\p{Script=Katakana}ー])申請(?:番号|No\.?)[ \t　]*(?:は|[:：])?[ \t　]*${AID_CODE}`, "dgu");
const AID_APPLIED_FOR = /(?:補助|助成|給付|手当|支援)(?:金|制度|事業)?の?申請/;
const aidAppliedForBefore = (match: RegExpExecArray, shadow: string): boolean => AID_APPLIED_FOR.test(before(shadow, match.index, 80));

export const AID_APPLICATION_NUMBERS: readonly PiiDetector[] = [
  gated(/申請/, patternDetector("PERSONAL_ID", AID_APPLICATION)),
  gated(/申請(?:番号|No)/, patternDetector("PERSONAL_ID", AID_APPLICATION_LATER, aidAppliedForBefore)),
];
