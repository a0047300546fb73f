import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A Japanese bank account written in English after its kind (Sumitomo Mitsui Bank, Shibuya branch, savings 0812274; savings
 * account no. 0529314; futsu 7710452), a bank or a branch named before it in the sentence: seven digits, as 普通 1234567
 * is read in Japanese. The kind's word alone is an amount's too (savings 1500000 yen): only with a bank's word before,
 * and no unit after; current and checking, everyday words, only with account after them.
 */
const ACCOUNT_AFTER_KIND =
  /(?<![A-Za-z])(?:[Bb]ank|BANK|[Bb]ranch|[Bb]k\.)(?:[^\n.;!?]|\.(?! )){0,60}?(?<![A-Za-z])(?:(?:[Oo]rdinary|[Ss]avings?|[Ff]utsu|[Tt]oza)(?: (?:deposit|account))?|(?:[Cc]urrent|[Cc]hecking) account)(?: (?:no\.?|number|#))?[ \t]*[:#]?[ \t]*(?<secret>\d{7})(?!\d|[,.]\d|[ \t]*(?:yen|JPY|円|USD))/dg;

/**
 * An account's number right after account or acct, a bank's, a branch's or a routing number's word before it in the
 * sentence, perhaps wrapped onto an indented next line (routing 072000326, account 4419027735; my bank is now BDO account 0071 2290 4413; Sony Bank, acct 1482-0937):
 * six digits or more, or groups of three and four as a passbook prints them, two groups the last of four; a last group of
 * five as a Vietnamese or a Taiwanese bank prints its thirteen digits (0071 0004 82391, 0081-2219-30457). A ledger's
 * account code (account 4110) is shorter; an amount has its unit after it, a balance or an ending its word between.
 */
const ACCOUNT_AFTER_BANK =
  /(?<![A-Za-z])(?:[Bb]ank|BANK|[Bb]ranch|[Rr]outing|ROUTING)(?:[^\n.;!?]|\.(?! )|\n(?=[ \t]+[a-z])){0,60}?(?<![A-Za-z])(?:[Aa]ccount|ACCOUNT|[Aa]cct\.?)(?: (?:no\.?|number|#))?[ \t]*[:#]?[ \t]*(?<secret>\d{6,17}|\d{3,4}(?:[ -]\d{3,4}){1,2}[ -]\d{5}|\d{3,4}(?:[ -]\d{3,4}){2,3}|\d{3,4}[ -]\d{4})(?![\d-]|[,.]\d|[ \t]*(?:yen|JPY|円|USD|PHP|dollars?|pesos?))/dg;

/**
 * A form's or a chat's bank field, the bank's name, then seven digits with no account word (Bank: MUFG 0287741, bank:
 * Mizuho Shinjuku 3390184): a Japanese account's number as a passbook gives it. Not an amount (its unit after it) nor a
 * year or a branch's code (fewer digits).
 */
const ACCOUNT_AFTER_BANK_FIELD =
  /(?<![A-Za-z])(?:[Bb]ank|BANK)[ \t]*[:：][ \t]*(?:[A-Z][A-Za-z&.-]*[ \t]+){1,3}(?<secret>\d{7})(?!\d|[,.]\d|[ \t]*(?:yen|JPY|円|USD))/dg;

export const ENGLISH_BANK_ACCOUNTS: readonly PiiDetector[] = [
  gated(/[Bb]ank[ \t]*[:：]|BANK[ \t]*[:：]/, patternDetector("PERSONAL_ID", ACCOUNT_AFTER_BANK_FIELD)),
  gated(/[Oo]rdinary|[Ss]aving|[Ff]utsu|[Tt]oza|(?:urrent|hecking) account/, patternDetector("PERSONAL_ID", ACCOUNT_AFTER_KIND)),
  gated(/[Aa]cc(?:oun)?t|ACCOUNT/, patternDetector("PERSONAL_ID", ACCOUNT_AFTER_BANK)),
];
