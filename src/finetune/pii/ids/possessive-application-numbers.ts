import { digitsOf, gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * An application's number after a possessive (your application HS-2612-00088, my loan application no. 20931877): the
 * applicant's own file, a tenancy's, a loan's or a visa's, as 申込番号 is; so is a consultation's at a public desk (your
 * consultation no. is KC-25-0412), the file of what the person asked. A code with five digits or more: a version or
 * a year after the word (your application v2, my application 2026) is none.
 */
/** A possessive before the application's word, its kind perhaps between (my loan application). */
export const POSSESSIVE_BEFORE_KIND = String.raw`(?<![A-Za-z])(?:[Yy]our|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)[ \t]+(?:(?:rental|tenancy|lease|loan|mortgage|visa|membership|guarantor|guarantee)[ \t]+)?`;
/** The number's word and a separator after the application's or the contract's word, then its code of five digits or more. */
export const NUMBER_AFTER_WORD = String.raw`(?:[ \t]+(?:no\.?|number|ID|#))?[ \t]*(?:[:：#]|is)?[ \t]*(?<secret>[A-Z]{1,4}(?:-?\d+)+|\d{5,}(?:-\d+)*)(?![A-Za-z0-9-])`;
const POSSESSIVE_APPLICATION = new RegExp(`${POSSESSIVE_BEFORE_KIND}(?:application|consultation)${NUMBER_AFTER_WORD}`, "dg");

/**
 * An application's number a Japanese sentence says is a person's (申請番号は施主の KKH-…, 申込番号：お客様の …, お申込み番号はご本人の
 * …): the applicant's own file, as the English possessive says. The number's word, then the person and の, then a code of
 * letters and digits; a desk's own number (受付番号) has no person before it.
 */
const PERSONS_APPLICATION_JA =
  /(?:申請|申込み?|申し込み|お申込み?|お申し込み)(?:番号|No\.?)[ \t]*(?:は|[:：])?[ \t]*(?:施主|お客様|お客さま|ご本人|本人|奥様|ご主人|ご家族|申請者|申込者|契約者|利用者)(?:様|さん)?の[ \t]*(?<secret>[A-Z]{1,4}(?:-?\d+)+|\d{5,}(?:-\d+)*)(?![A-Za-z0-9-])/dgu;

export const fiveDigits = (match: RegExpExecArray): boolean => digitsOf(match.groups!.secret!).length >= 5;

export const POSSESSIVE_APPLICATION_NUMBERS: readonly PiiDetector[] = [
  gated(/application|consultation/, patternDetector("PERSONAL_ID", POSSESSIVE_APPLICATION, fiveDigits)),
  gated(/申請|申込|申し込/, patternDetector("PERSONAL_ID", PERSONS_APPLICATION_JA, fiveDigits)),
];
