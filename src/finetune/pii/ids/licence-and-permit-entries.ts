import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { columnHeading } from "../context/number-context.js";
import { REGISTER_NUMBER } from "./register-numbers.js";

/**
 * A register's 第…号, the issuing office's short name perhaps before it (長野第 26-0418 号, 飯田 第 3312 号, 南部保 第
 * 6-2218 号): the number alone is taken, three digits or more in it.
 */
const REGISTER_ENTRY_NUMBER = new RegExp(String.raw`第[ \t　]?(?<secret>${REGISTER_NUMBER})[ \t　]?号`, "dgu");
const threeDigits = (value: string): boolean => (value.match(/\d/g)?.length ?? 0) >= 3;

/**
 * A hunter's licence or a gun owner's permit, its word shortly before (第一種銃猟 長野第 26-0418 号, わな猟 …, 網猟 …,
 * 猟銃の所持許可 …), or the entry in a table's column its word heads (| 狩猟免許 | 銃所持許可証 |): the prefecture's
 * register names its holder.
 */
const HUNTING_OR_GUN_WORD = /銃猟|わな猟|罠猟|網猟|狩猟|猟銃|銃砲|銃所持|所持許可/u;
const huntingOrGunEntry = (match: RegExpExecArray, shadow: string): boolean => {
  if (!threeDigits(match.groups!.secret!)) return false;
  const lineStart = shadow.lastIndexOf("\n", match.index - 1) + 1;
  const cellStart = Math.max(lineStart, shadow.lastIndexOf("|", match.index - 1) + 1);
  return HUNTING_OR_GUN_WORD.test(shadow.slice(Math.max(cellStart, match.index - 16), match.index)) || HUNTING_OR_GUN_WORD.test(columnHeading(shadow, match.index) ?? "");
};

/**
 * A food business's permit from a health centre (那覇市保健所 第 R7-那-1188 号, 営業許可 南部保 第 6-2218 号): a stall's
 * or a kitchen car's, held by its owner in person more often than by a firm (a firm's is masked too, which names no one
 * lost). After the centre's full name the number alone; its short name (南部保, only after a permit's word on the line)
 * is the register's entry whole, as a licence's issuer is (certificate-number-ids).
 */
const healthCentrePermit = (match: RegExpExecArray, shadow: string): boolean =>
  threeDigits(match.groups!.secret!) && /保健所[ \t　]*$/u.test(shadow.slice(Math.max(0, match.index - 12), match.index));
const SHORT_CENTRE_PERMIT = new RegExp(String.raw`(?<=許可[^\n]{0,12}?)(?<![\p{Script=Han}])\p{Script=Han}{1,4}保[ \t　]*第[ \t　]?(?<number>${REGISTER_NUMBER})[ \t　]?号`, "dgu");

/**
 * A person's licence named shortly before its register's entry, the issuing prefecture perhaps between (Guide-Interpreter
 * licence 長野県 第 2019-0142 号, 全国通訳案内士 東京都 第 12345 号, 調理師免許 第 88120 号), or a dog's licence tag with its
 * town's name (鑑札 旭 第 2026-0381 号: the town's register of dogs names the owner), or a disability or care book with
 * its grade and its issuing city's short name (障害者手帳（身体4級）北九第31-02275号), or a course's certificate its
 * holder keeps for a shop or a building (食品衛生責任者 第F-0719-208号, 防火管理者): the register names its holder. Not
 * a trade's licence (宅建業免許, 旅行業): a firm's.
 */
const PERSON_LICENCE_WORD = /(?<![A-Za-z])[Ll]icen[cs]e|LICEN[CS]E|(?<![業])免許|案内士|鑑札|障害者手帳|療育手帳|保健福祉手帳|食品衛生責任者|防火管理者/u;
const TRADE_WORD = /業/u;
/**
 * Where the entry's line is a list item's wrapped line, indented, and the line before it ends on an entry and a comma (美容師免許
 * 登録番号 第285104号、⏎  Dewi … は第397216号。): the next holder's entry of the same licence, its word on the line before.
 */
