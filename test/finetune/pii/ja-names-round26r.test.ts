import { describe, expect, it } from "vitest";
import { maskInquiryRows } from "../../../src/finetune/pii/mask-pii.js";
import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Japanese name rules by class from the twenty-sixth set's misses (issue 13): an account holder's half-width kana of
 * three words or more after 名義, a payer's label or the account's number; a name found inside a longer reading that
 * adds its surname before it (a katakana surname, or the head of a kanji surname the dictionary lacks); a kana reading
 * in the next field after a kanji name whose surname the dictionary lacks; a chat turn's speaker after where the staff
 * sit (社内, 本社, 支店); a kanji full name in brackets after a one-word name and a child's or a friend's honorific; a
 * found full name's given name alone in a later row of the log. Each with values of its own, and the
 * look-alikes (firms' registered readings, things' words, titles, honorifics' words, notes in kana) left alone.
 */
describeMaskingClasses("Japanese names of round 26r", {
  "an account holder's half-width kana of three words or more, whole": [
    ["振込先 普通 1234567 名義 ﾎｱﾝ ｳﾞｧﾝ ﾌｫﾝ（本人）", "振込先 [PERSONAL_ID] 名義 [PERSON]（本人）"],
    ["振込人名 ｻﾝﾄｽ ﾏﾘｱ ｸﾘｽﾃｨﾅ。入金確認済み", "振込人名 [PERSON]。入金確認済み"],
    ["口座名義: ﾔｷﾕｳｸﾗﾌﾞ ｵｵﾊｼ ﾀｹｼ", "口座名義: [PERSON]"],
    ["振込人：ﾊﾟｸ ｿﾝ ﾐﾝ 様", "振込人：[PERSON] 様"],
    ["静岡銀行 本店 普通 7654321 ｼﾙﾊﾞ ｼﾞｮｱﾝ ﾍﾟﾄﾞﾛ\n以上", "静岡銀行 本店 [PERSONAL_ID] [PERSON]\n以上"],
    ["普通 2345678 ｲﾘﾖｳﾎｳｼﾞﾝ ｻｸﾗｶｲ ｼﾞﾑｷﾖｸ", "[PERSONAL_ID] ｲﾘﾖｳﾎｳｼﾞﾝ ｻｸﾗｶｲ ｼﾞﾑｷﾖｸ"],
    ["名義 ｶ)ﾐﾄﾞﾘ ｼﾖｳｼﾞ ﾎﾝﾃﾝ", "名義 ｶ)ﾐﾄﾞﾘ ｼﾖｳｼﾞ ﾎﾝﾃﾝ"],
    ["振込人名 ﾋｶﾘ ﾃﾞｻﾞｲﾝ ｵﾌｲｽ (ｶ) 様", "振込人名 ﾋｶﾘ ﾃﾞｻﾞｲﾝ ｵﾌｲｽ (ｶ) 様"],
    ["普通 3456789 ｷﾔﾂｼﾕ ｶｰﾄﾞ ｻｲﾊｯｺｳ", "[PERSONAL_ID] ｷﾔﾂｼﾕ ｶｰﾄﾞ ｻｲﾊｯｺｳ"],
    ["振込人名 ﾜﾝ ﾁｰﾑ ﾌﾟﾛｼﾞｪｸﾄ", "振込人名 ﾜﾝ ﾁｰﾑ ﾌﾟﾛｼﾞｪｸﾄ"],
    ["名義変更 ｵﾝﾗｲﾝ ﾃﾂﾂﾞｷ ｳｹﾂｹ中", "名義変更 ｵﾝﾗｲﾝ ﾃﾂﾂﾞｷ ｳｹﾂｹ中"],
    ["ﾃｲｷ ｺｳﾆﾕｳ ｻｰﾋﾞｽ 3点", "ﾃｲｷ ｺｳﾆﾕｳ ｻｰﾋﾞｽ 3点"],
  ],
  "a found name grows to the surname a later rule reads before it": [
    ["祖母 デラロサ 美咲 が来ます", "祖母 [PERSON] が来ます"],
    ["| 柴犬 | 五十部谷 勉 様 | 090-1234-5678 |", "| 柴犬 | [PERSON] 様 | [PHONE] |"],
    ["依頼者 百目木谷 修 様より電話", "依頼者 [PERSON] 様より電話"],
    ["営業部長 山田 太郎 様", "営業部長 [PERSON] 様"],
    ["東京支社長 田中 様宅へ", "東京支社長 [PERSON] 様宅へ"],
    ["母 サンドラ 先生の教室", "母 [PERSON] 先生の教室"],
  ],
  "a kana reading in the next field after a kanji name whose surname the dictionary lacks": [
    ["| 2 | 十六沢 翼 | いざさわ つばさ | 父 十六沢 勉 |", "| 2 | [PERSON] | [PERSON] | 父 [PERSON] |"],
    ["2051,四十八願 陽菜,よいなら ひな,総務", "2051,[PERSON],[PERSON],総務"],
    ["| 山田 太郎 | おやすみ ちゅう |", "| [PERSON] | おやすみ ちゅう |"],
    ["| 田中 一郎 | かいけい たんとう |", "| [PERSON] | かいけい たんとう |"],
    ["| 佐藤 花子 | すいようび ごぜん |", "| [PERSON] | すいようび ごぜん |"],
  ],
  "a chat turn's surname after the words of where the staff sit": [
    ["[2026-11-30 11:00] 社内 柘植: 管理画面のパスワード変えた？", "[2026-11-30 11:00] 社内 [PERSON]: 管理画面のパスワード変えた？"],
    ["[10:02] 本社 宮腰: 了解です", "[10:02] 本社 [PERSON]: 了解です"],
    ["[2026-12-01 09:00] 支店 長谷部: 在庫あります", "[2026-12-01 09:00] 支店 [PERSON]: 在庫あります"],
    ["[2026-11-30 11:00] 社内 会議: 開始します", "[2026-11-30 11:00] 社内 会議: 開始します"],
    ["[10:00] 社内 システム: メンテナンス中", "[10:00] 社内 システム: メンテナンス中"],
    ["[2026-12-01 09:00] 本社 総務: 通知", "[2026-12-01 09:00] 本社 総務: 通知"],
    ["[10:00] 店舗 在庫: 3個", "[10:00] 店舗 在庫: 3個"],
  ],
  "a kanji full name in brackets after a one-word name and a child's or a friend's honorific": [
    ["ミキちゃん（十六沢 美紀）と", "[PERSON]ちゃん（[PERSON]）と"],
    ["ソラちゃん（五十部 そら）", "[PERSON]ちゃん（[PERSON]）"],
    ["田中さん（営業 部長）", "[PERSON]さん（営業 部長）"],
    ["佐藤さん（東京 本社）", "[PERSON]さん（東京 本社）"],
    ["鈴木さん（経理 担当）", "[PERSON]さん（経理 担当）"],
  ],
});

/** Two rows of an inquiry log, masked as the build masks a log, and what each row's question must become. */
const givenNameRows: [first: string, later: string, expected: string][] = [
  ["小2の息子 佐久間 陽翔（さくま はると）です", "ケガの件。陽翔が練習で手首を。", "ケガの件。[PERSON]が練習で手首を。"],
  ["整備士 佐藤 悠真 が伺います", "午後に 悠真 が訪問します", "午後に [PERSON] が訪問します"],
  ["長女 三浦 結衣 の入会です", "結衣の体操服を注文", "[PERSON]の体操服を注文"],
  ["受付 山本 大地 です", "大地が揺れた", "大地が揺れた"],
  ["担当 高橋 美咲 です", "美咲町の店舗へ", "美咲町の店舗へ"],
  ["担当 田中 翔太 です", "翔太郎 の件です", "翔太郎 の件です"],
];

describe("a found full name's given name alone in a later row of the log", () => {
  it.each(givenNameRows)("%s / %s", (first, later, expected) => {
    expect(maskInquiryRows([[first], [later]])[1]![0]!.text).toBe(expected);
  });
});
