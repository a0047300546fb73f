import type { PiiDetector, Span } from "../detector.js";

/**
 * A person's number found before, written again with a reissue's mark after a hyphen (badge PRS-26-01187 … Reprint as
 * PRS-26-01187-R; 会員証 M-20417 … 再発行 M-20417-2): the same person's new card. The whole code, mark and all: the found
 * number's repeat alone would leave the mark standing beside its mask. A mark of one or two capitals or digits.
 */
const REISSUE_MARK = /^-[A-Z0-9]{1,2}(?![A-Za-z0-9-])/;
/** The found kinds whose reissue is a person's too. */
const PERSON_NUMBER_TYPES = new Set(["PERSONAL_ID"]);
/** A found number long enough that its repeat is no chance match (PRS-26-01187; not A-12). */
const LONG_CODE = /^(?=(?:\D*\d){4})[A-Za-z0-9][A-Za-z0-9-]{5,}$/;

export const REISSUED_IDS: PiiDetector = {
  type: "PERSONAL_ID",
  find(shadow, found) {
    const spans: Span[] = [];
    const values = new Set<string>();
    for (const id of found?.list ?? []) {
      if (id.type !== undefined && PERSON_NUMBER_TYPES.has(id.type)) values.add(shadow.slice(id.start, id.end));
    }
    for (const value of values) {
      if (!LONG_CODE.test(value)) continue;
      for (let at = shadow.indexOf(value); at !== -1; at = shadow.indexOf(value, at + value.length)) {
        if (/[A-Za-z0-9-]/.test(shadow[at - 1] ?? "")) continue;
        const mark = REISSUE_MARK.exec(shadow.slice(at + value.length, at + value.length + 4));
        if (mark !== null) spans.push({ start: at, end: at + value.length + mark[0].length });
      }
    }
    return spans;
  },
};
