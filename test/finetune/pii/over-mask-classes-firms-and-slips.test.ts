import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Look-alikes by class (issue 13's precision): a firm or a shop named by a surname, a slip's number stamped by its day
 * after a person, a pseudonym a record was given; each with the person or the person's number of the same shape still
 * masked.
 */
describeMaskingClasses("firms, shops, dated slips and pseudonyms beside people", {
  "a katakana trade's word straight after a surname or a place's name makes a firm": [
    ["設定は業者 常陸セキュリティ の方が行った。", "設定は業者 常陸セキュリティ の方が行った。"],
    ["施工業者 山本エンジニアリング に依頼済み。", "施工業者 山本エンジニアリング に依頼済み。"],
    ["取引先 佐藤デザイン から見積。", "取引先 佐藤デザイン から見積。"],
    ["業者 常陸 様が来訪。", "業者 [PERSON] 様が来訪。"],
    ["担当 佐藤マネージャー が来訪。", "担当 [PERSON]マネージャー が来訪。"],
  ],
  "the dish a restaurant is known by before a surname is the shop's sign": [
    ["博多ラーメン 大楠 店長 大楠 隆 より依頼。", "博多ラーメン 大楠 店長 [PERSON] より依頼。"],
    ["中華そば 青木 さん に出前を頼んだ。", "中華そば 青木 さん に出前を頼んだ。"],
    ["焼肉 金田 様より予約。", "焼肉 金田 様より予約。"],
    ["ラーメン屋の店長 青木 様より。", "ラーメン屋の店長 [PERSON] 様より。"],
  ],
  "a code in brackets after a person whose digits open with a day is the slip's, not the person's": [
    ["買取元の 近藤 様（KB-26110702）へ返送します。", "買取元の [PERSON] 様（KB-26110702）へ返送します。"],
    ["田中 様（SO-2026110415）の注文を発送。", "[PERSON] 様（SO-2026110415）の注文を発送。"],
    ["井上 様（PT-004418）の検査", "[PERSON] 様（[PERSONAL_ID]）の検査"],
    ["山本 様（MB-19283746）へ連絡", "[PERSON] 様（[PERSONAL_ID]）へ連絡"],
  ],
  "a number a record was pseudonymised to names no one; the same label without the cue is the person's": [
    ['The rows stay pseudonymised as "Employee #4471".', 'The rows stay pseudonymised as "Employee #4471".'],
    ["Tickets were anonymised to Customer ID C-88213 before export.", "Tickets were anonymised to Customer ID C-88213 before export."],
    ["会員を匿名化し、会員番号 MX-00123 に置き換えた。", "会員を匿名化し、会員番号 MX-00123 に置き換えた。"],
    ["Employee #4471 called in sick.", "Employee #[PERSONAL_ID] called in sick."],
    ["Records were anonymized; Customer ID C-88213 remains.", "Records were anonymized; Customer ID [PERSONAL_ID] remains."],
  ],
});
