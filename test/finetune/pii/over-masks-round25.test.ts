import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Over-masks of round 25 (issue 13), each a class: words the name rules took for people beside the cue they read, with
 * the people those cues still name.
 */
describeMaskingClasses("a speaker after a time alone", {
  "is no person when a firm, a program's word or a thing's": [
    ["[10:02] 田中商事: 入金確認しました", "[10:02] 田中商事: 入金確認しました"],
    ["[14:30] 佐藤工業: 明日納品します", "[14:30] 佐藤工業: 明日納品します"],
    ["[10:02] Deploy: done", "[10:02] Deploy: done"],
    ["[11:40] Build Server: ok", "[11:40] Build Server: ok"],
    ["23:05 Backup: completed", "23:05 Backup: completed"],
    ["09:15 Support Team: 受付完了", "09:15 Support Team: 受付完了"],
    ["09:15 Bot: 応答", "09:15 Bot: 応答"],
  ],
  "while a person speaking after the same stamp is masked": [
    ["[10:02] 田中: 了解です", "[10:02] [PERSON]: 了解です"],
    ["[10:02] Sarah: ok", "[10:02] [PERSON]: ok"],
    ["[16:20] Grace: see you", "[16:20] [PERSON]: see you"],
    ["08:45 Tomasz Wiśniewski: on my way", "08:45 [PERSON]: on my way"],
  ],
});

describeMaskingClasses("a team's word in brackets after a name", {
  "is no reading of it": [
    ["佐藤（インフラ）: 対応します", "[PERSON]（インフラ）: 対応します"],
    ["高橋（サポート）が対応しました", "[PERSON]（サポート）が対応しました"],
  ],
  "while a reading that fits the surname is masked": [
    ["西村 彩（にしむら あや）", "[PERSON]（[PERSON]）"],
    ["千葉 祐介（チバ ユウスケ）", "[PERSON]（[PERSON]）"],
  ],
});

describeMaskingClasses("a common English word after a job's word", {
  "is no given name": [
    ["担当の teacher Mode を使います", "担当の teacher Mode を使います"],
    ["Ask the tutor Dashboard for help", "Ask the tutor Dashboard for help"],
    ["the volunteer Lounge is upstairs", "the volunteer Lounge is upstairs"],
    ["Nurse Mode is on", "Nurse Mode is on"],
    ["Volunteers: Crew, Outlet and Mirela.", "Volunteers: Crew, Outlet and [PERSON]."],
  ],
  "while a given name there is masked": [
    ["the organist Florentina played", "the organist [PERSON] played"],
    ["Rider Mirela reported a flat tyre", "Rider [PERSON] reported a flat tyre"],
  ],
});

describeMaskingClasses("a brand named with a title", {
  "is no person": [
    ["Dr. Martens のブーツを返品", "Dr. Martens のブーツを返品"],
    ["Dr Pepper を2本", "Dr Pepper を2本"],
    ["wipe it with Mr. Clean", "wipe it with Mr. Clean"],
  ],
  "while a doctor's name is masked": [
    ["Dr. Martinez called back", "Dr. [PERSON] called back"],
    ["Mr. Okafor signed it", "Mr. [PERSON] signed it"],
  ],
});

describeMaskingClasses("a shop in a name field", {
  "is no person": [
    ["Name: SUSHI BAR", "Name: SUSHI BAR"],
    ["Name: NOODLE BAR", "Name: NOODLE BAR"],
    ["Name: FLOWER SHOP", "Name: FLOWER SHOP"],
  ],
  "while a name in capitals or with a premises' surname is masked": [
    ["Name: JOHN SMITH", "Name: [PERSON]"],
    ["Name: Laura Bar", "Name: [PERSON]"],
  ],
});

describeMaskingClasses("a post's abbreviation before a Latin name", {
  "is left beside the masked name": [
    ["先方 PM Tanaka から連絡", "先方 PM [PERSON] から連絡"],
    ["先方 CEO Kowalski 様", "先方 CEO [PERSON] 様"],
  ],
  "and alone is no one": [["先方 PM から連絡", "先方 PM から連絡"]],
});

