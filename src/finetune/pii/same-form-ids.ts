import { matchesOf, type PiiDetector, type Span } from "./detector.js";
import { afterThingWord } from "./labelled-id-detectors.js";
import { THING_PREFIX } from "./named-id-detectors.js";

/**
 * A code of the same form as a person's code found in the text — the same letters, then digits in groups of the same
 * lengths (BK-029104 found after 支援者番号, so BK-031877 in a list below; S25-1043 under 学籍番号, so S24-0877 in a row
 * the table lost): a company numbers its members, backers or students in one series, and a list or a log names them
 * again without the label. Read last: only a code the rules before found as a person's makes its series a person's. Not a
 * code after a thing's word (社員番号 EM20431, 注文 EM20477: the order's); one after a person's label is (backer #BK-…).
 */
const CODE_FORM = /^(?<letters>[A-Z]{1,5}(?:-[A-Z]{1,5})*-?)(?<digits>\d{2,}(?:-\d{2,})*)$/;

/** The pattern of a found code's series, or none when the code is too short to stand for a series (four digits or more). */
function seriesOf(code: string): RegExp | undefined {
  const form = CODE_FORM.exec(code);
  if (form === null || THING_PREFIX.test(code)) return undefined;
  const groups = form.groups!.digits!.split("-");
  if (groups.join("").length < 4) return undefined;
  const digits = groups.map((group) => `\\d{${group.length}}`).join("-");
  return new RegExp(`(?<![A-Za-z0-9-])${form.groups!.letters!}${digits}(?![A-Za-z0-9]|-[A-Za-z0-9])`, "g");
}

export const SAME_FORM_ID_DETECTORS: readonly PiiDetector[] = [
  {
    type: "PERSONAL_ID",
    find(shadow, found) {
      const spans: Span[] = [];
      const series = new Set<string>();
      for (const id of found?.list ?? []) {
        if (id.type !== "PERSONAL_ID") continue;
        const pattern = seriesOf(shadow.slice(id.start, id.end));
        if (pattern === undefined || series.has(pattern.source)) continue;
        series.add(pattern.source);
        for (const match of matchesOf(pattern, shadow)) if (!afterThingWord(shadow, match.index)) spans.push({ start: match.index, end: match.index + match[0].length });
      }
      return spans;
    },
  },
];
