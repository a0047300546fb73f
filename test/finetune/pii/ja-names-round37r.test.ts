import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Names in Japanese script the thirty-seventh set leaked (issue 13, round 37r): a rare surname of one to three kanji the
 * dictionary reads as a word, a space and a given name in hiragana, before an honorific, after a kin's word, or twice
 * joined by ・ as siblings are listed; a surname that is a noun before a kanji given name and an honorific. With the look-alikes they leave: a kin's, a role's, a firm's or a thing's word.
 */
describeMaskingClasses("Japanese-script names of round 37r", {
  "a rare kanji surname and a hiragana given name before an honorific are masked whole": [
    ["依頼者 鴫 みのり さん（34、会社員）から相談。", "依頼者 [PERSON] さん（34、会社員）から相談。"],
    ["| TK-0001 | 2026/1/5 | 粂 ひかる 様 | 相談 |", "| TK-0001 | 2026/1/5 | [PERSON] 様 | 相談 |"],
    ["[09:12] 受付: 蕗 あかね さま、明日の件です", "[09:12] 受付: [PERSON] さま、明日の件です"],
  ],
  "the same after a kin's word, before brackets or a comma, is masked": [
    ["- 緊急連絡先：姉 鴫 ちひろ（090-0000-0000）。", "- 緊急連絡先：姉 [PERSON]（[PHONE]）。"],
    ["保護者：母 粂 あかね、同居。", "保護者：母 [PERSON]、同居。"],
  ],
  "two such names sharing their surname and joined by ・ are both masked": [
    ["<td>蕗 あかね・蕗 ちひろ</td><td>小4・小2</td>", "<td>[PERSON]・[PERSON]</td><td>小4・小2</td>"],
    ["兄弟 柊 はると・柊 そうた（年長）で参加", "兄弟 [PERSON]・[PERSON]（年長）で参加"],
    ["出場,鴫 のぞみ・鴫 さくら,連弾", "出場,[PERSON]・[PERSON],連弾"],
  ],
  "a surname the dictionary reads as a word, before a kanji given name and an honorific, is masked with it": [
    ["受入れ農家 一色 浩二 さんのハウス", "受入れ農家 [PERSON] さんのハウス"],
    ["確認済み,小鳥 典子 様。再設定", "確認済み,[PERSON] 様。再設定"],
    ["| 立花 恵 様 | 080-0000-0000 |", "| [PERSON] 様 | [PHONE] |"],
  ],
  "a day's, a firm's or a role's word before a kanji given name stays": [
    ["本日 美香 様 ご来店", "本日 [PERSON] 様 ご来店"],
    ["株式会社 典子 様", "株式会社 [PERSON] 様"],
    ["部長 誠 様", "部長 [PERSON] 様"],
  ],
  "a thing's, a place's or an order's word before kana stays": [
    ["品種 もも・品種 なし", "品種 もも・品種 なし"],
    ["果物 もも・果物 なし", "果物 もも・果物 なし"],
    ["温泉 もみじ さん", "温泉 もみじ さん"],
    ["母 特急 ひかり で帰省", "母 特急 ひかり で帰省"],
    ["新 はると くん", "新 [PERSON] くん"],
  ],
});
