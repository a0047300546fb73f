import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Japanese-script names by class from the twenty-ninth set's misses (issue 13): a chat speaker after a desk's word or
 * a firm's, or in two kanji words no dictionary holds; a surname the dictionary lacks before an honorific, with its kana
 * reading, and after a post's title; a surname it knows only the head of after a kin's word or in a web page's cell; a
 * one-kanji given name set apart before a particle; a found katakana name spaced again; a foreign name's katakana
 * before a comma or read with Portuguese R; a double surname glued; a surname's reading voiced; a surname before 管理 —
 * with the words, firms, places and posts the rules must leave alone.
 */
describeMaskingClasses("Japanese names of round 29r", {
  "a chat speaker's surname after a desk's word, or a firm's with the firm in brackets": [
    ["[2026-11-20 10:05] 情シス 比嘉: パスワードを初期化しました。", "[2026-11-20 10:05] 情シス [PERSON]: パスワードを初期化しました。"],
    ["[2026-11-20 10:07] 総務 鴫原: 了解です。", "[2026-11-20 10:07] 総務 [PERSON]: 了解です。"],
    ["[09:40] 債権管理 細谷: 督促状を送付済みです。", "[09:40] 債権管理 [PERSON]: 督促状を送付済みです。"],
    ["[2026-11-20 10:09] 管理会社 宇和島（宇和島ビル管理）: 点検は来週です。", "[2026-11-20 10:09] 管理会社 [PERSON]（宇和島ビル管理）: 点検は来週です。"],
    ["[2026-11-22 15:40] 仲介業者 八幡浜: 鍵を返却します。", "[2026-11-22 15:40] 仲介業者 [PERSON]: 鍵を返却します。"],
    ["[2026-11-20 10:11] 審査 結果: 承認", "[2026-11-20 10:11] 審査 結果: 承認"],
    ["[2026-11-20 10:12] サポート 一同: ありがとうございました。", "[2026-11-20 10:12] サポート 一同: ありがとうございました。"],
    ["[2026-11-20 10:13] 在庫管理 完了: 12件", "[2026-11-20 10:13] 在庫管理 完了: 12件"],
    ["[2026-11-20 10:14] 管理会社 本社: 定例の連絡です。", "[2026-11-20 10:14] 管理会社 本社: 定例の連絡です。"],
  ],
  "a chat speaker of two kanji words no dictionary holds, a surname and a given name": [
    ["[2026-11-21 08:30] 鞆田 湊叶: 明日の予約を変えたいです。", "[2026-11-21 08:30] [PERSON]: 明日の予約を変えたいです。"],
    ["[2026-11-21 08:31] 伊予 結芽: 到着は9時です。", "[2026-11-21 08:31] [PERSON]: 到着は9時です。"],
    ["[2026-11-21 08:32] 在庫 確認: 済み", "[2026-11-21 08:32] 在庫 確認: 済み"],
    ["[2026-11-21 08:33] 東京 本社: 定例", "[2026-11-21 08:33] 東京 本社: 定例"],
    ["[2026-11-21 08:34] 夜間 対応: なし", "[2026-11-21 08:34] 夜間 対応: なし"],
  ],
  "a surname the dictionary lacks and a given name before an honorific, with its kana reading in brackets": [
    ["受付: 鰻池 心陽 さん（うなぎいけ こはる）", "受付: [PERSON] さん（[PERSON]）"],
    ["相談: 蒜山 碧海 さん（ひるぜん あおい）", "相談: [PERSON] さん（[PERSON]）"],
    ["申込: 讃岐 七虹 様（おとな ２）", "申込: [PERSON] 様（おとな ２）"],
  ],
  "a surname the dictionary lacks after a post's title, before the clause's end or a particle": [
    ["確認: 工場長 鰻池", "確認: 工場長 [PERSON]"],
    ["承認: 所長 伊予、", "承認: 所長 [PERSON]、"],
    ["承認: プロジェクトリーダー 鞆田 より", "承認: プロジェクトリーダー [PERSON] より"],
    ["部長 会議 の件", "部長 会議 の件"],
    ["所長 代理 が出席", "所長 代理 が出席"],
    ["課長 以下 3名", "課長 以下 3名"],
    ["店長 新宿 の店舗へ", "店長 新宿 の店舗へ"],
    ["部長 承認済", "部長 承認済"],
    ["センター長 蒜山 出張所", "センター長 蒜山 出張所"],
  ],
  "after a kin's word, a surname the dictionary knows only the head of, and a given name it lists": [
    ["祖父 宮ヶ瀬 巌 の介護", "祖父 [PERSON] の介護"],
    ["妻 嵯峨崎 早苗 の実家", "妻 [PERSON] の実家"],
    ["兄 宇佐美野 進 の車", "兄 [PERSON] の車"],
    ["父 浜松 出張中", "父 浜松 出張中"],
  ],
  "a surname with a small ヶ or ノ and a given name in a web page's cell": [
    ["<td>2</td><td>鶴ヶ谷 進</td><td>65</td>", "<td>2</td><td>[PERSON]</td><td>65</td>"],
    ["<td>3</td><td>一ノ瀬 翼</td><td>12</td>", "<td>3</td><td>[PERSON]</td><td>12</td>"],
    ["<td>4</td><td>霞ヶ関 北</td><td>晴</td>", "<td>4</td><td>霞ヶ関 北</td><td>晴</td>"],
    ["| 札幌 晴 | 12℃ |", "| 札幌 晴 | 12℃ |"],
    ["兄 浜松 駐在", "兄 浜松 駐在"],
  ],
  "a found full name's one-kanji given name alone, set apart before a particle": [
    ["担当 石橋 聡。石橋 聡 の携帯 090-1111-2222、緊急時 聡 の自宅へ", "担当 [PERSON]。[PERSON] の携帯 [PHONE]、緊急時 [PERSON] の自宅へ"],
    ["乗員 磯辺 航。磯辺 航 の無線、交代は 航 が担当", "乗員 [PERSON]。[PERSON] の無線、交代は [PERSON] が担当"],
    ["誠 の字で書く", "誠 の字で書く"],
  ],
  "a found katakana name written again with its words parted elsewhere": [
    ["名義 ｸﾞｴﾝﾁｬｲﾝﾄﾞﾗ ﾊﾞｽﾈｯﾄ（申込書には ｸﾞｴﾝ ﾁｬｲﾝﾄﾞﾗ ﾊﾞｽ ﾈｯﾄ と記入）", "名義 [PERSON]（申込書には [PERSON] と記入）"],
    ["氏名 アブドゥルラフマン ハサン、名札は アブドゥル ラフマン ハサン", "氏名 [PERSON]、名札は [PERSON]"],
    ["品名 チョコレートケーキ、札は チョコレート ケーキ", "品名 チョコレートケーキ、札は チョコレート ケーキ"],
  ],
  "a kanji surname glued to a katakana one, then a given name": [
    ["signed as 山田ガルシア 健太 on the lease", "signed as [PERSON] on the lease"],
    ["The guarantor is 中村ロペス 美羽.", "The guarantor is [PERSON]."],
    ["東京タワー 展望台", "東京タワー 展望台"],
    ["佐藤ビル 本館", "佐藤ビル 本館"],
    ["鈴木ピアノ 教室", "鈴木ピアノ 教室"],
  ],
  "a Latin name's katakana writing in brackets, before a comma or with Portuguese R as ハ": [
    ["Deepak Raj Thapa（タパ ディパク、学籍 21）", "[PERSON]（[PERSON]、学籍 21）"],
    ["Suman Gurung（グルン スマン、聴講）", "[PERSON]（[PERSON]、聴講）"],
    ["Renata Oliveira（ヘナタ）", "[PERSON]（[PERSON]）"],
    ["Anna Schmidt（ミュンヘン、交換留学）", "[PERSON]（ミュンヘン、交換留学）"],
    ["Maria Lopez（マネージャー）", "[PERSON]（マネージャー）"],
    ["Rodrigo Alves（ホテル勤務）", "[PERSON]（ホテル勤務）"],
  ],
  "a found surname's reading voiced in hiragana before a given name's, and a found surname before 管理": [
    ["担当 鮫島 健吾。孫 さめじま りく の名", "担当 [PERSON]。孫 [PERSON] の名"],
    ["担当 中島 一郎 …「なかじま そら」と名札", "担当 [PERSON] …「[PERSON]」と名札"],
    ["担当 鮫島 健吾。さめじま 駅前店", "担当 [PERSON]。さめじま 駅前店"],
    ["管理人 細谷 航。合鍵は細谷管理、来月交換。", "管理人 [PERSON]。合鍵は[PERSON]管理、来月交換。"],
    ["担当 細谷 航。細谷管理組合 の総会", "担当 [PERSON]。細谷管理組合 の総会"],
  ],
});
