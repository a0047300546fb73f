import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * Each country's IBAN length (the SWIFT IBAN registry): a parcel's tracking code of the shape (YT22 8814 0039 126)
 * passes mod 97 one time in 97, but seldom with its country's length too.
 */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27,
  GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21,
  LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28,
  PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23,
  TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/**
 * Whether an IBAN (spaces removed) passes ISO 13616's check: its first four characters moved to its end, each letter
 * read as two digits (A = 10 … Z = 35), the number is 1 modulo 97. Worked through 97 a piece at a time: an IBAN's
 * number has up to 68 digits.
 */
export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban) || IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length) return false;
  let remainder = 0;
  for (const character of iban.slice(4) + iban.slice(0, 4)) {
    const value = Number.parseInt(character, 36);
    remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
  }
  return remainder === 1;
}

/** Two letters, two check digits, then groups of four (a space between or none) and a shorter last group. */
const IBAN_BODY = String.raw`[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?`;
const IBAN_SHAPE = new RegExp(String.raw`(?<![A-Za-z0-9-])${IBAN_BODY}(?![A-Za-z0-9-])`, "dg");

/**
 * After its label (IBAN NL42 …, IBAN: DE12 …) or an account's word (Wise account GB29 TRWI …, acct DE12 …, 口座 FR76 …), a
 * code of the shape with its country's length is the account even if it fails the check: a person mistyped or made it
 * up, and it is still given as theirs.
 */
const LABELLED_IBAN = new RegExp(
  String.raw`(?<![A-Za-z])(?:IBAN|[Aa]ccount|ACCOUNT|[Aa]cct\.?|口座)(?: (?:no\.?|number|#))?[ \t]*(?:[:：=]|は)?[ \t]*(?<secret>${IBAN_BODY})(?![A-Za-z0-9-])`,
  "dg",
);
/**
 * An IBAN a few words after its label within the clause (IBAN on the remittance GB33 WISE …, IBAN of her account: DE12 …),
 * the bank's code in letters allowed: of its country's length, it is the account a person gave, checked or not.
 */
const IBAN_A_LITTLE_AFTER = new RegExp(String.raw`(?<![A-Za-z])IBAN(?![A-Za-z])[^\n.。:：]{1,30}?[:：]?[ \t]*(?<secret>${IBAN_BODY})(?![A-Za-z0-9-])`, "dg");
const hasItsCountrysLength = (iban: string): boolean => IBAN_LENGTHS[iban.slice(0, 2)] === iban.length;

/** An IBAN names one person's or firm's account; a code of its shape that fails the check (1 in 97 pass) is something else. */
export const IBAN_DETECTORS: readonly PiiDetector[] = [
  gated(/[A-Z]{2}\d\d/, patternDetector("PERSONAL_ID", IBAN_SHAPE, (match) => isValidIban(match[0].replaceAll(" ", "")))),
  gated(/IBAN|ccount|ACCOUNT|cct|口座/, patternDetector("PERSONAL_ID", LABELLED_IBAN, (match) => hasItsCountrysLength(match.groups!.secret!.replaceAll(" ", "")))),
  gated(/IBAN/, patternDetector("PERSONAL_ID", IBAN_A_LITTLE_AFTER, (match) => hasItsCountrysLength(match.groups!.secret!.replaceAll(" ", "")))),
];
