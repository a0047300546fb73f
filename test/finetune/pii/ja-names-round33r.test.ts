import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Japanese-script name classes taken after the thirty-third set (issue 13), each with the look-alikes beside it that
 * must stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a kin's found kanji surname and a katakana given name before a particle, spaced or not, and the kin's noun kept": [
    ["資料は、妻 山口 ソフィア のアドレスへ", "資料は、妻 [PERSON] のアドレスへ"],
    ["母 比嘉 エミリアが来ます", "母 [PERSON]が来ます"],
    ["息子 宮城 ルーカス の送迎", "息子 [PERSON] の送迎"],
    ["夫 大城 ミゲル は出張中", "夫 [PERSON] は出張中"],
    ["娘 山口 ピアノ の発表会", "娘 [PERSON] ピアノ の発表会"],
    ["父 佐藤 パート の日", "父 [PERSON] パート の日"],
  ],
  "a katakana name of three words in a Brazilian's order, given names first and the surname last, half-width too": [
    ["ﾏﾘｱ ｼﾞｮｾﾞﾌｨｰﾅ ｻﾄｳ さん（ブラジル出身）", "[PERSON] さん（ブラジル出身）"],
    ["ルシア フェルナンダ ヤマモト 様", "[PERSON] 様"],
    ["ｶﾐﾗ ﾋﾞﾄﾘｱ ﾅｶﾑﾗ さんから電話", "[PERSON] さんから電話"],
    ["ﾅｶﾑﾗ ﾌｪﾘﾍﾟ ｹﾝｼﾞ 様", "[PERSON] 様"],
    ["マリア ビスケット サトウ", "マリア ビスケット サトウ"],
    ["ハナ ミルク タナカ", "ハナ ミルク タナカ"],
  ],
  "a surname after a desk's word (受付, 担当, フロント, a planner) before a stop, a spaced particle or the person's job in brackets": [
    ["受付 合原。前撮りは6月", "受付 [PERSON]。前撮りは6月"],
    ["フロント 漆畑 が確認します。", "フロント [PERSON] が確認します。"],
    ["窓口 鴇田 が対応", "窓口 [PERSON] が対応"],
    ["担当スタッフ 小湊 が伺います", "担当スタッフ [PERSON] が伺います"],
    ["担当プランナー 汐見（ウエディングプランナー）、支配人 承認済", "担当プランナー [PERSON]（ウエディングプランナー）、支配人 承認済"],
    ["コンシェルジュ 鴇田 が承ります", "コンシェルジュ [PERSON] が承ります"],
    ["受付 時間。", "受付 時間。"],
    ["担当 未定。", "担当 未定。"],
    ["受付 東口。", "受付 東口。"],
    ["担当 変更が必要", "担当 変更が必要"],
    ["受付 完了。", "受付 完了。"],
    ["フロント 左側。", "フロント 左側。"],
    ["担当 営業部", "担当 営業部"],
    ["記入：店長 比叡 ひかり／受付 三名", "記入：店長 [PERSON]／受付 三名"],
  ],
  "a one-kanji surname the dictionary lacks and its space before a found given name, with its reading after the honorific": [
    ["| 11/04 | 甕 千鶴子 様（もたい ちづこ） | 練馬区 |", "| 11/04 | [PERSON] 様（[PERSON]） | 練馬区 |"],
    ["- 廿 和歌子 様（つづ わかこ）より", "- [PERSON] 様（[PERSON]）より"],
    ["| 営業部 千鶴子 様（ちづこ） |", "| 営業部 [PERSON] 様（[PERSON]） |"],
    ["担当 美代子 さん", "担当 [PERSON] さん"],
  ],
  "three kanji whose first two and last two are both surnames, whole before a hiragana given name and an honorific": [
    ["| F | 小原木 まゆみ 先生 | 恩師 |", "| F | [PERSON] 先生 | 恩師 |"],
    ["大森田 さくら 様", "[PERSON] 様"],
    ["課田中 まゆみ 様", "課[PERSON] 様"],
    ["担当者田中 まゆみ 様", "担当者[PERSON] 様"],
  ],
  "a found name's full hiragana reading in brackets whose surname part the dictionary gives no reading of that surname": [
    ["本名：仁平 ハル（にへい はる）　元教頭、87歳", "本名：[PERSON]（[PERSON]）　元教頭、87歳"],
    ["| 仁平 トメ（にへい とめ） | 元教頭 |", "| [PERSON]（[PERSON]） | 元教頭 |"],
    ["本名：仁平 ハル（ごじたく でんわ）", "本名：[PERSON]（ごじたく でんわ）"],
  ],
};

describeMaskingClasses("Japanese-script names after the thirty-third set", classes);
