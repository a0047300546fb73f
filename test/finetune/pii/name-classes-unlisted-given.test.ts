import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Spaced kanji names the dictionary reads only in part (issue 13's eighteenth and nineteenth sets lost them): a listed
 * surname with a given name of today's the dictionary lacks, and a name before its e-mail address after a space; each
 * with a look-alike it must leave alone.
 */
describeMaskingClasses("spaced kanji names with a part the dictionary lacks", {
  "a listed surname and an unlisted given name of two kanji ending as given names do": [
    ["学籍番号の確認、与那嶺 琉斗 です。", "学籍番号の確認、[PERSON] です。"],
    ["<td>我那覇 柚希／那覇市</td>", "<td>[PERSON]／那覇市</td>"],
    ["会場 大原 写真 展示", "会場 大原 写真 展示"],
    ["宮崎 太陽 光発電の見積もり", "宮崎 太陽 光発電の見積もり"],
  ],
  "an unlisted surname and a listed given name before an e-mail address after a space": [
    ["ケアマネ：支援センター 江藤井 典子 n.etoi@example.jp", "ケアマネ：支援センター [PERSON] [EMAIL]"],
    ["連絡先：後援会 百目木 裕子 dodomeki@example.jp", "連絡先：後援会 [PERSON] [EMAIL]"],
    ["問い合わせ 総合 窓口 info@example.jp", "問い合わせ 総合 窓口 [EMAIL]"],
  ],
});
