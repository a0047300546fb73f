import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A number whose aside right after it says a person holds it: in brackets, whose name it is in (利用券 第2291号（市発行・
 * 本人名義）, 届出の受理番号 第 ゆ-0231 号（田村様名義、昭和62年）), or that it is a private contract (点検契約 MT-0417 は個人契約,
 * 保守契約 HS-0208、個人契約): the holder's, as a private tenant's contract is. A firm's (会社名義, 法人名義, 商事様名義) is not a
 * person's, and stays.
 */
const PERSONS_ASIDE = String.raw`(?=[ 　]*(?:[（(][^（()）\n]{0,12}?|[ 　]*[は、,][ 　]*)(?:本人|個人|[^（()）\s、,]{1,8}?(?<!会社|商事|法人|組合|工業|店)(?:様|さん))(?:名義|契約))`;
/** In 第…号, digits perhaps after a kana's, a kanji's or a letter's mark and a hyphen (第 ゆ-0231 号, 第A-30418号). */
const WRAPPED_NUMBER = new RegExp(
  String.raw`第[ 　]?(?<secret>(?:[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}A-Z]{1,3}-?)?\d{3,8}(?:-\d{1,6})?)[ 　]?号${PERSONS_ASIDE}`,
  "dgu",
);
/** A code of capitals and digits joined by hyphens (MT-0417, HS-2016-0208, KB-A-0412B). */
const CODE = new RegExp(String.raw`(?<![A-Za-z0-9-])(?<secret>[A-Z]{1,4}(?:-[A-Z0-9]{1,4})?-\d{3,8}[A-Z]?)(?![A-Za-z0-9-])${PERSONS_ASIDE}`, "dgu");

export const NUMBERS_HELD_IN_A_PERSONS_NAME: readonly PiiDetector[] = [
  gated(/名義|個人契約/, patternDetector("PERSONAL_ID", WRAPPED_NUMBER)),
  gated(/名義|個人契約/, patternDetector("PERSONAL_ID", CODE)),
];
