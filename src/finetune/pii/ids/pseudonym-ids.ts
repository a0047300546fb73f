import type { PiiDetector, Span } from "../detector.js";

/**
 * A number a record was given in place of its person's (rows pseudonymised as "Employee #4471", 匿名化して 会員番号
 * X-0012 に置き換え): it names no one outside the table that holds its key, as a ticket's number does not. The cue
 * stands before it in the same sentence; the same label without one is the person's number.
 */
const PSEUDONYM_CUE = /(?:[Pp]seudonymi[sz](?:ed|ation)|[Aa]nonymi[sz](?:ed|ation)|[Dd]e-?identified|[Pp]seudonym|仮名化|匿名化|仮名加工|匿名加工)[^\n.;。!?！？]{0,40}$/u;
/** What the cue's words share, tested on a text before the cue itself. */
const CUE_GATE = /seudonym|nonymi|identified|仮名|匿名/;
const REACH = 64;

/** The detector's spans but those written as a pseudonym (see PSEUDONYM_CUE). */
export function notPseudonyms(detector: PiiDetector): PiiDetector {
  return {
    type: detector.type,
    gate: detector.gate,
    find: (shadow, found) => {
      const spans = detector.find(shadow, found);
      if (spans.length === 0 || !CUE_GATE.test(shadow)) return spans;
      return spans.filter((span: Span) => !PSEUDONYM_CUE.test(shadow.slice(Math.max(0, span.start - REACH), span.start)));
    },
  };
}
