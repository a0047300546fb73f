import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * The firms and places the eleventh held-out set lost as names (issue 13), by class, each beside the person the rule
 * must still mask. Values are made up here, not the set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a founder's name before a capitalised business word": [
    ["Our importer Takamura Kogyo asked for the invoice. Mr. Dean Holt signs.", "Our importer Takamura Kogyo asked for the invoice. Mr. [PERSON] signs."],
    ["店長 Arjun Mehta さん。勤務先は Mehta Noodle Bar です。", "店長 [PERSON] さん。勤務先は Mehta Noodle Bar です。"],
  ],
  "a firm named after its founder in a column of people": [
    [
      "| 区分 | 名義 | 金額 |\n|---|---|---|\n| 法人 | Okafor Pharma Europe | 500,000円 |\n| 個人 | 岸本 悠 | 30,000円 |",
      "| 区分 | 名義 | 金額 |\n|---|---|---|\n| 法人 | Okafor Pharma Europe | 500,000円 |\n| 個人 | [PERSON] | 30,000円 |",
    ],
  ],
  "a surname written straight before a katakana word and a firm's word": [
    ["取引先の 小田切エナジー販売 から見積。担当者 小田切 様", "取引先の 小田切エナジー販売 から見積。担当者 [PERSON] 様"],
  ],
  "a surname before a port's or a road's word, a space between": [["前回の 飛鳥 埠頭 の件。中川 インター で降りる。", "前回の 飛鳥 埠頭 の件。中川 インター で降りる。"]],
  "a brand after an article, before a word the lexicon lists as a first name": [
    ["The Renault Clio is back from service; Ingrid Solberg signed.", "The Renault Clio is back from service; [PERSON] signed."],
  ],
  "a key–value row whose value is a heading too": [["| 顧客番号 | お名前 |\n| 氏名 | 西岡 真 |", "| 顧客番号 | お名前 |\n| 氏名 | [PERSON] |"]],
};

describeMaskingClasses("the eleventh set's look-alikes by class", classes);
