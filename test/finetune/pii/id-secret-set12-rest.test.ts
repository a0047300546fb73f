import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * The ID and secret classes the twelfth set still missed or over-masked after its round (issue 13), with other
 * values than the set's and the look-alikes each rule must leave alone (expected === input).
 */
describeMaskingClasses("ID and secret rules of the twelfth set's last misses", {
  "a code right after a person a name detector found": [
    ["精算：井上 陽子 HR-0073318、交通費", "精算：[PERSON] [PERSONAL_ID]、交通費"],
    ["担当 Maria Lopez (EMP-204118) from Lisbon", "担当 [PERSON] ([PERSONAL_ID]) from Lisbon"],
    ["井上 陽子 ORD-2026118 の注文", "[PERSON] ORD-2026118 の注文"],
    ["在庫 HR-0073318 の棚", "在庫 HR-0073318 の棚"],
  ],
  "a PIN named in a turn and given bare in one of the next two": [
    ["[10:01] 客: 金庫の暗証番号を忘れました\n[10:02] 係: 取扱説明書はお手元にありますか\n[10:02] 客: はい、4182 でしょうか", "[10:01] 客: 金庫の暗証番号を忘れました\n[10:02] 係: 取扱説明書はお手元にありますか\n[10:02] 客: はい、[SECRET] でしょうか"],
    ["Agent: what is the door code?\nGuest: 3391, I think", "Agent: what is the door code?\nGuest: [SECRET], I think"],
    ["係: 暗証番号をお願いします\n客: 部屋番号 1203 です", "係: 暗証番号をお願いします\n客: 部屋番号 1203 です"],
    ["係: 暗証番号は変更できます\n客: 2024年に作りました", "係: 暗証番号は変更できます\n客: 2024年に作りました"],
    ["係: 暗証番号は変更できます\n客: わかりました\n客: ところで\n客: 4182 の件", "係: 暗証番号は変更できます\n客: わかりました\n客: ところで\n客: 4182 の件"],
    ["暗証番号の変更について\n4182 件の申請がありました", "暗証番号の変更について\n4182 件の申請がありました"],
  ],
  "a contract's number between firms is the deal's, a customer's is theirs": [
    ["清掃は 東和ビルサービス に委託（契約番号 TW-2026-C-044）。", "清掃は 東和ビルサービス に委託（契約番号 TW-2026-C-044）。"],
    ["株式会社ミナト 御中 契約番号 MN-2025-0193", "株式会社ミナト 御中 契約番号 MN-2025-0193"],
    ["ご契約番号 KY-2026-3318 の件でお電話しました", "ご契約番号 [PERSONAL_ID] の件でお電話しました"],
    ["携帯の契約番号は AB12345678 です", "携帯の契約番号は [PERSONAL_ID] です"],
  ],
});
