import type { Span } from "../detector.js";

/**
 * A qualified invoice issuer's registration number (適格請求書発行事業者の登録番号 T3020001087456, インボイス番号：T8010401234567,
 * registration no. T1234567890123): T and thirteen digits, a public register's number printed on every receipt the firm
 * issues, where a cue of the register stands within the 40 characters before. No card's or person's number.
 */
const REGISTRATION_NUMBER = /(?<![A-Za-z0-9])T\d{13}(?!\d)/g;
const REGISTER_CUE = /登録番号|適格|インボイス|事業者番号|[Ii]nvoice|[Rr]egistration|[Rr]eg\. ?[Nn]o/;

/** The spans of invoice registration numbers after their cue in a text. */
export function invoiceRegistrationSpans(shadow: string): Span[] {
  if (!/T\d{13}/.test(shadow)) return [];
  return [...shadow.matchAll(REGISTRATION_NUMBER)]
    .filter((match) => REGISTER_CUE.test(shadow.slice(Math.max(0, match.index - 40), match.index)))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
