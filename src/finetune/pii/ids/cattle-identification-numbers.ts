import { gated, onItsLine, patternDetector, type PiiDetector, type Span } from "../detector.js";
import { tablesOf, type Cell } from "../context/table-detectors.js";

/**
 * A head of cattle's individual identification number (個体識別番号, the ear tag's ten digits: 1234567890, or as the tag
 * prints them, 12345 67890 / 1234 5678 90): the traceability register names the keeper, so a family farm's animal's
 * number is the keeper's (Decisions). In a table's column headed by the word, or right after it in prose. A farming
 * corporation's or a firm's animal (its row or line names 法人, 組合, 会社 or its office) is a product's look-alike and stays.
 */
const EAR_TAG = String.raw`\d{10}|\d{5}[ -]\d{5}|\d{4} \d{4} \d{2}`;
const EAR_TAG_CELL = new RegExp(`^(?:${EAR_TAG})$`);
const CATTLE_HEADING = /^(?:個体識別|耳標)(?:番号|No\.?|ナンバー)$/u;
/** A firm's word, or its office's (a corporation's row gives its office's phone: 0993-…（事務所）, a name already masked). */
const FIRM_WORD = /法人|組合|会社|[㈱㈲]|[(（][株有][)）]|事務所|本社|営業所/u;

const cattleColumn = (headings: readonly Cell[]): number | undefined => {
  const column = headings.findIndex((heading) => CATTLE_HEADING.test(heading.text));
  return column < 0 ? undefined : column;
};

function cattleColumnCells(shadow: string): Span[] {
  const spans: Span[] = [];
  for (const { read: column, rows } of tablesOf(shadow, cattleColumn)) {
    for (const row of rows) {
      const cell = row[column]!;
      if (EAR_TAG_CELL.test(cell.text) && !row.some((other) => FIRM_WORD.test(other.text))) spans.push({ start: cell.start, end: cell.end });
    }
  }
  return spans;
}

const EAR_TAG_AFTER_WORD = new RegExp(String.raw`(?:個体識別|耳標)(?:番号|No\.?|ナンバー)[ \t]*(?:は|:|：)?[ \t]*(?<secret>${EAR_TAG})(?![\d-])`, "dgu");

export const CATTLE_IDENTIFICATION_NUMBERS: readonly PiiDetector[] = [
  gated(/個体識別|耳標/, { type: "PERSONAL_ID", find: cattleColumnCells }),
  gated(/個体識別|耳標/, patternDetector("PERSONAL_ID", EAR_TAG_AFTER_WORD, (match, shadow) => !FIRM_WORD.test(onItsLine(shadow, match.index)))),
];
