import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * A program log's level after a time stamp is the line's severity, not a chat's speaker (issue 13): the speaker rule
 * took `[10:02:03] ERROR:` for a person. Speakers of a chat after the same stamps are still masked.
 */
describeMaskingClasses("a log level after a time stamp", {
  "is no speaker": [
    ["[10:02:03] ERROR: disk full", "[10:02:03] ERROR: disk full"],
    ["[10:02:03] WARN: retry 3 of 5", "[10:02:03] WARN: retry 3 of 5"],
    ["09:15:44 info: worker started", "09:15:44 info: worker started"],
    ["[2026-11-17 10:02] DEBUG: cache miss", "[2026-11-17 10:02] DEBUG: cache miss"],
    ["[23:59] FATAL: out of memory", "[23:59] FATAL: out of memory"],
  ],
  "while a chat's speaker after the same stamp is masked": [
    ["[09:15] Kowalski: ok", "[09:15] [PERSON]: ok"],
    ["[10:02] 田中: 見積を送付しました", "[10:02] [PERSON]: 見積を送付しました"],
    ["[10:02:03] Lisa Wong: the error is back", "[10:02:03] [PERSON]: the error is back"],
  ],
});
