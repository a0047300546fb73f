import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Japanese- and Chinese-script name classes the twenty-seventh set leaked (issue 13), each with the look-alikes beside
 * it that must stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a katakana name of three words, a surname, a Spanish or Portuguese name and a given name, spaced or joined by ・": [
    ["表記は「ヤマシタ ホルヘ ヒロシ」です", "表記は「[PERSON]」です"],
    ["担当 オオシロ・マリア・ユキ", "担当 [PERSON]"],
    ["アラカキ カルロス タケシ 様より入金", "[PERSON] 様より入金"],
    ["オオシロ ロペス マリア 様", "[PERSON] 様"],
    ["モリナガ ミルク キャラメル を購入", "モリナガ ミルク キャラメル を購入"],
    ["ハヤシ ライス セット 980円", "ハヤシ ライス セット 980円"],
    ["タナカ サポート センター", "タナカ サポート センター"],
    ["ヨハン・ファン・デル・ベルク 様", "[PERSON] 様"],
  ],
  "a surname in hiragana as a chat turn's speaker, a note in brackets after it": [
    ["[2026-11-03 09:12] やまもと: 振込の確認をお願いします。", "[2026-11-03 09:12] [PERSON]: 振込の確認をお願いします。"],
    ["[2026-11-03 09:20] たかはし（店名：高橋商店）: 領収書が届きません。", "[2026-11-03 09:20] [PERSON]（店名：高橋商店）: 領収書が届きません。"],
    ["[10:02] しまぶくろ: はい、午後に伺います", "[10:02] [PERSON]: はい、午後に伺います"],
    ["[2026-11-03 09:12] おしらせ: メンテナンスを行います。", "[2026-11-03 09:12] おしらせ: メンテナンスを行います。"],
    ["[2026-11-03 09:12] まとめ: 本日の対応は3件", "[2026-11-03 09:12] まとめ: 本日の対応は3件"],
    ["[09:15] じどうおうとう: ただいま混み合っています", "[09:15] じどうおうとう: ただいま混み合っています"],
  ],
  "a found Latin name's hanzi unspaced, in brackets or after a line break": [
    ["| 4471 | Wang Fang<br>王芳 | 090 |", "| 4471 | [PERSON]<br>[PERSON] | 090 |"],
    ["Holder: Kim Min-jun (金敏俊)", "Holder: [PERSON] ([PERSON])"],
    ["| CR-1182 | Liu Fang刘芳 | 国際免許 |", "| CR-1182 | [PERSON][PERSON] | 国際免許 |"],
    ["Guest: Chen Yuting (陈雨婷) Passport", "Guest: [PERSON] ([PERSON]) Passport"],
    ["Guest: Lin Yu (林業)", "Guest: [PERSON] (林業)"],
    ["Guest: Wang Fang (中国)", "Guest: [PERSON] (中国)"],
    ["Guest: Wang Fang (北京市)", "Guest: [PERSON] (北京市)"],
  ],
  "an older woman's given name of two or three katakana after a kin's word and a surname": [
    ["医療費控除。祖母 比嘉 カマド の通院費", "医療費控除。祖母 [PERSON] の通院費"],
    ["母 佐藤 ツル、92歳", "母 [PERSON]、92歳"],
    ["父 山田 チーム の担当", "父 [PERSON] チーム の担当"],
    ["母 佐藤 ケアプラン を確認", "母 [PERSON] ケアプラン を確認"],
  ],
  "a noun of a place's lie that is a surname too, before a listed given name and an honorific": [
    ["大家さんは 川端 健二 さん（家賃の件）", "大家さんは [PERSON] さん（家賃の件）"],
    ["貸主は 水田 和子 様です", "貸主は [PERSON] 様です"],
    ["営業 花子 様", "営業 [PERSON] 様"],
    ["窓口 花子 さん", "窓口 [PERSON] さん"],
  ],
  "a surname the dictionary lacks, of three kanji ending as a place's lie, before a listed hiragana given name": [
    ["<p>作成：事務局 宇治原 めぐみ</p>", "<p>作成：事務局 [PERSON]</p>"],
    ["<td>担当 小野原 さくら</td>", "<td>担当 [PERSON]</td>"],
    ["文責 五反田 あかり。", "文責 [PERSON]。"],
    ["<p>会議室 さくら</p>", "<p>会議室 さくら</p>"],
    ["<li>新幹線 のぞみ</li>", "<li>新幹線 のぞみ</li>"],
    ["<p>富士山 ひかり</p>", "<p>富士山 ひかり</p>"],
  ],
  "katakana before a found Latin name in brackets, that can write one of its words": [
    ["ゲスト：グエン（Nguyen Van An）", "ゲスト：[PERSON]（[PERSON]）"],
    ["同行 マリア（Maria Lopez）の件", "同行 [PERSON]（[PERSON]）の件"],
    ["ホテル（Hoàng Thị Lan）", "ホテル（[PERSON]）"],
    ["会場 センター（Maria Lopez）", "会場 センター（[PERSON]）"],
  ],
  "a found full name's surname the dictionary lacks, before a hiragana given name it lists, alone elsewhere": [
    ["- 財部 さやか 様の口座。\n| 持ち主 | 財部 |", "- [PERSON] 様の口座。\n| 持ち主 | [PERSON] |"],
    ["宇治原 めぐみ さんより電話。\n| 担当 | 宇治原 |", "[PERSON] さんより電話。\n| 担当 | [PERSON] |"],
    ["担当: 経理部 ゆかり さん。\n経理部 に確認", "担当: [PERSON] さん。\n経理部 に確認"],
  ],
  "a kanji surname or full name quoted after a word about how a name is written": [
    ["お名前の字を「勅使川原」で登録していた", "お名前の字を「[PERSON]」で登録していた"],
    ["旧姓は「五十嵐」です", "旧姓は「[PERSON]」です"],
    ["表記は『渡邊 一』に変更", "表記は『[PERSON]』に変更"],
    ["氏名の漢字は「小野原」で登録", "氏名の漢字は「[PERSON]」で登録"],
    ["表記は「東京都」", "表記は「東京都」"],
    ["漢字は「株式会社」", "漢字は「株式会社」"],
    ["字を「大きく」書く", "字を「大きく」書く"],
    ["名義は「本人名義」", "名義は「本人名義」"],
  ],
  "a kanji full name before と申します, the dictionary lacking both words": [
    ["宗教法人 長楽寺 の 副住職、鷲ノ尾 玄昭 と申します。", "宗教法人 長楽寺 の 副住職、[PERSON] と申します。"],
    ["はじめまして、鬼々澤 慈海と申します。", "はじめまして、[PERSON]と申します。"],
    ["経理部 主任 と申します。", "経理部 主任 と申します。"],
    ["株式会社 長命寺 と申します。", "株式会社 長命寺 と申します。"],
    ["営業 担当 と申します", "営業 担当 と申します"],
  ],
  "a staff member's hiragana given name as a list's item, the job alone in brackets after it": [
    ["受付担当: 久米（店長）、ひなの（トリマー）", "受付担当: [PERSON]（店長）、[PERSON]（トリマー）"],
    ["当番：みさき（アルバイト）、佐藤（主任）", "当番：[PERSON]（アルバイト）、[PERSON]（主任）"],
    ["オプション：シャンプー、おやつ（別料金）", "オプション：シャンプー、おやつ（別料金）"],
    ["散歩：おさんぽ（スタッフ同行）", "散歩：おさんぽ（スタッフ同行）"],
  ],
};

describeMaskingClasses("Japanese- and Chinese-script names of round 27r", classes);
