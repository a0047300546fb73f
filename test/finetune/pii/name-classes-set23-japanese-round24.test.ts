import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Japanese name classes the twenty-third set leaked (issue 13, round 24), each with the look-alikes beside it that must
 * stay. Values are made up here, not the set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a chat speaker after a stamp with its date, beside a firm holding the surname": [
    ["[2026-03-04 09:15] 大久保: 見積もりお願いします", "[2026-03-04 09:15] [PERSON]: 見積もりお願いします"],
    ["[2025-12-01 18:40] 大久保（経理）: 株式会社 大久保電機 から請求書", "[2025-12-01 18:40] [PERSON]（経理）: 株式会社 大久保電機 から請求書"],
    ["2026/05/20 07:03:11 Kowalski: 了解です", "2026/05/20 07:03:11 [PERSON]: 了解です"],
    ["[2026-01-09 13:00] Lisa Wong（法務）: 契約書確認しました", "[2026-01-09 13:00] [PERSON]（法務）: 契約書確認しました"],
    ["[2026-01-09 13:00] Sato: ok", "[2026-01-09 13:00] [PERSON]: ok"],
    ["[2026-07-14 22:10] ソフィア・ロッシ: 明日休みます", "[2026-07-14 22:10] [PERSON]: 明日休みます"],
  ],
  "a program's log line after a dated stamp, and a role or a thing as the speaker, kept": [
    ["[2026-11-17 10:02:03] ERROR: disk full", "[2026-11-17 10:02:03] ERROR: disk full"],
    ["2026-11-17 10:02:03 INFO: started", "2026-11-17 10:02:03 INFO: started"],
    ["[2026-11-17 10:02] Deploy: done", "[2026-11-17 10:02] Deploy: done"],
    ["[2026-11-17 10:02] Nginx: reload", "[2026-11-17 10:02] Nginx: reload"],
    ["[2026-11-17 10:02] Warning: low memory", "[2026-11-17 10:02] Warning: low memory"],
    ["[2026-11-17 10:02] バックアップ: 完了", "[2026-11-17 10:02] バックアップ: 完了"],
    ["[2026-11-17 10:02] 重要: 停電のお知らせ", "[2026-11-17 10:02] 重要: 停電のお知らせ"],
    ["[2026-11-17 10:02] 自動応答: 受け付けました", "[2026-11-17 10:02] 自動応答: 受け付けました"],
  ],
};

describeMaskingClasses("Japanese name classes of the twenty-third set (round 24)", classes);
