import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Japanese-script name classes taken after the thirty-first set (issue 13), each with the look-alikes beside it that
 * must stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a chat turn's speaker before the colon: a hiragana given name or nickname, a surname with a small ヶ or ノ or of no word": [
    ["[2026-03-01 08:12] たぬき（小田 恵美）: 予約の変更です", "[2026-03-01 08:12] [PERSON]（[PERSON]）: 予約の変更です"],
    ["[2026-03-01 08:12] ちえこ: 了解です", "[2026-03-01 08:12] [PERSON]: 了解です"],
    ["[08:12] みちよ: 了解です", "[08:12] [PERSON]: 了解です"],
    ["[2026-03-01 08:12] 一ノ瀬 美咲: 了解です", "[2026-03-01 08:12] [PERSON]: 了解です"],
    ["[2026-03-01 08:12] 宝部 冬美: 了解です", "[2026-03-01 08:12] [PERSON]: 了解です"],
    ["[08:12] ごあんない: 本日休業", "[08:12] ごあんない: 本日休業"],
    ["[08:12] おしらせ: 本日休業", "[08:12] おしらせ: 本日休業"],
    ["[08:12] 本社 総務: 了解です", "[08:12] 本社 総務: 了解です"],
    ["[08:12] 開場 案内: 了解です", "[08:12] 開場 案内: 了解です"],
  ],
  "a surname with a small ヶ or ノ before an honorific, whole": [
    ["鶴ヶ岡様より", "[PERSON]様より"],
    ["一ノ瀬様、ご予約ありがとうございます", "[PERSON]様、ご予約ありがとうございます"],
    ["自由ヶ丘の田中様", "自由ヶ丘の[PERSON]様"],
  ],
  "a surname the dictionary lacks after who the person is, before a found given name": [
    ["生徒 宝部 陽向 2年1組", "生徒 [PERSON] 2年1組"],
    ["生徒 全員 陽向 の件", "生徒 全員 陽向 の件"],
    ["会員 営業部 翔太 です", "会員 営業部 翔太 です"],
  ],
  "a rare surname starting a cell before a found given name and a bracket, and its reading alone there": [
    ["| 宝部 美樹（たからべ） | なし |", "| [PERSON]（[PERSON]） | なし |"],
    ["| 鬼丸 颯（いまから） |", "| [PERSON]（いまから） |"],
    ["| 営業 美樹（不在） |", "| 営業 [PERSON]（不在） |"],
  ],
  "a found Latin name's katakana given name in brackets before a child's year or age": [
    ["Lucas Pereira<br>（ルーカス・小4）", "[PERSON]<br>（[PERSON]・小4）"],
    ["Emma Schmidt（エマ・5歳）が参加", "[PERSON]（[PERSON]・5歳）が参加"],
    ["Maria Lopez（マネージャー・小5）", "[PERSON]（マネージャー・小5）"],
  ],
  "a hiragana child's name before ちゃん or くん and the child's year or age, whatever else it reads as": [
    ["| 保坂 亜希子 | ゆうとくん（小2） |", "| [PERSON] | [PERSON]くん（小2） |"],
    ["あいもの りくくん（3歳）", "[PERSON]くん（3歳）"],
    ["うちの ゆうとくん（小2）が", "うちの [PERSON]くん（小2）が"],
    ["おにいちゃん（小5）と一緒に", "おにいちゃん（小5）と一緒に"],
    ["くまちゃん（3歳）のぬいぐるみ", "くまちゃん（3歳）のぬいぐるみ"],
  ],
  "a found name's hiragana reading first in its cell, the name in brackets after the break": [
    ["<td>かわの ゆうと<br>（河野 悠斗・小3）</td>", "<td>[PERSON]<br>（[PERSON]・小3）</td>"],
    ["<td>はやし まこと<br>（林 誠・小2）</td>", "<td>[PERSON]<br>（[PERSON]・小2）</td>"],
    ["<td>おとな ふたり<br>（山田 太郎・小4）</td>", "<td>おとな ふたり<br>（[PERSON]・小4）</td>"],
  ],
  "katakana names joined by ・ before a found katakana name, Đỗ written ド": [
    ["- 関屋 勲 様、ド・ヴァン・トゥアン さん（大宮の工場勤務）。", "- [PERSON] 様、[PERSON] さん（大宮の工場勤務）。"],
    ["通訳は ド・ティ・マイ さん", "通訳は [PERSON] さん"],
    ["アナ・パウラ・ロドリゲス・スズキ様", "[PERSON]様"],
  ],
  "a half-width kana surname the dictionary lacks before a found half-width given name, alone in a cell": [
    ["| ﾜﾀﾘｾ ﾄﾓｴ | 普通 |", "| [PERSON] | 普通 |"],
    ["| ｷｬﾝｾﾙ ﾏﾘｺ |", "| ｷｬﾝｾﾙ ﾏﾘｺ |"],
  ],
  "a found name's other name or reading after its cue": [
    ["李 秀英 様（通称 新井 秀英）", "[PERSON] 様（通称 [PERSON]）"],
    ["崔 志浩（通名 松山 志浩）", "[PERSON]（通名 [PERSON]）"],
    ["山口 花子 様（旧姓 なし）", "[PERSON] 様（旧姓 なし）"],
    ["退職される 巾 和代 先生。巾先生の読みは「はば」で登録", "退職される [PERSON] 先生。[PERSON]先生の読みは「[PERSON]」で登録"],
    ["四十物 陸 様。四十物様の読み方は『あいもの』です", "[PERSON] 様。[PERSON]様の読み方は『[PERSON]』です"],
    ["担当 山田 太郎 様、会社名の読みは「やまだしょうじ」", "担当 [PERSON] 様、会社名の読みは「やまだしょうじ」"],
  ],
  "a list's next full name after a found one, the surname one the dictionary lacks, the list ending in its count": [
    ["社員 宍倉 悠、矢野目 拓 の2名分", "社員 [PERSON]、[PERSON] の2名分"],
    ["同伴は 峰岸 哲夫 様、東京 本社 の3名", "同伴は [PERSON] 様、東京 本社 の3名"],
  ],
  "a katakana item in a run of quoted names beside a found one": [
    ["名札の文字：「ファム」「グエン ヴァン ハイ」", "名札の文字：「[PERSON]」「[PERSON]」"],
    ["名札：「グエン ヴァン ハイ」「タパ マガル」", "名札：「[PERSON]」「[PERSON]」"],
    ["名札：「ホテル」「グエン ヴァン ハイ」", "名札：「ホテル」「[PERSON]」"],
    ["名札：「グエン ヴァン ハイ」「メンテナンス」", "名札：「[PERSON]」「メンテナンス」"],
  ],
};

describeMaskingClasses("Japanese-script names after the thirty-first set", classes);
