import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Japanese-script names the forty-third set and older ones missed, by class (issue 13): each class in other layouts
 * than the sets', and the near things each rule must leave alone. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a found name written whole again where a rule read only a part of it takes the whole mask, no kanji left beside it": [
    ["担当 王 林宏 様。\n名簿で来る予定：王林宏様 1234。", "担当 [PERSON] 様。\n名簿で来る予定：[PERSON]様 1234。"],
    ["団員 陳 谷明 様（車椅子）\n予定：陳谷明様", "団員 [PERSON] 様（車椅子）\n予定：[PERSON]様"],
    ["王様ゲームの景品を 林宏 さんが用意。", "王様ゲームの景品を [PERSON] さんが用意。"],
  ],
  "a kanji full name found written solid is masked where it is written with a space": [
    ["山形璃子さんから。| 総務 山形 璃子 |", "[PERSON]さんから。| 総務 [PERSON] |"],
    ["長野璃子さんより連絡。名簿は 長野　璃子 です。", "[PERSON]さんより連絡。名簿は [PERSON] です。"],
    ["山形璃子さんから。山形 支店へ転送", "[PERSON]さんから。山形 支店へ転送"],
    ["山形璃子さんから。| 山形 璃 | 子供会", "[PERSON]さんから。| 山形 璃 | 子供会"],
  ],
  "a surname written with ヶ, ケ or ノ, a space and a listed given name is a person's name with no cue, and stands for the person alone after": [
    ["遅番 八ヶ代 誠<br>", "遅番 [PERSON]<br>"],
    ["本日の当番は 柳ケ瀬 孝 です。", "本日の当番は [PERSON] です。"],
    ["早番 一ノ瀬 昌平、遅番 八ヶ代 誠。中国語は遅番の 八ヶ代 が対応。", "早番 [PERSON]、遅番 [PERSON]。中国語は遅番の [PERSON] が対応。"],
    ["・霞ヶ関 勤務", "・霞ヶ関 勤務"],
    ["・八ヶ岳 山荘に泊まる", "・八ヶ岳 山荘に泊まる"],
    ["関ヶ原 合戦の跡、星ヶ丘 三丁目", "関ヶ原 合戦の跡、星ヶ丘 三丁目"],
  ],
  "a katakana name with Thị's or Văn's middle name (ティ, ヴァン) is a Vietnamese person's whatever the family name, and its family name and given name of three kana stand for the person alone": [
    ["受付担当：坂井 ゆう子 / マイ・ティ・フオン（平日）", "受付担当：[PERSON] / [PERSON]（平日）"],
    ["ブイ・ヴァン・トゥン 現着。トゥン 携帯 090-1111-2222", "[PERSON] 現着。[PERSON] 携帯 [PHONE]"],
    ["受付：チン・ティ・トゥエット（平日）。チン（受付）より：来客あり", "受付：[PERSON]（平日）。[PERSON]（受付）より：来客あり"],
    ["パーティ・ティ・タイム", "パーティ・ティ・タイム"],
    ["チーム・ティ・ショット練習", "チーム・ティ・ショット練習"],
    ["ミルク・ティ・セット 480円", "ミルク・ティ・セット 480円"],
  ],
  "a katakana name found as one with its Latin writing (a register's cell) gives each writing's parts, masked where they recur": [
    ["| No. | 氏名 | 備考 |\n| --- | --- | --- |\n| 6 | タパ・ディパク Dipak Thapa | L |\n- 緊急時 ディパク → 店長 山田（店）", "| No. | 氏名 | 備考 |\n| --- | --- | --- |\n| 6 | [PERSON] | L |\n- 緊急時 [PERSON] → 店長 [PERSON]（店）"],
    ["| 6 | ソフトバンク・ホークス Fukuoka SoftBank Hawks | 優勝 |", "| 6 | ソフトバンク・ホークス Fukuoka SoftBank Hawks | 優勝 |"],
  ],
  "a child's kin word before a hiragana given name and an honorific stays; the given name alone is masked, and where it recurs": [
    ["孫 はるき くんが来店。はるきが選んだ", "孫 [PERSON] くんが来店。[PERSON]が選んだ"],
    ["長女 ゆいか ちゃん（小2）の部屋は南側", "長女 [PERSON] ちゃん（小2）の部屋は南側"],
    ["次男 なおき くん 3歳", "次男 [PERSON] くん 3歳"],
    ["長女 ゆずは 様", "長女 [PERSON] 様"],
  ],
  "a half-width katakana surname at a clause's start before です (a voicemail's caller) is read with its sound marks": [
    ["【留守電】\n7:53 ﾌｼﾞﾀです、04-1234-5678 に電話ください。", "【留守電】\n7:53 [PERSON]です、[PHONE] に電話ください。"],
    ["11:38 ﾔﾏｻﾞｷです。窓の件", "11:38 [PERSON]です。窓の件"],
    ["13:04 ｶﾞｰﾃﾞﾝです、よろしく", "13:04 ｶﾞｰﾃﾞﾝです、よろしく"],
    ["16:21 ﾊﾞｯｸです", "16:21 ﾊﾞｯｸです"],
  ],
  "a found name's other writing in brackets may follow a short note on who the person is and a comma": [
    ["【店頭】Caio Okadaさん（日系ブラジル人、ｶｲｵ ｵｶﾀﾞ）", "【店頭】[PERSON]さん（日系ブラジル人、[PERSON]）"],
    ["庄司 千鶴 様（ご本人、おとな ２）", "[PERSON] 様（ご本人、おとな ２）"],
    ["田中 一郎 様（代理、営業 本部）", "[PERSON] 様（代理、営業 本部）"],
  ],
  "a spaced kanji full name set between English words is a name, its given name a listed one; a place and a shop stay": [
    ["for his parents 梶林 昭二 and 梶林 節子, who will pay", "for his parents [PERSON] and [PERSON], who will pay"],
    ["Call 秋吉 紗矢香 (mobile) tomorrow.", "Call [PERSON] (mobile) tomorrow."],
    ["Meet at the 新宿 本店 branch.", "Meet at the 新宿 本店 branch."],
    ["She studied at 東京 大学 in 2010.", "She studied at 東京 大学 in 2010."],
  ],
  "a display name quoted after a chat's label for it (LINE名, ニックネーム, アカウント名) is the person's; a team's stays": [
    ["お客様（LINE名「かずき」）: ケーキの相談", "お客様（LINE名「[PERSON]」）: ケーキの相談"],
    ["アカウント名「ゆうママ」で投稿", "アカウント名「[PERSON]」で投稿"],
    ["LINE名「営業チーム」から連絡", "LINE名「営業チーム」から連絡"],
  ],
  "a hiragana given name before a child's age, in kana or kanji, is the child's; a word that says when or who stays": [
    ["プレートは「ゆずは 3さい おめでとう」で", "プレートは「[PERSON] 3さい おめでとう」で"],
    ["ゆきの 6歳の誕生日", "[PERSON] 6歳の誕生日"],
    ["もう 5さい になりました", "もう 5さい になりました"],
    ["おとな 2さい", "おとな 2さい"],
  ],
  "a surname alone after a brand's initials joined by & is the shop's name going on; with an honorific it is a person": [
    ["足袋が足りない。祭用品 K&amp;S 鍋島 に発注（発注番号 KS-5816）。<br>", "足袋が足りない。祭用品 K&amp;S 鍋島 に発注（発注番号 KS-5816）。<br>"],
    ["工具は A&M 芦沢 に発注済み", "工具は A&M 芦沢 に発注済み"],
    ["P&G 芦沢 様から電話", "P&G [PERSON] 様から電話"],
  ],
  "a kanji name alone in a cell of a column of people by its Japanese heading (新郎, 新婦, 氏名) is masked whatever its surname; a cell of another column stays": [
    ["| 予約 | 新婦 | 新郎 | 連絡先 |\n| --- | --- | --- | --- |\n| DR-1 | 芦沢澪 | 猪俣凪 | 090-1111-2222 |\n| DR-2 | 未定 | 長野 彩葉 | 03-1111-2222 |", "| 予約 | 新婦 | 新郎 | 連絡先 |\n| --- | --- | --- | --- |\n| DR-1 | [PERSON] | [PERSON] | [PHONE] |\n| DR-2 | 未定 | [PERSON] | [PHONE] |"],
    ["| 会場 | 新郎 | 人数 |\n| --- | --- | --- |\n| 本館 | 鳳凰の間 | 80 |", "| 会場 | 新郎 | 人数 |\n| --- | --- | --- |\n| 本館 | 鳳凰の間 | 80 |"],
    ["| 会場 | 料理 | 人数 |\n| --- | --- | --- |\n| 本館 | 芦沢澪 | 80 |", "| 会場 | 料理 | 人数 |\n| --- | --- | --- |\n| 本館 | 芦沢澪 | 80 |"],
  ],
  "a found full name's hiragana given name of two kana recurs as the person before an honorific only": [
    ["川村 きよ 様（妻）の代筆。きよ様は読み書きが難しい", "[PERSON] 様（妻）の代筆。[PERSON]様は読み書きが難しい"],
    ["川村 きよ 様。きよらかな声で、きよく歌う", "[PERSON] 様。きよらかな声で、きよく歌う"],
  ],
};

describeMaskingClasses("Japanese-script names, round 43r", classes);
