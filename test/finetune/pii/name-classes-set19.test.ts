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
  "a surname the dictionary lacks and a given name it lists after a head's title (所長, 院長, 店長) or 引率": [
    ["日誌確認：所長 百目鬼 克之（印）", "日誌確認：所長 [PERSON]（印）"],
    ["承認：院長 薬袋 直樹", "承認：院長 [PERSON]"],
    ["引率 四十物 恵子 が同行", "引率 [PERSON] が同行"],
    ["日誌確認：所長 会議 資料", "日誌確認：所長 会議 資料"],
  ],
  "a word of three kanji ending in a listed surname, before a listed given name and an honorific: the whole word": [
    ["引率 日野原 崇 先生", "引率 [PERSON] 先生"],
    ["大野原 聡 先生", "[PERSON] 先生"],
    ["小野原 健一 様", "[PERSON] 様"],
    ["営業部 山田 太郎 様", "営業部 [PERSON] 様"],
  ],
  "a Latin full name with a middle initial and its full stop, whole, and its family name where it recurs": [
    ['Cardholder Margaret L. Thornbury, card on file. Note: "Thornbury rode 41 min."', 'Cardholder [PERSON], card on file. Note: "[PERSON] rode 41 min."'],
    ["- Cardholder Margaret L. Thornbury, card on file", "- Cardholder [PERSON], card on file"],
    ["Escalated to Samuel T. Okafor yesterday.", "Escalated to [PERSON] yesterday."],
    ["The refund went to Margaret L. Thornbury on Monday.", "The refund went to [PERSON] on Monday."],
    ["Adverse party: Margaret L. Thornbury. Thornbury Street appeared in a lease.", "Adverse party: [PERSON]. Thornbury Street appeared in a lease."],
    ["Please see Appendix B. Then sign the form.", "Please see Appendix B. Then sign the form."],
    ["Take Vitamin C. Daily dose is fine.", "Take Vitamin C. Daily dose is fine."],
  ],
  "a Japanese surname in romaji alone as a support desk's speaker or after a department's の before です": [
    ["[09:10] サポート Kobayashi: 確認いたします", "[09:10] サポート [PERSON]: 確認いたします"],
    ["オペレーター Fujiwara：少々お待ちください", "オペレーター [PERSON]：少々お待ちください"],
    ["営業部の Matsumoto です。見積もりの件で", "営業部の [PERSON] です。見積もりの件で"],
    ["サポート Support: 自動応答です", "サポート Support: 自動応答です"],
    ["経理の Team です。", "経理の Team です。"],
  ],
});
