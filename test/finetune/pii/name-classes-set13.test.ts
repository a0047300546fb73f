import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Name rules by class for what the thirteenth set (a development set) missed (issue 13), each with other values than
 * the set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("name classes of the thirteenth set", {
  "a chat speaker's surname after their role or shift": [
    ["[09:12] サポート 岡村: お待たせしました", "[09:12] サポート [PERSON]: お待たせしました"],
    ["[23:40] オペレーター 夜間 吉武: 確認します", "[23:40] オペレーター 夜間 [PERSON]: 確認します"],
    ["[09:12] サポート: お待たせしました", "[09:12] サポート: お待たせしました"],
    ["[09:13] ドライバー: 了解です", "[09:13] ドライバー: 了解です"],
    ["[09:14] サポート チーム: 本日の案内", "[09:14] サポート チーム: 本日の案内"],
    ["[09:15] サポート 夜間: 対応中", "[09:15] サポート 夜間: 対応中"],
    // One list of role words (chat-roles.ts) for every speaker rule: a driver's or a customer's name, a role alone.
    ["[09:16] ドライバー 宮腰: 着きました", "[09:16] ドライバー [PERSON]: 着きました"],
    ["[09:17] ドライバー タナカ: 着きました", "[09:17] ドライバー [PERSON]: 着きました"],
    ["[09:18] お客様 岡村: まだですか", "[09:18] お客様 [PERSON]: まだですか"],
    ["[09:19] サポート スタッフ: 確認します", "[09:19] サポート スタッフ: 確認します"],
    ["[09:20] Nurse: the next patient", "[09:20] Nurse: the next patient"],
    ["[09:21] 看護師: 次の方どうぞ", "[09:21] 看護師: 次の方どうぞ"],
  ],
  "a Vietnamese full name in katakana, by its family and middle names, in full or half width": [
    ["申請者 チャン・ティ・フオン（技術職）が来庁", "申請者 [PERSON]（技術職）が来庁"],
    ["| 受付 | ブイ・ヴァン・ナム | 本人 |", "| 受付 | [PERSON] | 本人 |"],
    ["振込先 名義 ﾌｧﾑ ｳﾞｧﾝ ｸｲ\n", "振込先 名義 [PERSON]\n"],
    ["新商品 ファン・ミーティング・セット を発売", "新商品 ファン・ミーティング・セット を発売"],
    ["ホワイト・ティ・ポット", "ホワイト・ティ・ポット"],
  ],
  "a katakana family name with its particle before words that say a person": [
    ["はい、デ・ソウザです。", "はい、[PERSON]です。"],
  ],
  "a one-kanji surname and a given name after a staff member's job, or signing a message after its last sentence": [
    ["10:00 処置（獣医師 森、看護師 堤 美咲）", "10:00 処置（獣医師 森、看護師 [PERSON]）"],
    ["ログインできません。よろしくお願いします。堤 拓海", "ログインできません。よろしくお願いします。[PERSON]"],
    ["会議は 東 京都 で開きます。", "会議は 東 京都 で開きます。"],
    ["本日は休診です。北 口", "本日は休診です。北 口"],
  ],
  "a full name in a chat export's profile field, in either order; not a bot's": [
    ['{ "real_name": "Nwosu Adaeze", "tz": "Asia/Tokyo" }', '{ "real_name": "[PERSON]", "tz": "Asia/Tokyo" }'],
    ['{ "full_name": "Marta Kowalczyk" }', '{ "full_name": "[PERSON]" }'],
    ['{ "real_name": "Deploy Bot" }', '{ "real_name": "Deploy Bot" }'],
    ['{ "real_name": "Support Team" }', '{ "real_name": "Support Team" }'],
  ],
});
