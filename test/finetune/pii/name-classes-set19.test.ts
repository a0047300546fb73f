import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Name rules by class for what the nineteenth set (a development set) missed (issue 13), each with other values than
 * the set's and the look-alikes it must leave alone (expected === input, or only the name beside them masked).
 */
describeMaskingClasses("name classes of the nineteenth set", {
  "an Okinawan surname the dictionary lacks, after a role's word or in romaji before a cue": [
    ["ご対応ありがとうございました（担当 与那嶺）", "ご対応ありがとうございました（担当 [PERSON]）"],
    ["氏名 我那覇 美咲、電話は後ほど", "氏名 [PERSON]、電話は後ほど"],
    ["対応 安次嶺 健太", "対応 [PERSON]"],
    ["Reply by Misaki Ganaha", "Reply by [PERSON]"],
    ["那覇空港から車で20分（担当 窓口）", "那覇空港から車で20分（担当 窓口）"],
    ["ご予約は与那覇前浜ビーチ近くのホテルです", "ご予約は与那覇前浜ビーチ近くのホテルです"],
    ["Reply by Friday", "Reply by Friday"],
  ],
});
