import type { Span } from "../detector.js";
import { afterThingWord } from "./labelled-id-detectors.js";

/**
 * A person's ID found after its label in one row or section and written bare in another (申込番号 AP-26-0123 when the
 * application is made, then 訪問レポート（AP-26-0123） days later): the same value is the same person's, as a name is, so a
 * log or a document masks it wherever it repeats (maskAcrossRecords, and spread-names.ts for a log too large to hold).
 * Only a value shaped so that it is nothing else: a code of letters and digits joined by - or _, or eight digits or
 * more that are no phone number and no date, six characters at least; and only one found right after a person's label,
 * not a thing's (受付番号, 注文番号, order no.: a desk's or a shop's number, that another row may give for a thing).
 */

interface Found extends Span {
  type: string;
}

const JOINED_CODE = /^(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+$/;
const LONG_NUMBER = /^\d{8,}$/;
/** A Japanese phone number's digits run together (0312345678, 09012345678), and a date's (20261207). */
const PHONE_DIGITS = /^0[1-9]\d{8,9}$/;
const DATE_DIGITS = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
/** A version or a build named by its word (v2-10-4, rc-2026-01): a program's, however it is joined. */
const VERSION_WORD = /^(?:v|ver|rev|rc|build|release)[-_]?\d/i;
/** A number read as money by what follows it (12500000 円). */
const AMOUNT_AFTER = /^[ \t]?(?:円|万|千|ドル|yen|JPY|USD)/u;
const MIN_LENGTH = 6;

/**
 * A label's suffix before the value, and what may stand between (申込番号 …, 会員番号: …, 申込番号は …, | 会員番号 | …,
 * Member ID …, application number is …); read in the 20 characters before the value.
 */
const LABEL_BEFORE = /(?:番号|ナンバー|コード|ID|Id|No\.?|NO\.?|no\.|[Nn]umber|[Cc]ode|#)(?=[ \t]*(?:[:=#|]|は|is)?[ \t]*[(【[]?[ \t]*$)/gu;
const LABEL_REACH = 20;

/** Where the label's suffix right before `start` starts (the word before it is the label's), if one is there. */
function labelBefore(shadow: string, start: number): number | undefined {
  const from = Math.max(0, start - LABEL_REACH);
  let at: number | undefined;
  for (const match of shadow.slice(from, start).matchAll(LABEL_BEFORE)) at = from + match.index;
  return at;
}

function strongShape(shadow: string, { start, end }: Span): boolean {
  const value = shadow.slice(start, end);
  if (value.length < MIN_LENGTH || VERSION_WORD.test(value)) return false;
  if (JOINED_CODE.test(value)) return true;
  return LONG_NUMBER.test(value) && !PHONE_DIGITS.test(value) && !DATE_DIGITS.test(value) && !AMOUNT_AFTER.test(shadow.slice(end, end + 4));
}

/** The personal IDs of a record's texts (`shadows`, width-folded, with their findings) that its file masks wherever they repeat. */
export function idsToSpread(shadows: readonly string[], found: readonly (readonly Found[])[]): string[] {
  const ids = new Set<string>();
  found.forEach((findings, index) => {
    const shadow = shadows[index]!;
    for (const finding of findings) {
      if (finding.type !== "PERSONAL_ID" || !strongShape(shadow, finding)) continue;
      const label = labelBefore(shadow, finding.start);
      if (label !== undefined && !afterThingWord(shadow, label)) ids.add(shadow.slice(finding.start, finding.end));
    }
  });
  return [...ids];
}

/**
 * Whether a repeat of a spread value stands: a personal ID's repeat after a thing's word or label (注文 …, 受付番号 …,
 * order no. …) is that thing's number, left as it is.
 */
export function repeatStands(shadow: string, repeat: Found): boolean {
  return repeat.type !== "PERSONAL_ID" || !afterThingWord(shadow, labelBefore(shadow, repeat.start) ?? repeat.start);
}
