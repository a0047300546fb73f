import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Japanese name classes the twenty-third set leaked (issue 13, round 24), each with the look-alikes beside it that must
 * stay. Values are made up here, not the set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a chat speaker after a stamp with its date, beside a firm holding the surname": [
    ["[2026-03-04 09:15] 大久保: 見積もりお願いします", "[2026-03-04 09:15] [PERSON]: 見積もりお願いします"],
    ["[2025-12-01 18:40] 大久保（経理）: 株式会社 大久保電機 から請求書", "[2025-12-01 18:40] [PERSON]（経理）: 株式会社 大久保電機 から請求書"],
    ["2026/05/20 07:03:11 Kowalski: 了解です", "2026/05/20 07:03:11 [PERSON]: 了解です"],
    ["[2026-01-09 13:00] Lisa Wong（法務）: 契約書確認しました", "[2026-01-09 13:00] [PERSON]（法務）: 契約書確認しました"],
    ["[2026-01-09 13:00] Sato: ok", "[2026-01-09 13:00] [PERSON]: ok"],
    ["[2026-07-14 22:10] ソフィア・ロッシ: 明日休みます", "[2026-07-14 22:10] [PERSON]: 明日休みます"],
  ],
  "a program's log line after a dated stamp, and a role or a thing as the speaker, kept": [
    ["[2026-11-17 10:02:03] ERROR: disk full", "[2026-11-17 10:02:03] ERROR: disk full"],
    ["2026-11-17 10:02:03 INFO: started", "2026-11-17 10:02:03 INFO: started"],
    ["[2026-11-17 10:02] Deploy: done", "[2026-11-17 10:02] Deploy: done"],
    ["[2026-11-17 10:02] Nginx: reload", "[2026-11-17 10:02] Nginx: reload"],
    ["[2026-11-17 10:02] Warning: low memory", "[2026-11-17 10:02] Warning: low memory"],
    ["[2026-11-17 10:02] バックアップ: 完了", "[2026-11-17 10:02] バックアップ: 完了"],
    ["[2026-11-17 10:02] 重要: 停電のお知らせ", "[2026-11-17 10:02] 重要: 停電のお知らせ"],
    ["[2026-11-17 10:02] 自動応答: 受け付けました", "[2026-11-17 10:02] 自動応答: 受け付けました"],
  ],
  "a katakana family or given name beside a kanji one (a foreign spouse's family, an older woman's name ending in 子)": [
    ["| 七五三 | シルバ 健太 様・シルバ 花子 様 |", "| 七五三 | [PERSON] 様・[PERSON] 様 |"],
    ["ゴンザレス 誠 さんより電話", "[PERSON] さんより電話"],
    ["妻 山田 マリア（旧姓 ロペス）", "妻 [PERSON]（旧姓 [PERSON]）"],
    ["夫 高木 ジョン（旧姓 スミス）", "夫 [PERSON]（旧姓 [PERSON]）"],
    ["母（田村 キヨ子）の代理", "母（[PERSON]）の代理"],
    ["母（佐藤 ハナ子）から電話", "母（[PERSON]）から電話"],
  ],
  "a role's or a thing's katakana beside a name, kept": [
    ["サポート 愛 様", "サポート 愛 様"],
    ["担当 田中 チーム（営業）", "担当 [PERSON] チーム（営業）"],
    ["田中 リーダー（営業）", "[PERSON] リーダー（営業）"],
  ],
  "a surname the dictionary lacks before a one-kanji given name, and a surname written with ノ or ヶ": [
    ["戸叶 誠 さんが来店", "[PERSON] さんが来店"],
    ["宇良 勇 様の注文", "[PERSON] 様の注文"],
    ["一ノ瀬 陽子 です。", "[PERSON] です。"],
    ["一ノ宮 陽子 さんより", "[PERSON] さんより"],
    ["八ヶ代 陽子 さんより", "[PERSON] さんより"],
  ],
  "a department's word before a one-kanji given name, kept": [
    ["総務 林 さん", "総務 [PERSON] さん"],
    ["営業 明 様", "営業 [PERSON] 様"],
  ],
  "a hiragana full name before a child's honorific, and a hiragana given name before a child's age": [
    ["| ぬまくら はると くん | 2年 |", "| [PERSON] くん | 2年 |"],
    ["| いのはら さくら ちゃん（年中）|", "| [PERSON] ちゃん（年中）|"],
    ["| りょうすけ（5歳） | 参加 |", "| [PERSON]（5歳） | 参加 |"],
    ["うちの そうた（年長）も", "うちの [PERSON]（年長）も"],
    ["| そうた くん（小2）|", "| [PERSON] くん（小2）|"],
  ],
  "a day's word or a greeting before a child's given name, and a thing for an age, kept": [
    ["| あした そうた くん |", "| あした [PERSON] くん |"],
    ["よろしくね はると くん", "よろしくね [PERSON] くん"],
    ["| おはよう はるとくん |", "| おはよう [PERSON]くん |"],
    ["おやつ（3歳向け）", "おやつ（3歳向け）"],
  ],
  "a kana full name, half-width too, after a bank account's number as its holder's, and a name joined by ･ with a family particle": [
    ["返金口座: 横浜銀行 戸塚支店 普通 4412093 ﾉｸﾞﾁﾛｰｻﾞ ﾏﾘｱ。", "返金口座: 横浜銀行 戸塚支店 [PERSONAL_ID] [PERSON]。"],
    ["普通預金 7654321 ｻﾄｳ ﾊﾅｺ", "[PERSONAL_ID] [PERSON]"],
    ["当座 1234567 ヤマダ タロウ、確認済み", "[PERSONAL_ID] [PERSON]、確認済み"],
    ["ﾏﾘｱ･ﾄﾞｽ･ｻﾝﾄｽ様より入金", "[PERSON]様より入金"],
    ["ジョアン・デ・ソウザさんから電話", "[PERSON]さんから電話"],
    ["ヨハン・ファン・デル・ベルク 氏", "[PERSON] 氏"],
  ],
  "a desk's kana after an account's number, and a wine's, a dish's or a brand's parts joined by ・, kept": [
    ["普通 1234567 ｻｰﾋﾞｽ ｾﾝﾀｰ", "[PERSONAL_ID] ｻｰﾋﾞｽ ｾﾝﾀｰ"],
    ["シャトー・ド・ラ・リヴィエール 2018", "シャトー・ド・ラ・リヴィエール 2018"],
    ["ア・ラ・カルトで注文", "ア・ラ・カルトで注文"],
    ["ルイ・ヴィトン・ジャパン", "ルイ・ヴィトン・ジャパン"],
  ],
};

describeMaskingClasses("Japanese name classes of the twenty-third set (round 24)", classes);
