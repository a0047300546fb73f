import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Look-alike rules by class that the twentieth set's lost look-alikes called for (issue 13), each with other values than
 * the set's and the real value of the same shape that must still be masked.
 */
describeMaskingClasses("look-alike classes of the twentieth set", {
  "an English month after a day or a range of days and before a colon is the date's word, no dated note's author": [
    ["Logs kept for 3–7 Nov: all purged", "Logs kept for 3–7 Nov: all purged"],
    ["Leave 12-14 March: approved", "Leave 12-14 March: approved"],
    ["Shifts 1-2 Sept: covered", "Shifts 1-2 Sept: covered"],
    ["Audit window 20-24 Oct.: closed", "Audit window 20-24 Oct.: closed"],
    ["2026-11-05 Sato: called back", "2026-11-05 [PERSON]: called back"],
    ["11/4 Kenta Mori: stock checked", "11/4 [PERSON]: stock checked"],
  ],
});
