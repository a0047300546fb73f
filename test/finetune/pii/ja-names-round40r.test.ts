import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Japanese names of round 40r (issue 13): a desk's staff written by surname alone after a chat turn's stamp, a role's
 * word run into the name or not, and a surname the dictionary lacks in a desk's reply label (担当…：). Each beside the
 * labels, places and numbers written there as often.
 */
describeMaskingClasses("Japanese names of round 40r", {
  "a surname alone after a chat turn's stamp is its speaker": [
    ["[12/03 10:15] 相沢：本日の回収は午後です。受付番号 K-2612-0031", "[12/03 10:15] [PERSON]：本日の回収は午後です。受付番号 K-2612-0031"],
    ["[12/03 10:16] オペレーター相沢：料金は 800円 です。", "[12/03 10:16] オペレーター[PERSON]：料金は 800円 です。"],
    ["[2026-12-03 10:17] 係員 樋渡：明日伺います。", "[2026-12-03 10:17] 係員 [PERSON]：明日伺います。"],
    ['2026/12/03,電話,"[09:40] 担当者渋谷：折り返します"', '2026/12/03,電話,"[09:40] 担当者[PERSON]：折り返します"'],
    ["対応記録\n[14:02] スタッフ樋渡: 鍵は受付に預けました", "対応記録\n[14:02] スタッフ[PERSON]: 鍵は受付に預けました"],
  ],
  "a label, a place or a department after a stamp is no speaker": [
    ["[10:00] 担当者：確認済み", "[10:00] 担当者：確認済み"],
    ["[10:00] 受付係：開始", "[10:00] 受付係：開始"],
    ["[10:00] 本社：連絡あり", "[10:00] 本社：連絡あり"],
    ["[06:00] 東京：晴れ、大阪：曇り", "[06:00] 東京：晴れ、大阪：曇り"],
    ["[10:00] スタッフ全員：集合", "[10:00] スタッフ全員：集合"],
    ["[10:00] 社内連絡：会議は 11/12 14:00 から", "[10:00] 社内連絡：会議は 11/12 14:00 から"],
    ["[10:00] 担当部長：承認 v2.3", "[10:00] 担当部長：承認 v2.3"],
  ],
  "a surname the dictionary lacks in a desk's reply label is the staff member's": [
    ['D-0412,2026/11/03,"修理の相談","担当鰐淵：見積 32,000円 でお受けしました"', 'D-0412,2026/11/03,"修理の相談","担当[PERSON]：見積 32,000円 でお受けしました"'],
    ["| 11/03 | 受付 漆畑: 折り返し予定 |", "| 11/03 | 受付 [PERSON]: 折り返し予定 |"],
    ["お問い合わせ対応\n担当 船越：部品 AB-220 を発注済み", "お問い合わせ対応\n担当 [PERSON]：部品 AB-220 を発注済み"],
  ],
  "a desk label's own word is no surname": [
    ["担当者名：", "担当者名："],
    ["受付時間：9:00〜17:00", "受付時間：9:00〜17:00"],
    ["担当未定：後日連絡", "担当未定：後日連絡"],
    ["担当地区：北区、担当部署：総務", "担当地区：北区、担当部署：総務"],
    ["受付場所：本館 2F", "受付場所：本館 2F"],
    ["受付番号：R-0012", "受付番号：R-0012"],
  ],
  "a possessive before a child's hiragana given name is no hiragana surname (a given name's reading added in round 40r)": [
    ["わたしの はるとくんが熱を出しました", "わたしの [PERSON]くんが熱を出しました"],
    ["| うちの ゆうと くん | 年中 |", "| うちの [PERSON] くん | 年中 |"],
    ["ぼくの かいと くんと遊んだ", "ぼくの [PERSON] くんと遊んだ"],
    ["さかい ななみ ちゃん", "[PERSON] ちゃん"],
  ],
});
