import { gated, type PiiDetector, type Span } from "../detector.js";
import { type Cell, tablesOf } from "../context/table-detectors.js";

/**
 * A column headed by secrets in general, not by a password's word (| 秘密情報 |, | シークレット |, | Secret |,
 * | Credentials |, | 認証情報 |), as an account inventory lists each service's login and its secret: a cell of one token
 * (Wanibe#Freee2026, todoroki-staff-5GHz-2024) is that service's password or passphrase. A cell of words (MFA は…の
 * スマホ, API d41f…) is a note, left to the rules that read its sentence; a dash or a word alone (—, なし) holds none.
 */
const SECRET_HEADING = /^(?:秘密情報|シークレット|認証情報|[Ss]ecrets?|SECRETS?|[Cc]redentials?|CREDENTIALS?)$/u;
/** One token of six characters or more that mixes letters with a digit or a symbol, as a password does. */
const SECRET_TOKEN = /^[\x21-\x7e]{6,64}$/;
const secretToken = (text: string): boolean => SECRET_TOKEN.test(text) && /[A-Za-z]/.test(text) && /[\d!#$%&*+=?@^~_-]/.test(text);

const secretColumns = (headings: readonly Cell[]): boolean[] | undefined => {
  const columns = headings.map((heading) => SECRET_HEADING.test(heading.text));
  return columns.some(Boolean) ? columns : undefined;
};

function secretCells(shadow: string): Span[] {
  return tablesOf(shadow, secretColumns).flatMap(({ read: columns, rows }) =>
    rows.flatMap((cells) => cells.filter((cell, column) => columns[column] && secretToken(cell.text)).map(({ start, end }) => ({ start, end }))),
  );
}

export const SECRET_COLUMN: PiiDetector = gated(/秘密情報|シークレット|認証情報|[Ss]ecret|SECRET|[Cc]redential|CREDENTIAL/, { type: "SECRET", find: secretCells });