describeMaskingClasses("a role's word where a surname could stand", {
  "is kept: a landlord, a class, a note, a staff word": [
    ["貸主 大家 様", "貸主 大家 様"],
    ["家主 大家 様", "家主 大家 様"],
    ["すみれ組 ゆりちゃん", "すみれ組 [PERSON]ちゃん"],
    ["さくら組 山田 蓮くん", "さくら組 [PERSON]くん"],
    ["佐藤 メモ さん", "[PERSON] メモ さん"],
    ["田中 メール 様", "[PERSON] メール 様"],
    ["スタッフ 花子 様", "スタッフ [PERSON] 様"],
    ["オペレーター 美咲 さん", "オペレーター [PERSON] さん"],
  ],
  "while a full name after the same words is masked": [
    ["受付 花子 様", "受付 [PERSON] 様"],
    ["ペレイラ 愛 様", "[PERSON] 様"],
    ["貸主 大家 健一 様", "貸主 [PERSON] 様"],
    ["管理者 八神 に連絡済み。", "管理者 [PERSON] に連絡済み。"],
    ["氏名：田ノ上 勝（ﾀﾉｳｴ ﾏｻﾙ）59歳", "氏名：[PERSON]（[PERSON]）59歳"],
  ],
});

describeMaskingClasses("様 opening a word", {
  "is no honorific": [
    ["納税管理人の届出様式", "納税管理人の届出様式"],
    ["所定の申請様式で提出", "所定の申請様式で提出"],
    ["変更届出様式をダウンロード", "変更届出様式をダウンロード"],
  ],
  "while a name before 様 is masked": [["届出人 山田 様", "届出人 [PERSON] 様"]],
});

describeMaskingClasses("an account holder's kana with a firm's mark", {
  "is the firm's": [
    ["口座名義 ｶ)ﾔﾏﾀﾞ ｼｮｳｼﾞ", "口座名義 ｶ)ﾔﾏﾀﾞ ｼｮｳｼﾞ"],
    ["振込先 ﾔﾏﾀﾞ ｼｮｳｼﾞ(ｶ", "振込先 ﾔﾏﾀﾞ ｼｮｳｼﾞ(ｶ"],
    ["振込先 ﾕ)ｻﾄｳ ｹﾝｾﾂ", "振込先 ﾕ)ｻﾄｳ ｹﾝｾﾂ"],
    ["口座名義 カ)ヤマダ ショウジ", "口座名義 カ)ヤマダ ショウジ"],
  ],
  "while a person's account is masked": [
    ["口座名義 ﾔﾏﾀﾞ ﾀﾛｳ", "口座名義 [PERSON]"],
    ["口座名義 ヤマダ タロウ", "口座名義 [PERSON]"],
  ],
});

describeMaskingClasses("a city's -shi after a going or a sending", {
  "is the city": [
    ["Ship to Sendai-shi", "Ship to Sendai-shi"],
    ["relocating to Chiba-shi next month", "relocating to Chiba-shi next month"],
    ["bound for Nara-shi", "bound for Nara-shi"],
  ],
  "while -shi after a person's cue is masked": [
    ["Please reply to Tanaka-shi today", "Please reply to [PERSON]-shi today"],
    ["Meeting with Tanaka-shi", "Meeting with [PERSON]-shi"],
  ],
});

describeMaskingClasses("a found surname repeated as a place", {
  "is the place before a place's or a plate's words": [
    ["土浦さんから連絡。土浦 の倉庫に届けます", "[PERSON]さんから連絡。土浦 の倉庫に届けます"],
    ["大塚さんに確認。大塚・巣鴨方面は渋滞", "[PERSON]さんに確認。大塚・巣鴨方面は渋滞"],
    ["土浦さんから連絡。社用車は 土浦 500 あ 12-34 です", "[PERSON]さんから連絡。社用車は 土浦 500 あ 12-34 です"],
  ],
  "while the person repeated is masked": [
    ["土浦さんから連絡。土浦 も来ます", "[PERSON]さんから連絡。[PERSON] も来ます"],
    ["土浦さんから連絡。明日は土浦が来ます", "[PERSON]さんから連絡。明日は[PERSON]が来ます"],
  ],
});
