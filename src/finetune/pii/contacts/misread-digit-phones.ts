import { gated, hasDigits, type PiiDetector, type Span } from "../detector.js";
import { PHONE_WORD } from "../context/phone-words.js";
import { tablesOf } from "../context/table-detectors.js";

/**
 * A Japanese number with one letter typed or OCR-read for a digit (045-84l-2290, 03-5412-77O9, 090-I234-5678: l or I for
 * 1, O for 0): hyphenated groups of ten or eleven characters from 0, all digits but that one letter. The shape alone may
 * be a part's code, so only where the text says a phone is meant: after a phone's word on the line (電話 045-84l-2290),
 * or in a table's column headed by one (| ご連絡先 |); or where the rest is a mobile's whole shape, 070, 080 or 090 and
 * two groups of four (080-5521-3O98 beside a name), which no part's code is cut as.
 */
const MISREAD_PHONE = /(?<![\w-])0\d{1,4}-[\dlIO]{1,4}-[\dlIO]{4}(?![\w-])/g;
const PHONE_WORD_BEFORE = new RegExp(`${PHONE_WORD}(?:番号)?[ \\t]*[:：]?[ \\t]*$`);
const PHONE_HEADING = new RegExp(`^ご?${PHONE_WORD}(?:番号)?$`);
const MOBILE_SHAPE = /^0[789]0-[\dlIO]{4}-[\dlIO]{4}$/;

const oneLetterForADigit = (text: string): boolean => {
  const letters = text.replace(/[\d-]/g, "");
  const length = text.replace(/-/g, "").length;
  return letters.length === 1 && (length === 10 || length === 11);
};

function misreadPhonesIn(shadow: string, from: number, to: number, cued: (start: number) => boolean): Span[] {
  const spans: Span[] = [];
  for (const match of shadow.slice(from, to).matchAll(MISREAD_PHONE)) {
    const start = from + match.index;
    if (oneLetterForADigit(match[0]) && cued(start)) spans.push({ start, end: start + match[0].length });
  }
  return spans;
}

function misreadPhones(shadow: string): Span[] {
  const lineStart = (at: number) => shadow.lastIndexOf("\n", at - 1) + 1;
  const afterWord = misreadPhonesIn(
    shadow,
    0,
    shadow.length,
    (start) => MOBILE_SHAPE.test(shadow.slice(start, start + 13)) || PHONE_WORD_BEFORE.test(shadow.slice(Math.max(lineStart(start), start - 16), start)),
  );
  const phoneColumns = (headings: readonly { text: string }[]) => {
    const columns = headings.flatMap((cell, column) => (PHONE_HEADING.test(cell.text) ? [column] : []));
    return columns.length > 0 ? columns : undefined;
  };
  const inColumns = tablesOf(shadow, phoneColumns).flatMap(({ read: columns, rows }) =>
    rows.flatMap((cells) => columns.flatMap((column) => (cells[column] ? misreadPhonesIn(shadow, cells[column].start, cells[column].end, () => true) : []))),
  );
  return [...afterWord, ...inColumns];
}

export const MISREAD_DIGIT_PHONE_DETECTOR: PiiDetector = gated((shadow) => /\d[lIO]|[lIO]\d/.test(shadow) && hasDigits(9)(shadow), { type: "PHONE", find: misreadPhones });
