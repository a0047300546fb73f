import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { THING_WORD } from "./labelled-id-detectors.js";
import { REGISTER_ENTRY, REGISTER_NUMBER } from "./register-numbers.js";

/**
 * The numbers of what a person holds, known by what it is rather than by a label of 番号 of their own: a permit's or a
 * certificate's 第…号 (火葬許可証 番号 富士市 第2026-04871号), a prepaid or transit card's number after its name
 * (Suica（JE 801 2260 4471 5938）, nanaco 番号 …), a card's, a licence's or a notice's number given as its の番号
 * (通知ハガキの番号 R8-03-017724, 免許証の番号は …), and a number longer than any card's after a person's label (a
 * utility's 22-digit supply point number).
 */

/**
 * A permit, a certificate or a register entry issued to a person (火葬許可証, 埋葬許可, 死亡届, 戸籍, 免許証, 資格の登録), or
 * a benefit's voucher or decision (補装具費 支給券 武保障第 2026-0619 号, 受給者証, 支給決定通知書), then within the phrase
 * a 第…号 of four digits or more, the issuing office's short name perhaps before 第. A firm's licence or registration (建設業許可, 古物商許可, 商標登録,
 * 特許) is the firm's and stays, as does a law's or a clause's number (法律第123号, 第3号), and a permit's number under
 * the label 許可番号 (許可番号 港区 第5-12-3号: a shop's, a vendor's or a shipment's permit, the corpus's order look-alike).
 */
const PERMIT_NUMBER = new RegExp(
  String.raw`(?<![業商標])(?<word>許可(?!番号)証?|証明書?|届(?:出)?|戸籍|住民票|免許証?|資格証?|登録証|認定証?|合格証|修了証|受理|(?:支給|給付|交付|受給)券|受給者証|決定通知書?)(?:[^\n。、()（）]{0,16}?)第[ \t]?(?<secret>${REGISTER_NUMBER})[ \t]?号`,
  "dgu",
);
/**
 * A firm's or a patent's word in the phrase before the permit's, or a trade's work written without its 業 (収集運搬許可,
 * 産廃処分許可: a waste hauler's), or a place's use (撮影許可, 道路占用, 公園使用; a parks office's 緑政 第…号: a shoot's or an
 * event's permit): the number is no person's.
 */
const FIRM_PERMIT = /業|商|特許|意匠|商標|法人|会社|店|工事|建設|営業|酒類|古物|宅建|収集|運搬|処分|廃棄物|産廃|撮影|ロケ|占用|使用|道路|公園|緑政/u;

const permitOfAPerson = (match: RegExpExecArray, shadow: string): boolean => {
  const [secretStart] = match.indices!.groups!.secret!;
  return !FIRM_PERMIT.test(shadow.slice(Math.max(0, match.index - 12), secretStart)) && (match.groups!.secret!.match(/\d/g)?.length ?? 0) >= 4;
};

/**
 * The name of a transit or prepaid card, or its kind's (IC カード番号 JE …, a commuter pass's card), then its number,
 * perhaps in brackets or after 番号: letters and digits in groups, twelve digits or more (a card's balance or its last
 * four are not its number); its ID番号 as the card's app shows it (Suica ID番号 JE12 3456 7890 1234, ICOCAのID …) is the
 * same number.
 */
