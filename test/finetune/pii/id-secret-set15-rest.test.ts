import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * The ID, My Number and secret classes the fifteenth set still missed after its first round (issue 13), with other
 * values than the set's and the look-alikes each rule must leave alone (expected === input).
 */
describeMaskingClasses("id classes of the fifteenth set's rest", {
  "a code beside a found person: after the name, in brackets or not, or before it": [
    ["参加者：北村 俊介（KT-0412）、会費未納", "参加者：[PERSON]（[PERSONAL_ID]）、会費未納"],
    ["担当 Maria Lopez (AC-1180) from Lisbon", "担当 [PERSON] ([PERSONAL_ID]) from Lisbon"],
    ["Booked for Emma Schulz (GYM-KW-30918).", "Booked for [PERSON] ([PERSONAL_ID])."],
    ["鍵の貸出：MB-HQ-20417 井上 陽子さん", "鍵の貸出：[PERSONAL_ID] [PERSON]さん"],
    ["担当 Maria Lopez (FY-2026) from Lisbon", "担当 [PERSON] (FY-2026) from Lisbon"],
    ["北村 俊介（KT-12）、会費未納", "[PERSON]（KT-12）、会費未納"],
    ["北村 俊介（A-1203）に宿泊", "[PERSON]（A-1203）に宿泊"],
    ["北村 俊介（ISO-9001 の監査員）", "[PERSON]（ISO-9001 の監査員）"],
    ["注文 ORD-2026118 井上 陽子さんより", "注文 ORD-2026118 [PERSON]さんより"],
    ["請求書 AB-204417 井上 陽子さん宛", "請求書 AB-204417 [PERSON]さん宛"],
  ],
  "a short code after a person's number label": [
    ["社員番号 KT-042 の健診結果", "社員番号 [PERSONAL_ID] の健診結果"],
    ["会員番号は AB-123 です", "会員番号は [PERSONAL_ID] です"],
    ["Member no. KT-204 renewed", "Member no. [PERSONAL_ID] renewed"],
    ["部屋番号 B-203 の鍵", "部屋番号 B-203 の鍵"],
    ["Room no. B-203 is free", "Room no. B-203 is free"],
    ["社員番号 AB-12 は欠番", "社員番号 AB-12 は欠番"],
    ["受付番号 AB-123 で承りました", "受付番号 AB-123 で承りました"],
  ],
  "a card's or a member card's ID after both its words": [
    ["カード ID C-00081475 で3回失敗", "カード ID [PERSONAL_ID] で3回失敗"],
    ["会員カード No. MB-22041 を提示", "会員カード No. [PERSONAL_ID] を提示"],
    ["カード ID は未登録です", "カード ID は未登録です"],
    ["ギフトカード ID GC-20418 の残高", "ギフトカード ID GC-20418 の残高"],
  ],
});
