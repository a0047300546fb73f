import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Japanese names of round 42r (issue 13): a foreign name in katakana after who went along, a clerk after 事務; a team
 * called after its leader (松永 班); a chat handle with the place it writes from; a child's given name read alone in
 * brackets after the full name; a third katakana word of a foreign name; a writer's mark (鳥越 記); the parts of a
 * katakana name joined by ・ where they recur; a surname run into its post; a given name in hiragana with a found surname
 * alone in brackets; a chat turn opening with a surname and です; a found hiragana name before です; a katakana name
 * before a note on who the person is; children's kana given names listed after their count; a payer after 振込名; a
 * quoted surname's quoted reading; a katakana child's name before くん and a school year; a katakana name's Japanese
 * surname joined by ・; a surname run into 代表; a child's hiragana name after a particle; a surname between a police
 * officer's role and rank; a Chinese given name where it recurs. Each beside the deeds, teams, notices, words, places
 * and firms written there as often.
 */
describeMaskingClasses("Japanese names of round 42r", {
  "a name after 同行 or 事務 and a space or a colon is the person's": [
    ["訪問：班長 井上 浩二　同行：グルン・サビン（研修1年目）", "訪問：班長 [PERSON]　同行：[PERSON]（研修1年目）"],
    ["| 12/03 | 同行：カルキ・ディパク | 済 |", "| 12/03 | 同行：[PERSON] | 済 |"],
    ["■ 電話受付（事務 平良 彩）", "■ 電話受付（事務 [PERSON]）"],
    ["担当窓口：事務 久保田 真由美", "担当窓口：事務 [PERSON]"],
  ],
  "a deed or an office after 同行 or 事務 is no one": [
    ["同行者：2名（家族）", "同行者：2名（家族）"],
    ["同行 なし。", "同行 なし。"],
    ["事務所：港区の本社 3F", "事務所：港区の本社 3F"],
    ["事務 手続きは 12/5 まで", "事務 手続きは 12/5 まで"],
    ["事務 作業 時間 2.5h", "事務 作業 時間 2.5h"],
  ],
  "a listed surname before 班 and a space is the team's leader": [
    ["9:30 出動（松永 班）。ポンプ交換。", "9:30 出動（[PERSON] 班）。ポンプ交換。"],
    ["12/02,緊急,高橋 班 が対応", "12/02,緊急,[PERSON] 班 が対応"],
  ],
  "a team's word or a place before 班 is no one": [
    ["救護 班 が待機", "救護 班 が待機"],
    ["（第2 班）", "（第2 班）"],
    ["A 班 と B 班", "A 班 と B 班"],
  ],
  "a hiragana handle with its place after a chat stamp is the speaker, whole": [
    ["[12/03 11:15] まさみ@福岡: 物件の件です。", "[12/03 11:15] [PERSON]: 物件の件です。"],
    ["[12/05 09:40] けんじ（札幌）：到着しました", "[12/05 09:40] [PERSON]：到着しました"],
    ["相談ログ\n[2026-12-07 07:55] ゆうた＠仙台: 求人を見ました", "相談ログ\n[2026-12-07 07:55] [PERSON]: 求人を見ました"],
  ],
  "a notice's word with a place after a stamp is no speaker": [
    ["[10:00] おしらせ@本部: 本日は休館です。", "[10:00] おしらせ@本部: 本日は休館です。"],
    ["[10:00] れんらく（本社）: 会議は 14時", "[10:00] れんらく（本社）: 会議は 14時"],
  ],
  "a given name's reading alone in brackets after a full name is the child's": [
    ["児の氏名：石動 美咲（みさき）3,020g。", "児の氏名：[PERSON]（[PERSON]）3,020g。"],
    ["長男 石動 蓮（れん、小3）は卵アレルギー", "長男 [PERSON]（[PERSON]、小3）は卵アレルギー"],
  ],
  "a note in brackets after a full name is no reading": [
    ["担当 佐藤 健一（ほか2名）が伺います", "担当 [PERSON]（ほか2名）が伺います"],
  ],
  "a third katakana word after a found two-word name ending its field is the same person's": [
    ["戸籍上は 高良 マリナ イザベル。", "戸籍上は [PERSON]。"],
    ["振込先 名義 ゴメス ペレイラ ルシア（控え）", "振込先 名義 [PERSON]（控え）"],
    ["ﾍﾞﾙﾄﾗﾝ ﾏﾘｿﾙ ﾛｻ 様（コロンビア国籍）。", "[PERSON] 様（コロンビア国籍）。"],
  ],
  "a katakana thing after a found name is no part of it": [
    ["担当 山田 ハナコ センター。", "担当 [PERSON] センター。"],
    ["担当：佐藤 健一 サポート（平日）", "担当：[PERSON] サポート（平日）"],
  ],
  "a surname and a space before 記 closing a bracket is the writer": [
    ["■ 月次まとめ（10月分、鳥越 記）", "■ 月次まとめ（10月分、[PERSON] 記）"],
    ["作業報告（午後の部、渡部 記）\n特記事項なし", "作業報告（午後の部、[PERSON] 記）\n特記事項なし"],
  ],
  "a word, a noun or a place before 記 is no writer": [
    ["■ 議事録（以上 記）", "■ 議事録（以上 記）"],
    ["（11月分、会議 記）", "（11月分、会議 記）"],
    ["（出張、品川 記）", "（出張、品川 記）"],
  ],
  "a part of a found katakana name joined by ・ names the person where it recurs": [
    ["同行：グルン・サビン（研修1年目）\n説明はサビンがネパール語で。", "同行：[PERSON]（研修1年目）\n説明は[PERSON]がネパール語で。"],
    ["担当：タパ・ラジュ\nラジュの在留カードは確認済み。", "担当：[PERSON]\n[PERSON]の在留カードは確認済み。"],
  ],
  "a word of the dictionary in a found katakana name is not masked alone": [
    ["担当：グルン・ラマ\nラマの牧場に行った。", "担当：[PERSON]\nラマの牧場に行った。"],
  ],
  "a found surname run into its post is the person": [
    ["入力：マネージャー 椎葉 健太郎\n椎葉マネージャーは社長の甥。", "入力：マネージャー [PERSON]\n[PERSON]マネージャーは社長の甥。"],
    ["担当 椎葉 健太郎 様\n椎葉課長に確認。", "担当 [PERSON] 様\n[PERSON]課長に確認。"],
  ],
  "a found surname in a firm's or a room's name stays": [
    ["担当 椎葉 健太郎 様\n椎葉建設の寄贈。", "担当 [PERSON] 様\n椎葉建設の寄贈。"],
    ["担当 椎葉 健太郎 様\n椎葉社長室へ。", "担当 [PERSON] 様\n椎葉社長室へ。"],
  ],
  "a hiragana given name after a found surname, alone in brackets, is the person's": [
    ["ｱｸﾂ ﾌｸ（阿久津 ふく）様より。息子 阿久津 健 様", "[PERSON]（[PERSON]）様より。息子 [PERSON] 様"],
  ],
  "a chat turn opening with a surname and です after its stamp is the speaker's": [
    ["[11/16 10:00] 小豆沢です。ログインIDを忘れました。", "[11/16 10:00] [PERSON]です。ログインIDを忘れました。"],
    ["対応ログ\n[2026-11-16 10:00] 鵜之沢です、折り返しお願いします", "対応ログ\n[2026-11-16 10:00] [PERSON]です、折り返しお願いします"],
  ],
  "a state or a deed with です after a stamp is no speaker": [
    ["[10:00] 了解です。", "[10:00] 了解です。"],
    ["[10:00] 大丈夫です。", "[10:00] 大丈夫です。"],
    ["[10:00] 受付中です。", "[10:00] 受付中です。"],
    ["[10:00] 確認済です。", "[10:00] 確認済です。"],
    ["[10:00] 品川駅です。", "[10:00] 品川駅です。"],
    ["[10:00] 配送中です", "[10:00] 配送中です"],
  ],
  "a found hiragana name before です where it recurs is the person": [
    ["※ 大曲様の読みは「おおまがり」。電話では「おおまがりです」とだけ言う。", "※ [PERSON]様の読みは「[PERSON]」。電話では「[PERSON]です」とだけ言う。"],
  ],
  "a katakana name before a note on who the person is to the writer is the person's": [
    ["説明は ディエゴ（うちのスタッフ）が電話で。", "説明は [PERSON]（うちのスタッフ）が電話で。"],
    ["ルーカス（小3）が来ます。", "[PERSON]（小3）が来ます。"],
  ],
  "a katakana word before such a note is no one": [
    ["パート（主婦）", "パート（主婦）"],
    ["シフト（社員）は 9時から", "シフト（社員）は 9時から"],
    ["キャンセル（娘）", "キャンセル（娘）"],
  ],
  "children's given names in kana listed in brackets after their count are the children's": [
    ["3. 早瀬 千秋さん　子3人（そら・いつき・めい）。火曜のみ利用。", "3. [PERSON]さん　子3人（[PERSON]・[PERSON]・[PERSON]）。火曜のみ利用。"],
    ["| 早瀬 | 子ども2人（ハルト、ユウナ） | 第2土曜 |", "| 早瀬 | 子ども2人（[PERSON]、[PERSON]） | 第2土曜 |"],
  ],
  "words in brackets after a count are no children": [
    ["子2人（あり・なし）", "子2人（あり・なし）"],
    ["大人2人・子1人（食事・布団）", "大人2人・子1人（食事・布団）"],
  ],
  "a payer's name after 振込名 is the person's": [
    ["| 10/22 | 個人（振込名 ｱｷﾔﾏ ﾕｳｼﾞ） | 現金 10,000円 | R-1022 |", "| 10/22 | 個人（振込名 [PERSON]） | 現金 10,000円 | R-1022 |"],
    ["振込人：タチバナ ケイコ 様", "振込人：[PERSON] 様"],
  ],
  "a found surname's reading in quotes after it is the person's name": [
    ["担当 大曲 様\n※「大曲」は「おおまがり」と読む。", "担当 [PERSON] 様\n※「[PERSON]」は「[PERSON]」と読む。"],
  ],
  "a word's reading in quotes after a quoted word is no one's": [
    ["※「上記」は「じょうき」と読む。", "※「上記」は「じょうき」と読む。"],
  ],
  "a katakana name called as a child is before a school year's note is the child's": [
    ["父 Gurung Hari、子 アーヤンくん（小5）。", "父 [PERSON]、子 [PERSON]くん（小5）。"],
    ["| 4 | ビクラムちゃん（小2） | 火曜 |", "| 4 | [PERSON]ちゃん（小2） | 火曜 |"],
  ],
  "katakana parts before a found katakana name, a Japanese surname's reading among them, are the same name": [
    ["| 12 | ヨシダ・アナ・ルシア 様 | カット |", "| 12 | [PERSON] 様 | カット |"],
    ["ご予約：サトウ・マリア・エレナ 様（カラー）", "ご予約：[PERSON] 様（カラー）"],
  ],
  "a found surname run into 代表 is the person": [
    ["- 代表：椎葉 真理子\n住所は名簿に載せない（椎葉代表が把握）。", "- 代表：[PERSON]\n住所は名簿に載せない（[PERSON]代表が把握）。"],
  ],
  "a particle run into a child's hiragana name before its note is no part of the name": [
    ["4. 張 麗華さん（大連出身）とゆうかちゃん（小2）。\n絵本はゆうかちゃんが借りた。", "4. [PERSON]さん（大連出身）と[PERSON]ちゃん（小2）。\n絵本は[PERSON]ちゃんが借りた。"],
    ["| 12/4 | 見学：母親（30代）とそうたくん（年長） |", "| 12/4 | 見学：母親（30代）と[PERSON]くん（年長） |"],
  ],
  "a child's hiragana name that starts as a particle does is whole": [
    ["ともやくん（小3）が来ます", "[PERSON]くん（小3）が来ます"],
    ["はるとくん（小1）", "[PERSON]くん（小1）"],
  ],
  "a surname between a police officer's role and rank is the officer's": [
    ["担当刑事 新田 巡査部長、直通 0532-61-2274 内線なし。", "担当刑事 [PERSON] 巡査部長、直通 [PHONE] 内線なし。"],
    ["| 照会元 | 生活安全課 大城 警部補 |", "| 照会元 | 生活安全課 [PERSON] 警部補 |"],
  ],
  "a rank after a section alone is no one": [
    ["交通課 警部 より通達", "交通課 警部 より通達"],
    ["刑事 事件 巡査 2名", "刑事 事件 巡査 2名"],
  ],
  "a found Chinese name's two-kanji given name names the child where it recurs": [
    ["| 3 | 5年 | 王 雨萱 | 母：王 麗華 |\n\n3号車：光、雨萱、Ethan", "| 3 | 5年 | [PERSON] | 母：[PERSON] |\n\n3号車：光、[PERSON]、[PERSON]"],
    ["留学生 李 欣怡 さん（2年）。欣怡の課題は提出済み。", "留学生 [PERSON] さん（2年）。[PERSON]の課題は提出済み。"],
  ],
  "a found Chinese name's given name inside a longer word stays": [
    ["担当 王 麗華 様\n麗華飯店の予約。", "担当 [PERSON] 様\n麗華飯店の予約。"],
  ],
});
