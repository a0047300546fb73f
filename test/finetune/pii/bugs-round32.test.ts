import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Half-masks, over-masks and a miss helpers saw on main (issue 13, round 32): a four-kanji surname the dictionary lacks
 * before a listed given name, a recovery key's groups after a letters' prefix, a ticket's number after a secret's word
 * as a matter's topic, a katakana thing's word after a kin's word and a name, and a given name alone after a kin's word
 * before 享年. Each keeps a person beside it masked, or a look-alike beside it kept.
 */
describeMaskingClasses("bugs of round 32", {
  "a four-kanji surname the dictionary lacks before a listed given name is masked whole, not from inside the given name": [
    ["五百旗頭 結衣 様", "[PERSON] 様"],
    ["勅使河原 誠 さん", "[PERSON] さん"],
    ["小比類巻 翔太 様からのご依頼", "[PERSON] 様からのご依頼"],
    ["第2会議室 予約 五百旗頭 結衣 様 15時", "第2会議室 予約 [PERSON] 様 15時"],
  ],
  "a recovery key's groups after a letters' prefix are one secret, no My Number inside a longer code": [
    ["Recovery key part KX-1200-3400-5600", "Recovery key part [SECRET]"],
    ["回復キー：RK-7781-2290-4431 を保管", "回復キー：[SECRET] を保管"],
    ["Part no. AB-1200-3400-5600 in stock", "Part no. AB-1200-3400-5600 in stock"],
    ["SKU 1200-3400-5600-XL", "SKU 1200-3400-5600-XL"],
    ["マイナンバー 1234-5678-9012", "マイナンバー [MY_NUMBER]"],
  ],
  "a ticket's number after a secret's word as a matter's topic is kept, a secret after its cue still masked": [
    ["キーの件は INC-2026-0412-77 で対応", "キーの件は INC-2026-0412-77 で対応"],
    ["パスの問題は REQ-2025-1130-02 に記録", "パスの問題は REQ-2025-1130-02 に記録"],
    ["暗証の障害について CHG-2024-0077-3 を起票", "暗証の障害について CHG-2024-0077-3 を起票"],
    ["金庫のキーは Kx7-2291q です", "金庫のキーは [SECRET] です"],
    ["暗証の件は 4412 で", "暗証の件は [SECRET] で"],
  ],
  "a katakana thing's word after a kin's word and a name is no given name, the name still masked": [
    ["母 比嘉 カメラ", "母 [PERSON] カメラ"],
    ["父 坂口 テレビ", "父 [PERSON] テレビ"],
    ["祖母 石川 ミシン", "祖母 [PERSON] ミシン"],
    ["父 坂本 ジェイコブ", "父 [PERSON]"],
    ["母 比嘉 トメ", "母 [PERSON]"],
  ],
  "a given name alone after a kin's word before 享年 is masked, a full name before 享年 still whole": [
    ["亡父 太郎（享年80）", "亡父 [PERSON]（享年80）"],
    ["祖母 トメ 享年95", "祖母 [PERSON] 享年95"],
    ["亡母 ちよ 享年88", "亡母 [PERSON] 享年88"],
    ["故 花子（享年七十二）", "故 [PERSON]（享年七十二）"],
    ["仲村 正雄 享年七十八", "[PERSON] 享年七十八"],
    ["亡父 葬儀（享年80）", "亡父 葬儀（享年80）"],
  ],
});

describeMaskingClasses("an event's entry numbers of round 32", {
  "an entry's number column in a table of an event's entries is kept, the performers beside it still masked": [
    [
      "| 申込No. | 出演者 | 演目 |\n| --- | --- | --- |\n| E18-001 | 鵜飼 真由 様 | 花のワルツ |\n| E18-002 | 佐藤 健一 様 | 白鳥の湖 |",
      "| 申込No. | 出演者 | 演目 |\n| --- | --- | --- |\n| E18-001 | [PERSON] 様 | 花のワルツ |\n| E18-002 | [PERSON] 様 | 白鳥の湖 |",
    ],
    [
      "| エントリー番号 | 選手 | 種目 |\n| --- | --- | --- |\n| T-2041 | 高橋 美咲 さん | 100m自由形 |\n| T-2042 | 中村 蓮 さん | 50m背泳ぎ |",
      "| エントリー番号 | 選手 | 種目 |\n| --- | --- | --- |\n| T-2041 | [PERSON] さん | 100m自由形 |\n| T-2042 | [PERSON] さん | 50m背泳ぎ |",
    ],
    [
      "| 申込番号 | 出場者 | 曲目 |\n| --- | --- | --- |\n| PC-3310 | 山本 葵 様 | ショパン 夜想曲 |",
      "| 申込番号 | 出場者 | 曲目 |\n| --- | --- | --- |\n| PC-3310 | [PERSON] 様 | ショパン 夜想曲 |",
    ],
  ],
  "an applicant's number column in a course's or a contract's table is still a person's": [
    [
      "| 申込番号 | 氏名 | コース |\n| --- | --- | --- |\n| AP-30118 | 山本 葵 | 英会話 |",
      "| 申込番号 | 氏名 | コース |\n| --- | --- | --- |\n| [PERSONAL_ID] | [PERSON] | 英会話 |",
    ],
  ],
});