const PREPAID_CARD =
  /(?<![A-Za-z])(?:Suica|SUICA|PASMO|ICOCA|Kitaca|TOICA|manaca|SUGOCA|nimoca|はやかけん|PiTaPa|SAPICA|WAON|nanaco|Edy|交通系IC(?:カード)?|IC[ \t]?カード)(?:カード)?[ \t]*(?:[（(:：]|は|の?ID(?:番号)?|番号|No\.?)?[ \t]*(?:番号[ \t]*[:：は]?[ \t]*)?(?<secret>(?:[A-Z]{1,2}[ -]?)?\d{2,4}(?:[ -]?\d{2,4}){2,5})(?![\dA-Za-z])/dgu;
const twelveDigits = (value: string): boolean => (value.match(/\d/g)?.length ?? 0) >= 12;

/**
 * A card's number whose two capitals open it before twelve digits or more in groups (カード番号 JE 0318 4420 7716 0025,
 * card no. PB 1120 4418 9023 77), the card's name said earlier: a transit or prepaid card's, as its issuer prints it; a
 * payment card's number holds no letter.
 */
const LETTERED_CARD_NUMBER =
  /(?:カード(?:番号|No\.?|ID)|(?<![A-Za-z])[Cc]ard (?:[Nn]o\.?|[Nn]umber|#))[ \t]*(?:は|[:：])?[ \t]*(?<secret>[A-Z]{2}[ -]?\d{2,4}(?:[ -]?\d{2,4}){2,5})(?![\dA-Za-z])/dgu;

/**
 * A card, a licence, a book or a notice held by a person, then の番号 and its value (通知ハガキの番号 R8-03-017724,
 * 免許証の番号は 3012 …, 入退室カードの番号 IC 0041 7729): letters with four digits or more, or six digits, perhaps in
 * groups after its kind's capitals as the card prints it. A thing's card or slip (注文確認ハガキ, 乗車券) keeps its number.
 */
const HELD_DOCUMENT_NUMBER =
  /(?<![\p{Script=Han}\p{Script=Katakana}ー])(?<word>[\p{Script=Han}\p{Script=Katakana}ー]{0,8}(?:証|カード|ハガキ|はがき|葉書|手帳|通知))の(?:番号|ナンバー|ID)[ \t]*(?:は|:|：)?[ \t]*(?<secret>[A-Z]{1,3}[ \t]\d{3,4}(?:[ \t]\d{2,4}){1,4}(?![ \t]?[年月日])|[A-Za-z]{0,3}-?\d[A-Za-z0-9-]{2,18}[A-Za-z0-9])(?![A-Za-z0-9-])/dgu;
const heldDocumentNumber = (match: RegExpExecArray): boolean => {
  const { word, secret } = match.groups!;
  const digits = secret!.match(/\d/g)?.length ?? 0;
  // 通知 is a thing's word for a notice's own form (通知書番号); a notice sent to a person is named with its card (通知ハガキ).
  return !THING_WORD.test(word!.replace(/通知(?=ハガキ|はがき|葉書|カード)/u, "")) && (/[A-Za-z]/.test(secret!) ? digits >= 4 : digits >= 6);
};

/**
 * A number longer than a card's or a My Number (seventeen digits or more, in groups: 04 0021 0715 9932 4410 00) a
 * sentence or two after a person's or an account's label (供給地点特定番号, お客さま番号): a meter's, a contract's or an
 * account's number. After a thing's label (注文番号, 追跡番号) it stays.
 */
const LONG_GROUPED_NUMBER = /(?<![\dA-Za-z-])\d{2,6}(?:[ -]\d{2,6}){3,8}(?![\dA-Za-z]|-\d)/dg;
const LAST_LABEL = /(?<![\p{Script=Han}\p{Script=Katakana}ー])(?<word>[\p{Script=Han}\p{Script=Katakana}ー]{1,10})(?:番号|ナンバー|ID|No\.?)(?![\s\S]*(?:番号|ナンバー|ID|No\.?))/u;
const afterAPersonsLabel = (match: RegExpExecArray, shadow: string): boolean => {
  if ((match[0].match(/\d/g)?.length ?? 0) < 17) return false;
  const word = LAST_LABEL.exec(shadow.slice(Math.max(0, match.index - 120), match.index))?.groups!.word;
  return word !== undefined && !THING_WORD.test(word);
};

export const HELD_DOCUMENT_ID_DETECTORS: readonly PiiDetector[] = [
  gated(new RegExp(REGISTER_ENTRY), patternDetector("PERSONAL_ID", PERMIT_NUMBER, permitOfAPerson)),
  gated(
    /Suica|SUICA|PASMO|ICOCA|Kitaca|TOICA|manaca|SUGOCA|nimoca|はやかけん|PiTaPa|SAPICA|WAON|nanaco|Edy|IC[ \t]?カード|交通系IC/,
    patternDetector("PERSONAL_ID", PREPAID_CARD, (match) => twelveDigits(match.groups!.secret!)),
  ),
  gated(/カード|[Cc]ard/, patternDetector("PERSONAL_ID", LETTERED_CARD_NUMBER, (match) => twelveDigits(match.groups!.secret!))),
  gated(/(?:証|カード|ハガキ|はがき|葉書|手帳|通知)の(?:番号|ナンバー|ID)/u, patternDetector("PERSONAL_ID", HELD_DOCUMENT_NUMBER, heldDocumentNumber)),
  gated(/\d[ -]\d{2,6}[ -]\d{2,6}[ -]\d{2,6}[ -]\d/, patternDetector("PERSONAL_ID", LONG_GROUPED_NUMBER, afterAPersonsLabel)),
];
