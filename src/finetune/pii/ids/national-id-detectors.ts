import { before, gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * Other countries' national identity and tax numbers after their name, as a foreign customer, worker or tourist gives
 * them: Korea's resident registration number (주민등록번호 900101-1234567), China's 身份证号, Taiwan's 身分證字號, Hong Kong's
 * HKID, Brazil's CPF and RG (its identity card's), Spain's DNI/NIE, Italy's codice fiscale, India's PAN, Indonesia's
 * NIK, Mexico's CURP, Chile's RUT, Poland's PESEL, the Netherlands' BSN, Germany's Steuer-ID, Vietnam's citizen ID
 * (CCCD), Nepal's citizenship certificate, Sweden's personnummer, India's Aadhaar (4491 2278 3316), Canada's social insurance
 * number (SIN), the UK's National Insurance number (NINO), Ireland's PPS number, the Philippines' SSS number, the UK's Unique Taxpayer Reference (UTR 84217 39520), the Emirates ID (784-1990-…) and Taiwan's
 * (ROC) ID, and a "personal number" as a foreigner names the one his country gives him (not a phone's, from its 0), and
 * an ID or identity card's number with no number word (His Italian ID card: CA12345BX). A name then, perhaps its "no.",
 * perhaps where it is written or what it is for before a colon (RRN on the family relation certificate:, CPF for the
 * bank form:, Codice fiscale (for the export licence):), perhaps after a separator (", it is" too) or in a bracket (national ID (F128846275)), a value of letters
 * and digits with five digits or more.
 */
const NATIONAL_ID_NAMES =
  "주민등록번호|외국인등록번호|身份证(?:号码|号)?|居民身份证|身分證(?:字號|號碼)?|(?<![A-Za-z])(?:[Rr]esident [Rr]egistration(?: [Nn]umber| [Nn]o\\.?)?|RRN|HKID(?: [Nn]o\\.?)?|Hong Kong ID(?: card)?(?: [Nn]o\\.?| number)?|CPF|RG|DNI|NIE|NIF|[Cc]odice [Ff]iscale|PAN(?: [Cc]ard)?(?: [Nn]o\\.?| number)?|NIK|KTP|CURP|RUT|PESEL|BSN|Steuer-?ID|Steueridentifikationsnummer|[Nn]ational ID(?: card)?(?: [Nn]o\\.?| number)?|[Nn]ational [Ii]dentity(?: card)?(?: [Nn]o\\.?| number)?|(?:ID|[Ii]dentity) card(?: [Nn]o\\.?| number)?|[Cc]itizen(?:'s)? ID(?: card)?(?: [Nn]o\\.?| number)?|[Cc]itizen [Ii]dentity(?: card)?(?: [Nn]o\\.?| number)?|[Cc]itizenship (?:certificate|card)(?: [Nn]o\\.?| number)?|CCCD|CMND|[Pp]ersonal (?:ID |identity )?number|[Pp]ersonnummer|Aadhaar(?: [Cc]ard)?(?: [Nn]o\\.?| number)?|SIN|[Ss]ocial [Ii]nsurance [Nn]umber|NINO|[Nn]ational [Ii]nsurance(?: [Nn]umber| [Nn]o\\.?)|PPSN?|SSS|ROC ID|Taiwan(?:ese)? ID|UTR|[Uu]nique [Tt]axpayer [Rr]eference|Emirates ID(?: card)?(?: [Nn]o\\.?| number)?)(?![A-Za-z])(?:[ \\t]+(?:[Nn]o\\.?|[Nn]umber|#))?";
/**
 * Where the number is written or what it is for, between its name (and its "no.") and its colon (RRN on the family
 * relation certificate:, CPF for the bank form:, Aadhaar shown on the visa form by mistake:, Codice fiscale (for the
 * export licence):): a few lower-case words or a bracket. No "and" or "or" (CPF and the order number: names another's)
 * and no number word of its own (the phrase would be another number's label).
 */
const WHERE_WRITTEN = String.raw`(?:(?:[ \t]+\([^()\n:：]{1,50}\)|(?:[ \t]+(?!(?:and|or|but|number|no|code|id)(?![a-z]))[a-z]+){1,7})(?=[ \t]*[:：]))?`;
const NATIONAL_ID = new RegExp(
  `(?:${NATIONAL_ID_NAMES})${WHERE_WRITTEN}[ \\t]*(?:[:：#]|は|is|=|,?[ \\t]*(?:it|that)(?:'s| is| was))?[ \\t]*(?:[(（](?=[A-Z0-9]))?(?<secret>[A-Z0-9](?:[A-Z0-9]|[.\\-/ ](?=[A-Z0-9])){4,22}(?:\\([0-9A]\\))?)(?![A-Za-z0-9])`,
  "dgu",
);
/** Five digits or more; or four with three letters (India's PAN: ABCDE1234F). */
const fiveDigits = (value: string): boolean => {
  const digits = value.match(/\d/g)?.length ?? 0;
  return digits >= 5 || (digits >= 4 && (value.match(/[A-Z]/g)?.length ?? 0) >= 3);
};
/**
 * A phone's number from its 0 (a "personal number" is a mobile's too): grouped, or ten or eleven digits; not one whose
 * last group is a check digit alone (an SSS number's 02-3318846-1), which no phone's is.
 */
const phoneShaped = (value: string): boolean => /^0/.test(value) && (/[ .\-/]/.test(value) || value.length <= 11) && !/[ .\-/]\d$/.test(value);

/**
 * A US taxpayer's number after its name (SSN, ITIN, TIN, tax ID, taxpayer identification number; in Japanese 社会保障番号): a person's is
 * written 3-2-4 (123-45-6789); a firm's EIN 2-7 (12-3456789) is the firm's, and stays.
 */
const US_TAX_ID =
  /(?:(?<![A-Za-z])(?:SSN|ITIN|TIN|[Ss]ocial [Ss]ecurity(?: [Nn]umber| [Nn]o\.?)?|[Tt]ax(?:payer)?[ -]?(?:ID|[Ii]d|[Ii]dentification [Nn]umber))(?:[ -]?(?:[Nn]o\.?|[Nn]umber|#))?|(?:米国の?)?社会保障番号|ソーシャル・?セキュリティ・?(?:ナンバー|番号))[ \t]*(?::|：|=|is|は)?[ \t]*(?<secret>\d{3}-\d{2}-\d{4})(?![\d-])/dg;

/**
 * The Philippines' taxpayer number after its name (TIN 283-517-904-000, Tax Identification Number: 123-456-789) and
 * Jamaica's taxpayer registration number (TRN 104-228-391, TRN (Jamaica): …), perhaps a bracket of its country between:
 * three groups of three, then perhaps its branch's three or five digits (000 for the person's own). A firm's TRN of the
 * Emirates (fifteen digits, its VAT number) has no such groups.
 */
const PHILIPPINE_TIN =
  /(?<![A-Za-z])(?:TIN|TRN|[Tt]ax [Ii]dentification [Nn]umber|[Tt]axpayer [Rr]egistration [Nn]umber)(?:[ -]?(?:[Nn]o\.?|#))?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?::|：|=|is)?[ \t]*(?<secret>\d{3}-\d{3}-\d{3}(?:-\d{3}(?:\d{2})?)?)(?![\d-])/dg;

/**
 * A Singapore NRIC or FIN (S8821347J): its series' letter (S and T for citizens, F, G and M for foreigners), seven digits
 * and a check letter. After its name (NRIC, FIN, IC number) the label says what it is, whatever its check letter (a
 * digit misread as it is copied); standing alone, only where the check letter is the one its digits give, so that a
 * code of the same shape (an order's S1234567A) stays.
 */
const NRIC_SHAPE = /(?<![A-Za-z0-9-])(?<secret>[STFGM]\d{7}[A-Z])(?![A-Za-z0-9-])/dg;
const NRIC_LABEL = /(?<![A-Za-z])(?:NRIC|FIN|IC)(?: [Nn]o\.?| [Nn]umber| card)?(?![A-Za-z])[^\n.]{0,60}?$/;
const NRIC_WEIGHTS = [2, 7, 6, 5, 4, 3, 2];
/** The check letters by the remainder of the weighted sum, per series (the published table; M's since 2022). */
const NRIC_LETTERS: Record<string, { offset: number; letters: string }> = {
  S: { offset: 0, letters: "JZIHGFEDCBA" },
  T: { offset: 4, letters: "JZIHGFEDCBA" },
  F: { offset: 0, letters: "XWUTRQPNMLK" },
  G: { offset: 4, letters: "XWUTRQPNMLK" },
  M: { offset: 3, letters: "XWUTRQPNJLK" },
};
export function isValidNric(value: string): boolean {
  const series = NRIC_LETTERS[value[0]!];
  if (series === undefined || !/^[STFGM]\d{7}[A-Z]$/.test(value)) return false;
  const sum = NRIC_WEIGHTS.reduce((total, weight, index) => total + weight * Number(value[index + 1]), series.offset);
  return series.letters[sum % 11] === value[8];
}
const acceptNric = (match: RegExpExecArray, shadow: string): boolean => isValidNric(match.groups!.secret!) || NRIC_LABEL.test(before(shadow, match.index, 80));

/**
 * A Mexican person's taxpayer code (RFC) in the sentence or the clause around its name (we need her RFC for the invoice.
 * She sent it: GOLA900214HP7): four letters of the names, the birth date's six digits, three of the homoclave. A firm's
 * RFC has three letters only, and stays; the date's month and day must be ones.
 */
const PERSONAL_RFC = /(?<![A-Za-z0-9-])(?<secret>[A-ZÑ&]{4}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[A-Z0-9]{3})(?![A-Za-z0-9-])/dgu;
const RFC_NAMED = /(?<![A-Za-z])RFC(?![A-Za-z])/;
const rfcNamedNearby = (match: RegExpExecArray, shadow: string): boolean => {
  const end = match.index + match[0].length;
  return RFC_NAMED.test(before(shadow, match.index, 80)) || RFC_NAMED.test(shadow.slice(end, end + 40).split("\n")[0]!);
};

export const NATIONAL_ID_DETECTORS: readonly PiiDetector[] = [
  gated(/RFC/, patternDetector("PERSONAL_ID", PERSONAL_RFC, rfcNamedNearby)),
  gated(/[STFGM]\d{7}[A-Z]/, patternDetector("PERSONAL_ID", NRIC_SHAPE, acceptNric)),
  gated(/SSN|TIN|[Ss]ocial [Ss]ecurity|[Tt]ax|社会保障番号|セキュリティ/, patternDetector("PERSONAL_ID", US_TAX_ID)),
  gated(/TIN|TRN|[Tt]ax [Ii]dentification|[Tt]axpayer [Rr]eg/, patternDetector("PERSONAL_ID", PHILIPPINE_TIN)),
  gated(
    /주민|외국인|身份|身分|[Rr]esident [Rr]eg|RRN|HKID|Hong Kong ID|CPF|RG|DNI|NIE|NIF|[Ff]iscale|PAN|NIK|KTP|CURP|RUT|PESEL|BSN|Steuer|[Nn]ational I|ID card|[Ii]dentity card|[Cc]itizen|CCCD|CMND|[Pp]ersonal (?:ID |identity )?number|[Pp]ersonnummer|Aadhaar|SIN|[Ss]ocial [Ii]nsurance|NINO|[Nn]ational [Ii]nsurance|PPS|SSS|ROC ID|Taiwan|UTR|[Tt]axpayer [Rr]ef|Emirates ID/u,
    patternDetector("PERSONAL_ID", NATIONAL_ID, (match) => fiveDigits(match.groups!.secret!) && !phoneShaped(match.groups!.secret!)),
  ),
];
