import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * IDs and phones the registered sets leaked (issue 13, round 38r): a registration number in a table's column beside a
 * column of people, a phone with its exchange in brackets and its last group in pairs, a mobile number with a letter
 * typed for a digit and no phone's word near it. Each with the look-alikes it leaves.
 */
describeMaskingClasses("IDs and phones of round 38r", {
  "a registration number in a column beside a column of people is masked": [
    ["| 指導者 | 登録番号 | 連絡 |\n| --- | --- | --- |\n| 宮内 紗和 | RN-31-0552 | 電話済 |", "| 指導者 | 登録番号 | 連絡 |\n| --- | --- | --- |\n| [PERSON] | [PERSONAL_ID] | 電話済 |"],
    ["利用者,登録番号,区分\n佐藤 一郎,VR-5521,一般", "利用者,登録番号,区分\n[PERSON],[PERSONAL_ID],一般"],
  ],
  "a registration number beside a firm's, a product's or no people's column stays": [
    ["| 事業者 | 登録番号 |\n| --- | --- |\n| 山田商店 | T1234567890123 |", "| 事業者 | 登録番号 |\n| --- | --- |\n| 山田商店 | T1234567890123 |"],
    ["| 品名 | 登録番号 |\n| --- | --- |\n| 椅子 | AB-2210 |", "| 品名 | 登録番号 |\n| --- | --- |\n| 椅子 | AB-2210 |"],
  ],
  "a phone spaced around its bracketed exchange, its last group in pairs, is masked": [
    ["Home: 045 (672) 31 08, mobile later.", "Home: [PHONE], mobile later."],
    ["  Rena Okabe 078 (331) 52 17 — emergency contact", "  [PERSON] [PHONE] — emergency contact"],
    ["| 会員 | 連絡先 |\n|---|---|\n| 予約あり | 0263 (52) 47 18 |", "| 会員 | 連絡先 |\n|---|---|\n| 予約あり | [PHONE] |"],
  ],
  "a bracketed count or a date spaced in groups stays": [
    ["Parts: 0120 (3) 4 boxes; item 08 (12) 2024 5", "Parts: 0120 (3) 4 boxes; item 08 (12) 2024 5"],
  ],
  "a mobile number with a letter for a digit and no phone's word is masked": [
    ["ご長男さん（080-5521-3O98…手書き）", "ご長男さん（[PHONE]…手書き）"],
    ["Guardian: Ken, 090-77l2-4410 (evenings)", "Guardian: [PERSON], [PHONE] (evenings)"],
  ],
  "a code longer than a mobile's, or a landline's shape with a letter and no phone's word, stays": [
    ["型番 090-1183-44O7A, part 0900-1183-44O7", "型番 090-1183-44O7A, part 0900-1183-44O7"],
    ["部品 045-84l-2290 を発注", "部品 045-84l-2290 を発注"],
  ],
});
