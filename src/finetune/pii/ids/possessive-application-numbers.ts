import { digitsOf, gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * An application's number after a possessive (your application HS-2612-00088, my loan application no. 20931877): the
 * applicant's own file, a tenancy's, a loan's or a visa's, as 申込番号 is. A code with five digits or more: a version or
 * a year after the word (your application v2, my application 2026) is none.
 */
const POSSESSIVE_APPLICATION =
  /(?<![A-Za-z])(?:[Yy]our|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)[ \t]+(?:(?:rental|tenancy|lease|loan|mortgage|visa|membership|guarantor|guarantee)[ \t]+)?application(?:[ \t]+(?:no\.?|number|ID|#))?[ \t]*(?:[:：#]|is)?[ \t]*(?<secret>[A-Z]{1,4}(?:-?\d+)+|\d{5,}(?:-\d+)*)(?![A-Za-z0-9-])/dg;

export const POSSESSIVE_APPLICATION_NUMBERS: readonly PiiDetector[] = [
  gated(/application/, patternDetector("PERSONAL_ID", POSSESSIVE_APPLICATION, (match) => digitsOf(match.groups!.secret!).length >= 5)),
];
