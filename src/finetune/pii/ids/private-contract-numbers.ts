import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { fiveDigits, NUMBER_AFTER_WORD, POSSESSIVE_BEFORE_KIND } from "./possessive-application-numbers.js";

/**
 * A person's own contract by its number: after a possessive (your contract NET-00418826, his rental contract …), in a
 * Portuguese-speaking customer's chat (Seu contrato FB-…, o meu contrato …), or a home's tenancy or lease (a tenancy
 * contract TN-2211-048, perhaps across a line's break): the holder's, as a private tenant's 契約番号 is. A firm's own
 * (the company's contract, a service contract between firms) has no possessive of a person; a code of five digits or
 * more, so that a plan's or a year's (your contract 2026) stays.
 */
const PRIVATE_CONTRACT = new RegExp(
  String.raw`(?:${POSSESSIVE_BEFORE_KIND}contract|(?<![A-Za-z])(?:[Ss]eu|[Mm]eu|[Tt]eu)[ \t]+contrato|(?<![A-Za-z])(?:tenancy|rental|lease)\s{1,3}(?:contract|agreement))${NUMBER_AFTER_WORD}`,
  "dg",
);

/**
 * A contract's field opening a line or a table's cell in a ledger of people (Owner: Mr. …⏎…⏎Contract LOC-0412-B, location
 * fee …; | Ms. … | Contract MB-LS-2026-017, paid to … |): the person's the paragraph or the row names before it, as a
 * private tenant's is; a firm's contract is written in a sentence (the English contract …, (contract …)), and a field
 * with no person before it (Contract no. …, notice no. …) is any party's. A code of capitals and hyphened groups, two
 * digits in it.
 */
const CONTRACT_FIELD = /(?:^|(?<=\|[ \t]*))Contract(?:[ \t]+(?:[Nn]o\.?|#|number))?[ \t]*:?[ \t]*(?<secret>[A-Z]{2,5}(?:-[A-Z0-9]{1,6}){1,3})(?![A-Za-z0-9-])/dgm;
const PERSON_NAMED = /(?<![A-Za-z])(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+[A-Z]|(?:Owner|Tenant|Guest|Customer|Client|Renter|Lessee|Holder)s?:)/;
const personsContract = (match: RegExpExecArray, shadow: string): boolean => {
  if ((match.groups!.secret!.match(/\d/g)?.length ?? 0) < 2) return false;
  const paragraph = shadow.slice(Math.max(0, match.index - 300), match.index).split(/\n[ \t]*\n/).at(-1)!;
  return PERSON_NAMED.test(paragraph);
};

export const PRIVATE_CONTRACT_NUMBERS: readonly PiiDetector[] = [
  gated(/contract|contrato|agreement/, patternDetector("PERSONAL_ID", PRIVATE_CONTRACT, fiveDigits)),
  gated(/Contract/, patternDetector("PERSONAL_ID", CONTRACT_FIELD, personsContract)),
];
