import type { PiiDetector, Span } from "../detector.js";

/** A floor that ends an address found (胡ビル 1F, 駅前ビル 2階, B1F). */
const FLOOR_AT_END = /\d{1,2}(?:階|F)$/;
/**
 * What goes on with that floor: a second floor joined by ・, 、, / or a dash (1F・2F, 1階～2階, B1F-1F), as a shop or an
 * office on two floors writes them, or a unit on the floor after a hyphen (1F-2, 3F-A), as a small building numbers its
 * doors by floor. Not a count, a price or a time after it (2F-3件).
 */
const MORE_AFTER = /^(?:[・、/~〜～-]B?\d{1,2}(?:階|F)(?![A-Za-z])|-(?:\d{1,2}|[A-Z])(?![\dA-Za-z-]|\s?[件個名人回円年月日時分秒%]))/;

/** The other floor or the unit written after a building's floor joins the address the detector found: the same door. */
export function withFloorsAfterFloor(detector: PiiDetector): PiiDetector {
  return {
    type: detector.type,
    gate: detector.gate,
    find(shadow, found) {
      const spans = detector.find(shadow, found);
      if (spans.length === 0 || !/[階F][・、/~〜～-]/.test(shadow)) return spans;
      return spans.map((span): Span => {
        if (!FLOOR_AT_END.test(shadow.slice(Math.max(span.start, span.end - 3), span.end))) return span;
        const more = MORE_AFTER.exec(shadow.slice(span.end, span.end + 8));
        return more === null ? span : { start: span.start, end: span.end + more[0].length };
      });
    },
  };
}
