import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Name rules by class for what the seventeenth set (a development set) missed (issue 13), each with other values than
 * the set's and the look-alikes it must leave alone (expected === input, or only the name beside them masked).
 */
describeMaskingClasses("name classes of the seventeenth set", {
  "a spaced full name as a list's item beside a found name, its given name a noun too": [
    ["同行者は 山本 太郎（本人）、岩佐 光、池端 実。", "同行者は [PERSON]（本人）、[PERSON]、[PERSON]。"],
    ["同伴：岩佐 光、池端 実、山本 太郎", "同伴：[PERSON]、[PERSON]、[PERSON]"],
    ["担当 山本 太郎、会議 室、資料 一式", "担当 [PERSON]、会議 室、資料 一式"],
  ],
  "another full name of a found person's family, with the same surname and a space": [
    ["長男 辻 浩一\n二男 辻 康弘（死亡）→ 代襲：辻 陽菜（未成年）", "長男 [PERSON]\n二男 [PERSON]（死亡）→ 代襲：[PERSON]（未成年）"],
    ["保護者 真田 美穂 様。双子（真田 結・真田 蓮）の入所", "保護者 [PERSON] 様。双子（[PERSON]・[PERSON]）の入所"],
    ["担当 辻 正三郎。辻 医院 と 辻 部長 へ。", "担当 [PERSON]。辻 医院 と 辻 部長 へ。"],
  ],
  "a surname the dictionary lacks before a one-kanji given name and an honorific or です": [
    ["患者 座波 清 さん（84歳）", "患者 [PERSON] さん（84歳）"],
    ["水無瀬 凛です。", "[PERSON]です。"],
    ["水無瀬様、承りました", "[PERSON]様、承りました"],
    ["総務 林 さん", "総務 [PERSON] さん"],
    ["会議 室です", "会議 室です"],
  ],
  "a listed name after a librarian's title or a katakana post's": [
    ["記録者：司書 八重樫 梢 / 補助", "記録者：司書 [PERSON] / 補助"],
    ["担当 キャディマスター 榊 俊介", "担当 キャディマスター [PERSON]"],
    ["フロアマネージャー 堀 健一", "フロアマネージャー [PERSON]"],
    ["ゲームマスター 東 京", "ゲームマスター 東 京"],
    ["司書 資格 取得", "司書 資格 取得"],
  ],
  "a Latin name family first with a comma in a field: after a code and a comma, after a column's gap, before a phone": [
    ["0415,Navarro, Pablo,086-801-3300", "0415,[PERSON],[PHONE]"],
    ["[3] 会員  Whitmore, Alice (英語対応)", "[3] 会員  [PERSON] (英語対応)"],
    ["    0007  Ortega, Carmen 090-1111-2222  2冊", "    0007  [PERSON] [PHONE]  2冊"],
    ["受付 Ortega Navarro, Carmen / 2名", "受付 [PERSON] / 2名"],
    ["長女  Hartley-Moss, Eleanor(英国在住)", "長女  [PERSON](英国在住)"],
    ["12,Apple, Orange,3", "12,Apple, Orange,3"],
    ["Venue:  Lyon, France 2026", "Venue:  Lyon, France 2026"],
    ["在庫  Bolts, Nuts 40 箱", "在庫  Bolts, Nuts 40 箱"],
  ],
  "a Latin name beside a found one in a list: joined by ・, before 、, before and": [
    ["当番は 松浦・Fernandes の2名です。", "当番は [PERSON]・[PERSON] の2名です。"],
    ["名簿：Linh Pham、ﾐﾔｹ ﾕｳｼﾞ、朴 成敏。", "名簿：[PERSON]、[PERSON]、[PERSON]。"],
    ["選手の Ryota and Sven are in room 3. 予約名は Sven Lindahl 様", "選手の [PERSON] and [PERSON] are in room 3. 予約名は [PERSON] 様"],
    ["担当 佐藤・Excel 担当", "担当 [PERSON]・Excel 担当"],
    ["Salt and Pepper Smith", "Salt and Pepper Smith"],
  ],
  "a nickname in capitals in brackets inside a Latin name": [
    ["実況 Kenji (KJ) Morooka の連絡先", "実況 [PERSON] の連絡先"],
    ["Robert (RJ) Navarro called", "[PERSON] called"],
    ["Model (XL) Pro", "Model (XL) Pro"],
  ],
  "a given name before a relative in brackets, or signing a reply with an office": [
    ["Solveig (her daughter) will come.", "[PERSON] (her daughter) will come."],
    ["Noted. — Keiko, Osaka office", "Noted. — [PERSON], Osaka office"],
    ["Thanks — Support, Osaka office", "Thanks — Support, Osaka office"],
    ["Desk (his sister) ok", "Desk (his sister) ok"],
  ],
  "a kana name after a staff post, a spouse's word or a name's label": [
    ["アシスタント さくらい\n次", "アシスタント [PERSON]\n次"],
    ["[12:00] 運営 ナカムラ", "[12:00] 運営 [PERSON]"],
    ["かわりに つまの キミコ が行きます。", "かわりに つまの [PERSON] が行きます。"],
    ["なまえ ちとせ です。", "なまえ [PERSON] です。"],
    ["スタッフ ミーティング", "スタッフ ミーティング"],
    ["妻の 誕生日", "妻の 誕生日"],
    ["アシスタント ひとり", "アシスタント ひとり"],
  ],
  "a kana name before a self-introduction, an honorific or a staff member's act": [
    ["「予約した ヨシダ です、番号は", "「予約した [PERSON] です、番号は"],
    ["あの、ナカムラですけど", "あの、[PERSON]ですけど"],
    ["会員の さくらい だけど、", "会員の [PERSON] だけど、"],
    ["こちら おおぬま みちお と申します。", "こちら [PERSON] と申します。"],
    ["かなえ ちゃん(7歳)", "[PERSON] ちゃん(7歳)"],
    ["ちとせ様、お願いします。", "[PERSON]様、お願いします。"],
    ["ヨシダ がキーを再発行しました。", "[PERSON] がキーを再発行しました。"],
    ["おかげさまで元気です", "おかげさまで元気です"],
    ["おつかれさまです", "おつかれさまです"],
    ["あかちゃん", "あかちゃん"],
    ["ほんとう です", "ほんとう です"],
    ["システム が確認します", "システム が確認します"],
    ["名前を変えて ほしい です", "名前を変えて ほしい です"],
    ["これ ほしい です", "これ ほしい です"],
  ],
  "two hiragana words before です after a name's label earlier in the sentence, the second a given name's reading": [
    ["えっと なまえは かぶらぎ、じゃなくて しもづる ゆか です。", "えっと なまえは [PERSON]、じゃなくて [PERSON] です。"],
    ["名前は、えーと、しもくつわ はるか です", "名前は、えーと、[PERSON] です"],
    ["名前は まだ ない です", "名前は まだ ない です"],
  ],
  "a real name after 本名, and the other name before it": [
    ["選手 ひいらぎ(本名 柊 颯、16歳)", "選手 [PERSON](本名 [PERSON]、16歳)"],
    ["ペンネーム Kuro_77（本名：相馬 亮介）", "ペンネーム [PERSON]（本名：[PERSON]）"],
    ["本名 で登録", "本名 で登録"],
  ],
  "a kana name beside a found one: a surname before its given name, after an arrow, before its kanji in brackets": [
    ["楽天銀行 普通 7204518 ﾂｼﾞ ｿｳﾏ", "楽天銀行 [PERSONAL_ID] [PERSON]"],
    ["担当交代:唐沢 伸 → ナカムラ", "担当交代:[PERSON] → [PERSON]"],
    ["元スタイリスト にしかわ(西川 遥)の顧客", "元スタイリスト [PERSON]([PERSON])の顧客"],
    ["担当 佐藤 健 → サポート", "担当 [PERSON] → サポート"],
  ],
  "a kana surname and a kanji given name, and its surname alone after": [
    ["夜間 うるま 沙織(本人希望)\n夜間(うるま 記)", "夜間 [PERSON](本人希望)\n夜間([PERSON] 記)"],
    ["私 フェルト 亜紀 に。", "私 [PERSON] に。"],
    ["ソフト 開発 部", "ソフト 開発 部"],
    ["データ 分析", "データ 分析"],
    ["ホテル 雅叙園", "ホテル 雅叙園"],
  ],
});