const ENTRY_THEN_COMMA = /第[ \t　]?[A-Za-z0-9-]{3,}[ \t　]?号[、,][ \t　]*$/u;
const licensedLead = (lead: string): boolean => {
  const word = PERSON_LICENCE_WORD.exec(lead);
  return word !== null && !TRADE_WORD.test(lead.slice(Math.max(0, word.index - 4), word.index));
};
const personLicenceEntry = (match: RegExpExecArray, shadow: string): boolean => {
  if (!threeDigits(match.groups!.secret!)) return false;
  const lineStart = shadow.lastIndexOf("\n", match.index - 1) + 1;
  if (licensedLead(shadow.slice(Math.max(lineStart, match.index - 24), match.index))) return true;
  if (lineStart === 0 || !/[ \t　]/u.test(shadow.charAt(lineStart))) return false;
  const previous = shadow.slice(shadow.lastIndexOf("\n", lineStart - 2) + 1, lineStart - 1);
  const entry = ENTRY_THEN_COMMA.exec(previous);
  return entry !== null && licensedLead(previous.slice(Math.max(0, entry.index - 24), entry.index));
};

/**
 * A licence's entry written without its 号, closed by the bracket that holds it (licence no. 東京都 通訳案内士 第 12-04471):
 * the register's number all the same, read only after a person's licence word (personLicenceEntry).
 */
const BRACKETED_ENTRY_NUMBER = new RegExp(String.raw`第[ \t　]?(?<secret>${REGISTER_NUMBER})(?=[ \t　]*[)）])`, "dgu");

/**
 * A road's or a river's occupancy permit, the issuing office's short name perhaps between, a person said to hold it after
 * it on its line (道路占用許可 西土第 2025-0311 号。申請者は個人の …, …（所有者 … 様）): a road permit a private owner holds,
 * as the Decisions read one. A permit with no holder named (道路占用許可 港区 第3-1234号) may be a firm's: it stays.
 */
const OCCUPANCY_PERMIT = new RegExp(String.raw`占用許可(?:証|番号)?[ \t　]*[:：]?[ \t　]*(?:\p{Script=Han}{1,4}[ \t　]?)?第[ \t　]?(?<secret>${REGISTER_NUMBER})[ \t　]?号`, "dgu");
const HOLDER_AFTER = /^[^\n]{0,40}?(?:申請者|所有者|オーナー|個人|本人|様|氏|さん)/u;
const heldByAPerson = (match: RegExpExecArray, shadow: string): boolean =>
  threeDigits(match.groups!.secret!) && HOLDER_AFTER.test(shadow.slice(match.index + match[0].length, match.index + match[0].length + 60));

/**
 * An adult guardianship's registration (後見登記事項証明書 … 登記番号 第2025-6231号, 保佐の登記 登記番号 第…号): the
 * Legal Affairs Bureau's register of guardianships names the ward it was made for. Its word on the number's line; a
 * firm's or a land's 登記 (商業登記, 不動産登記) has none.
 */
const GUARDIANSHIP_REGISTRATION = new RegExp(String.raw`登記番号[ \t　]*[:：]?[ \t　]*第[ \t　]?(?<secret>${REGISTER_NUMBER})[ \t　]?号`, "dgu");
const GUARDIANSHIP_WORD = /後見|保佐/u;
const guardianshipWordNear = (match: RegExpExecArray, shadow: string): boolean => {
  const lineStart = shadow.lastIndexOf("\n", match.index - 1) + 1;
  const lineEnd = shadow.indexOf("\n", match.index);
  return threeDigits(match.groups!.secret!) && GUARDIANSHIP_WORD.test(shadow.slice(lineStart, lineEnd === -1 ? undefined : lineEnd));
};

export const LICENCE_AND_PERMIT_ENTRIES: readonly PiiDetector[] = [
  gated(/猟|銃/, patternDetector("PERSONAL_ID", REGISTER_ENTRY_NUMBER, huntingOrGunEntry)),
  gated(/保健所/, patternDetector("PERSONAL_ID", REGISTER_ENTRY_NUMBER, healthCentrePermit)),
  gated(/許可/, patternDetector("PERSONAL_ID", SHORT_CENTRE_PERMIT, (match) => threeDigits(match.groups!.number!))),
  gated(/[Ll]icen[cs]e|LICEN[CS]E|免許|案内士|鑑札|手帳|責任者|管理者/, patternDetector("PERSONAL_ID", REGISTER_ENTRY_NUMBER, personLicenceEntry)),
  gated(/[Ll]icen[cs]e|LICEN[CS]E|免許|案内士/, patternDetector("PERSONAL_ID", BRACKETED_ENTRY_NUMBER, personLicenceEntry)),
  gated(/登記番号/, patternDetector("PERSONAL_ID", GUARDIANSHIP_REGISTRATION, guardianshipWordNear)),
  gated(/占用許可/, patternDetector("PERSONAL_ID", OCCUPANCY_PERMIT, heldByAPerson)),
];
