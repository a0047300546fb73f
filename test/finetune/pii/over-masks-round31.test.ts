import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Over-masks helpers saw on main (issue 13, round 31): a form's next label after a dated field, a form's 氏名 label
 * on the next line read as the honorific 氏, a count of guests spaced from its digits (2 名様), and a permit's number
 * under the label 許可番号. Each keeps a person beside it masked.
 */
describeMaskingClasses("over-masks of round 31", {
  "a date that is a form's field value keeps the form's next label, a dated note's author still masked": [
    ["Date 2026-12-01   Trip: Night Dive", "Date 2026-12-01   Trip: Night Dive"],
    ["Day: 12/03  Course: Open Water", "Day: 12/03  Course: Open Water"],
    ["日付 12/1 コース: 体験ダイブ", "日付 12/1 コース: 体験ダイブ"],
    ["When 2027-01-15 Venue: Hall B", "When 2027-01-15 Venue: Hall B"],
    ["2026-11-05 Sato: 在庫確認済み", "2026-11-05 [PERSON]: 在庫確認済み"],
    ["11/4 小西：L在庫あり。", "11/4 [PERSON]：L在庫あり。"],
  ],
  "a word before the label 氏名, on the line before or glued to it (児童氏名), keeps: no name before the honorific 氏": [
    ["<th>受付番号</th><th>児童氏名</th><th>保護者</th>", "<th>受付番号</th><th>児童氏名</th><th>保護者</th>"],
    ["氏名: 共有\n氏名: 未定", "氏名: 共有\n氏名: 未定"],
    ["氏名：空き\n氏名：退会\n氏名：保留", "氏名：空き\n氏名：退会\n氏名：保留"],
    ["担当: 未定\n氏名欄は空白", "担当: 未定\n氏名欄は空白"],
    ["氏名: 共有\n氏名: 佐藤 健一 様", "氏名: 共有\n氏名: [PERSON] 様"],
    ["講師は山田氏です。", "講師は[PERSON]氏です。"],
  ],
  "a count of guests spaced from its digits keeps its 名, a name before 様 still masked": [
    ["ご予約は2 名様です。", "ご予約は2 名様です。"],
    ["大人 3　名様、お子様 1 名様でご案内", "大人 3　名様、お子様 1 名様でご案内"],
    ["12 名様までご利用いただけます", "12 名様までご利用いただけます"],
    ["ご予約は2 名様、代表 高橋 美咲 様です。", "ご予約は2 名様、代表 [PERSON] 様です。"],
  ],
  "a permit's number under the label 許可番号 keeps, a person's permit still masked": [
    ["許可番号 港区 第5-12-3号", "許可番号 港区 第5-12-3号"],
    ["朝市の案内（許可番号 中央区 第3-14-7号）", "朝市の案内（許可番号 中央区 第3-14-7号）"],
    ["許可番号 大阪市 第88-1204号（出店者 田中 一郎 様）", "許可番号 大阪市 第88-1204号（出店者 [PERSON] 様）"],
    ["火葬許可証 番号 富士市 第2026-04871号", "火葬許可証 番号 富士[PERSONAL_ID]"],
  ],
});
