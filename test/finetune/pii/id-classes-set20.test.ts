import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID rules by format that the twentieth set's misses called for (issue 13), each with other values than the set's and
 * the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("id classes of the twentieth set", {
  "a Japanese number plate of a listed place, with no word for a vehicle near it": [
    ["| 区画 | 登録番号 |\n|---|---|\n| A-1 | 札幌 330 さ 41-07 |", "| 区画 | 登録番号 |\n|---|---|\n| A-1 | [PERSONAL_ID] |"],
    ["区画B（横浜 580 ね 2315）", "区画B（[PERSONAL_ID]）"],
    ["駐車証：練馬 300 あ ・・12、名古屋 50 ま 33-19", "駐車証：[PERSONAL_ID]、[PERSONAL_ID]"],
    ["会議室 330 は 10-12 に変更", "会議室 330 は 10-12 に変更"],
    ["大阪 3 の 2015年版を参照", "大阪 3 の 2015年版を参照"],
    ["品川 330 号室、10:30 から", "品川 330 号室、10:30 から"],
  ],
  "an IBAN that passes its mod-97 check, spaced in groups or not": [
    ["Please pay to IBAN GB82 WEST 1234 5698 7654 32, BIC WESTGB2L", "Please pay to IBAN [PERSONAL_ID], BIC WESTGB2L"],
    ["振込先 DE89370400440532013000（名義 Müller）", "振込先 [PERSONAL_ID]（名義 Müller）"],
    ["Konto: FR14 2004 1010 0505 0001 3M02 606.", "Konto: [PERSONAL_ID]."],
    ["Ref GB82 WEST 1234 5698 7654 33 on the invoice", "Ref GB82 WEST 1234 5698 7654 33 on the invoice"],
    ["Part no. AB12 3456 7890 1234 in stock", "Part no. AB12 3456 7890 1234 in stock"],
  ],
  "a phone's IMEI after its label or in its printed grouping with its Luhn digit, a SIM's ICCID after its label": [
    ["新端末 IMEI 35 209876 451233 8 を登録", "新端末 IMEI [PERSONAL_ID] を登録"],
    ["製造番号：490154203237518", "製造番号：[PERSONAL_ID]"],
    ["box label 49 015420 323751 8 on the returned phone", "box label [PERSONAL_ID] on the returned phone"],
    ["SIM の ICCID 8981 1000 2231 4455 667、ICCID: 89440123456789012345", "SIM の ICCID [PERSONAL_ID]、ICCID: [PERSONAL_ID]"],
    ["lot 49 015420 323751 9 shipped", "lot 49 015420 323751 9 shipped"],
    ["SIM 2枚、IMEI 対応表 v2", "SIM 2枚、IMEI 対応表 v2"],
  ],
});
