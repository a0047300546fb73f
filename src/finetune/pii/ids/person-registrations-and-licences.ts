import { digitsOf, gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * Five digits or more, not a date or a span of years: a grade, a fee, a year, a season or a day (licence C-1,
 * registration 2026, player card 2026-27, registration 2026-12-01) is no person's entry.
 */
const DATE_OR_SEASON = /^(?:19|20)\d\d-(?:\d{1,2}(?:-\d{1,2})?|(?:19|20)\d\d)$/;
const fiveDigits = (match: RegExpExecArray): boolean => digitsOf(match.groups!.secret!).length >= 5 && !DATE_OR_SEASON.test(match.groups!.secret!);

/** A number's word and the issuer in brackets after it (player reg. no. (JBA), coach licence #). */
const NUMBER_WORD = String.raw`(?: ?(?:[Nn]o\.?|[Nn]umber|#|ID))?(?: ?\([A-Za-z0-9 .]{1,12}\))?[ \t]*[:：#]?[ \t]*`;

/**
 * A code as a federation, a police force or a licensing office prints it: its issuer's capitals perhaps first
 * (JBA 0871-4402-19, DL 482931), then letters and digits in hyphened groups.
 */
const ISSUED_CODE = String.raw`(?:[A-Z]{2,5} )?[A-Z]{0,4}-?\d[A-Z0-9-]{2,18}\d(?![A-Za-z0-9-])`;

/**
 * A player's, a coach's or a referee's registration or licence with a sports federation (player reg. no. (JBA) JBA
 * 0871-4402-19, JFA referee licence R-3-2214087, coach licence C-1-0034918): the federation's register names its holder.
 */
const SPORTS_REGISTRATION = new RegExp(
  String.raw`(?<![A-Za-z])(?:[Pp]layer|[Cc]oach(?:ing)?|[Rr]eferee|[Uu]mpire|[Aa]thlete|[Ii]nstructor)(?:'s|’s)? (?:reg(?:istration)?\.?|licen[cs]e|card)${NUMBER_WORD}(?<secret>${ISSUED_CODE})`,
  "dg",
);

/**
 * The same registration in Japanese, a coach's, a player's or a referee's with a sports body (スポーツ少年団 指導者登録
 * SS-11-0318562, 選手登録番号 JB-4410297, 審判員登録 3-2214087): the body's register names its holder.
 */
const SPORTS_REGISTRATION_JA = new RegExp(
  String.raw`(?:指導者|選手|審判員?|コーチ)(?:登録|ライセンス)(?:番号|No\.?|ID)?[ \t　]*[:：]?[ \t　]*(?:第[ \t　]?)?(?<secret>${ISSUED_CODE})`,
  "dgu",
);
/**
 * Or the number given a little after the registration's word, the federation's capitals before its digits' groups
 * (選手登録番号が変わった？ 前は JBA 0517-7763-29; 審判登録、更新後の番号は JFA 2390-4736-08): the same register's entry, the
 * capitals saying whose register. Within the line; the digits in two groups or more.
 */
const SPORTS_NUMBER_AFTER_WORDS = new RegExp(
  String.raw`(?:指導者|選手|審判員?|コーチ)(?:登録|ライセンス)[^\n]{1,24}?(?<![A-Za-z])[A-Z]{2,5}[ \t](?<secret>\d{2,6}(?:-\d{2,6}){1,3})(?![\d-])`,
  "dgu",
);

/**
 * A police or background check's reference (police check ref PVG-2025-771043, DBS certificate no. 001742298315, Garda
 * vetting ref GV-88123): the check was made on one person.
 */
const VETTING_REFERENCE = new RegExp(
  String.raw`(?<![A-Za-z])(?:[Pp]olice|[Bb]ackground|[Cc]riminal[ -]record|DBS|PVG|[Vv]etting|WWCC)(?: (?:check|disclosure|certificate|clearance))? (?:ref(?:erence)?\.?|[Nn]o\.?|[Nn]umber|#)[ \t]*[:：#]?[ \t]*(?<secret>${ISSUED_CODE})`,
  "dg",
);

/**
 * A licence named alone, its code a grade's letter, a class's digit and a serial (licence D-2-0118420, license B-1-774120):
 * a person's licence as a federation or an office issues it; a program's key has no such shape.
 */
const GRADED_LICENCE = /(?<![A-Za-z])[Ll]icen[cs]e[ \t]*[:：]?[ \t]*(?<secret>[A-Z]{1,2}-\d{1,2}-\d{5,10})(?![A-Za-z0-9-])/dg;

/** A driving licence whose number keeps the DL its card prints (NZ driver licence DL 482931, driving licence DL-7731024). */
const DL_PREFIXED_LICENCE = /(?<![A-Za-z])(?:[Dd]river'?s?|[Dd]riving) licen[cs]e[^\n.;]{0,16}?(?<secret>DL[ -]?\d{5,9})(?![A-Za-z0-9-])/dg;

/**
 * A European pilot's licence as EASA's Part-FCL numbers it, the issuing state first (FR.FCL.BPL.00727, DE.FCL.PPL.A.12044):
 * one pilot's, by its FCL (flight crew licensing) between the state and the licence's kind.
 */
const EASA_PILOT_LICENCE = /(?<![A-Za-z0-9.])(?<secret>[A-Z]{2}\.FCL\.(?:[A-Z]{1,5}\.){1,2}\d{3,8})(?![A-Za-z0-9]|\.\d)/dg;

/**
 * A seafarer's identity and record book (SIRB C0527731, SIRB No. 0412287): its abbreviation is masked with the number,
 * which names the seafarer in their country's register.
 */
const SEAFARER_BOOK = /(?<![A-Za-z])(?<secret>SIRB[ \t]?(?:[Nn]o\.?[ \t]?)?[:：]?[ \t]?[A-Z]{0,2}\d{6,8})(?![A-Za-z0-9])/dg;

/**
 * A permit's or a licence's number with whose it is in brackets right after (import permit: 0007311946 (in Callum's
 * name), AVS import licence AVS-IL-26-0041207 (Wei Ling's)): a person's, as the possessive says; a firm's (Acme Ltd's)
 * stays.
 */
const PERMIT_WITH_WHOSE = new RegExp(
  String.raw`(?<![A-Za-z])(?:[Pp]ermit|[Ll]icen[cs]e)(?: (?:number|no\.?|#))?[ \t]*[:：]?[ \t]*(?<secret>(?:[A-Z]{1,5}-){0,3}\d[\d-]{2,18}\d)(?![A-Za-z0-9-])[ \t]*[(（](?:in )?(?<whose>[A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+){0,2})['’]s(?: name)?[)）]`,
  "dg",
);
const FIRM_WORD = /(?:^| )(?:Ltd|Inc|Co|Corp|LLC|GmbH|Company|Group|Farm|Hospital|Clinic|Club)$/;
const personsPermit = (match: RegExpExecArray): boolean => (match.groups!.secret!.match(/\d/g)?.length ?? 0) >= 5 && !FIRM_WORD.test(match.groups!.whose!);

/**
 * Canada's immigration client number (UCI は 1123-4587, UCI: 11-2345-6789, UCI 1123458790): eight or ten digits,
 * perhaps in groups; IRCC files its holder under it.
 */
const IRCC_UCI = /(?<![A-Za-z])UCI(?: ?(?:[Nn]o\.?|[Nn]umber|#))?[ \t]*(?:は|[:：]|is)?[ \t]*(?<secret>\d{4}-\d{4}|\d{2}-\d{4}-\d{4}|\d{8}|\d{10})(?![\d-])/dg;

/**
 * A grave's use permit from a temple or a cemetery (墓地使用許可証 第 西福-0714 号, 墓所使用許可番号 A-1182): the plot's
 * holder's entry; the temple's short name may stand before the number.
 */
const GRAVE_PERMIT =
  /(?:墓地|墓所|霊園|納骨堂)(?:の)?使用許可(?:証)?(?:番号|No\.?)?[ \t　]*[:：]?[ \t　]*(?:第[ \t　]?)?(?<secret>(?:\p{Script=Han}{1,4}-)?[A-Za-z]{0,2}-?\d{3,8}(?:-\d{1,4})?)(?![\d-])/dgu;

export const PERSON_REGISTRATIONS_AND_LICENCES: readonly PiiDetector[] = [
  gated(/[Rr]eg|[Ll]icen|[Cc]ard/, patternDetector("PERSONAL_ID", SPORTS_REGISTRATION, fiveDigits)),
  gated(/(?:指導者|選手|審判員?|コーチ)(?:登録|ライセンス)/u, patternDetector("PERSONAL_ID", SPORTS_REGISTRATION_JA, fiveDigits)),
  gated(/(?:指導者|選手|審判員?|コーチ)(?:登録|ライセンス)/u, patternDetector("PERSONAL_ID", SPORTS_NUMBER_AFTER_WORDS, fiveDigits)),
  gated(/[Pp]olice|[Bb]ackground|[Cc]riminal|DBS|PVG|[Vv]etting|WWCC/, patternDetector("PERSONAL_ID", VETTING_REFERENCE, fiveDigits)),
  gated(/[Ll]icen[cs]e/, patternDetector("PERSONAL_ID", GRADED_LICENCE)),
  gated(/DL/, patternDetector("PERSONAL_ID", DL_PREFIXED_LICENCE)),
  gated(/UCI/, patternDetector("PERSONAL_ID", IRCC_UCI)),
  gated(/\.FCL\./, patternDetector("PERSONAL_ID", EASA_PILOT_LICENCE)),
  gated(/SIRB/, patternDetector("PERSONAL_ID", SEAFARER_BOOK)),
  gated(/['’]s(?: name)?[)）]/, patternDetector("PERSONAL_ID", PERMIT_WITH_WHOSE, personsPermit)),
  gated(/使用許可/, patternDetector("PERSONAL_ID", GRAVE_PERMIT)),
];
