import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Name rules by class for what the thirteenth set (a development set) missed (issue 13), each with other values than
 * the set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("name classes of the thirteenth set", {
  "a chat speaker's surname after their role or shift": [
    ["[09:12] サポート 岡村: お待たせしました", "[09:12] サポート [PERSON]: お待たせしました"],
    ["[23:40] オペレーター 夜間 吉武: 確認します", "[23:40] オペレーター 夜間 [PERSON]: 確認します"],
    ["[09:12] サポート: お待たせしました", "[09:12] サポート: お待たせしました"],
    ["[09:13] ドライバー: 了解です", "[09:13] ドライバー: 了解です"],
    ["[09:14] サポート チーム: 本日の案内", "[09:14] サポート チーム: 本日の案内"],
    ["[09:15] サポート 夜間: 対応中", "[09:15] サポート 夜間: 対応中"],
  ],
});
