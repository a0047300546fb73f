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

export const PRIVATE_CONTRACT_NUMBERS: readonly PiiDetector[] = [gated(/contract|contrato|agreement/, patternDetector("PERSONAL_ID", PRIVATE_CONTRACT, fiveDigits))];
