import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { REGISTER_ENTRY } from "./register-numbers.js";

/**
 * A person's licence or certificate number written 第…号 after the qualification's name: a licensed profession's
 * registration (第二種電気工事士 青森第04417号, 一級建築士 第123456号, 薬剤師 第…号) and a course's certificate (玉掛け
 * 第T-22-0831号, 技能講習修了証 第…号, 作業主任者 …), and a benefit's certificate or a handbook a person is issued
 * (児童扶養手当証書番号 第 0713442 号, 障害者手帳番号 沖 第 4-0718 号; 免許証の番号は 第 …号): the register holds its person. The number whole,
 * with its prefecture or issuer before 第 (a space between only after a place's short name: 沖 第, not 技能講習 第) and
 * its 号, four digits or more inside. A firm's permit (建設業許可 第…号) and a
 * notice's or an article's number (告示第12号, 第2号議案) have no such name before them.
 */
const QUALIFICATION = String.raw`(?:\p{Script=Han}{1,8}[士師]|玉掛け?|技能講習|特別教育|修了証|免許証?|作業主任者|\p{Script=Han}{0,8}(?:証書|手帳))`;
const CERTIFICATE_NUMBER = new RegExp(
  String.raw`${QUALIFICATION}(?:[ \t　]*の?(?:登録|修了|免許)?(?:番号|No\.?))?[ \t　]*(?:[:：]|は)?[ \t　]*(?<secret>(?:\p{Script=Han}{1,4}|\p{Script=Han}{1,3}[ \t　])?${REGISTER_ENTRY})`,
  "dgu",
);
const fourDigits = (match: RegExpExecArray): boolean => (match.groups!.secret!.match(/\d/g)?.length ?? 0) >= 4;

/**
 * A licence's 第…号 a little after its 免状 or 免許, its holder's name or its class between (電気工事士免状：グエン 第一種
 * 第 K07-220318 号, 免許 山田 第 0412277 号): the entry names the holder. Within the clause; four digits or more inside. A
 * trade's licence (宅建業免許, 旅行業免許 …) is the firm's.
 */
const HELD_LICENCE_ENTRY = new RegExp(String.raw`(?:免状|(?<!業)免許)[^\n。]{0,20}?(?<secret>${REGISTER_ENTRY})`, "dgu");

export const CERTIFICATE_NUMBER_IDS: readonly PiiDetector[] = [
  gated(new RegExp(REGISTER_ENTRY), patternDetector("PERSONAL_ID", CERTIFICATE_NUMBER, fourDigits)),
  gated(/免状|免許/, patternDetector("PERSONAL_ID", HELD_LICENCE_ENTRY, fourDigits)),
];
