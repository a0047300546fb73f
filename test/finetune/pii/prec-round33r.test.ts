import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Look-alikes the thirty-second and thirty-third sets lost, by class (issue 13): each class in other layouts than the
 * sets', a person's value beside it still masked. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a hired car's plate (a taxi's, a limousine's) or one in brackets named a body's vehicle is the firm's; a person's car still masked": [
    ["Cab: MK Taxi, car no. 京都 500 か 33-08 (receipt kept).", "Cab: MK Taxi, car no. 京都 500 か 33-08 (receipt kept)."],
    ["Limousine plate 横浜 300 ね 10-77 at the door.", "Limousine plate 横浜 300 ね 10-77 at the door."],
    ["Pick-up by 練馬 300 さ 41-07 (company van) at 9.", "Pick-up by 練馬 300 さ 41-07 (company van) at 9."],
    ["車両 多摩 500 あ 20-11（学校のバス）で移動", "車両 多摩 500 あ 20-11（学校のバス）で移動"],
    ["Her car no. 品川 300 あ 12-34 was towed.", "Her car no. [PERSONAL_ID] was towed."],
    ["Guest parked, car no. 横浜 330 ね 77-01.", "Guest parked, car no. [PERSONAL_ID]."],
    ["Plate 品川 300 ふ 88-21 (his car).", "Plate [PERSONAL_ID] (his car)."],
    ["車両番号 相模 400 ゆ 11-82（父の車）", "車両番号 [PERSONAL_ID]（父の車）"],
  ],
  "a listener's or a writer's pen name in brackets after its word names no one; a real name beside it still masked": [
    ["ペンネーム『佐藤の猫』さんからのお便り。本名 鈴木 一郎 さん、電話 090-1234-5678。", "ペンネーム『佐藤の猫』さんからのお便り。本名 [PERSON] さん、電話 [PHONE]。"],
    ["RN：「山田ハウス」さんからです。", "RN：「山田ハウス」さんからです。"],
    ["お便りは 河原 晴美 さんから。", "お便りは [PERSON] さんから。"],
  ],
  "a maker named like a person before its model's code is the instrument or the appliance; a person of that name still masked": [
    ["| 11/12 | 納品 | Kawai CA-49 | 点検のみ |", "| 11/12 | 納品 | Kawai CA-49 | 点検のみ |"],
    ["Delivered a Yamaha P-125 to Mr. Tanaka on Monday.", "Delivered a Yamaha P-125 to Mr. [PERSON] on Monday."],
    ["Roland Garcia called about his order.", "[PERSON] called about his order."],
  ],
  "a meter's number and an event's entry number are the thing's and the entry's; a person's number beside them still masked": [
    ["ガスのメーター番号 GM-N16-2290417 を確認、契約者番号 K-5529103 は本人のもの。", "ガスのメーター番号 GM-N16-2290417 を確認、契約者番号 [PERSONAL_ID] は本人のもの。"],
    ["大会エントリー番号 VCL-W4-0213 を発行しました。会員番号 KM-204178 の方です。", "大会エントリー番号 VCL-W4-0213 を発行しました。会員番号 [PERSONAL_ID] の方です。"],
    ["エントリー者番号 EN-20417 の 佐藤 花子 さん", "エントリー者番号 [PERSONAL_ID] の [PERSON] さん"],
  ],
  "a pledge's number (支援ID, 支援番号) is the purchase's; a backer's own number (支援者番号) and a member's still masked": [
    [
      "| 支援番号 | コース | 金額 |\n| --- | --- | --- |\n| PL-20417 | 早割 | ¥12,000 |\n| PL-20433 | 一般 | ¥15,000 |",
      "| 支援番号 | コース | 金額 |\n| --- | --- | --- |\n| PL-20417 | 早割 | ¥12,000 |\n| PL-20433 | 一般 | ¥15,000 |",
    ],
    ["支援ID CF-88120 のリターンを発送しました。", "支援ID CF-88120 のリターンを発送しました。"],
    ["| 支援者番号 | 氏名 |\n| --- | --- |\n| BK-029104 | 佐藤 花子 |\n| BK-031877 | 鈴木 一郎 |", "| 支援者番号 | 氏名 |\n| --- | --- |\n| [PERSONAL_ID] | [PERSON] |\n| [PERSONAL_ID] | [PERSON] |"],
    ["| 会員番号 | 氏名 |\n| --- | --- |\n| C-10180 | 山田 花子 |\n| C-10244 | 田中 美和 |", "| 会員番号 | 氏名 |\n| --- | --- |\n| [PERSONAL_ID] | [PERSON] |\n| [PERSONAL_ID] | [PERSON] |"],
  ],
  "a secret's digits as one group of a code joined by hyphens are the code's; the secret repeated alone still masked": [
    ["見積番号 QT-7734-118 を送付。\n金庫の暗証番号は 7734 です。7734 は家族の誕生日。", "見積番号 QT-7734-118 を送付。\n金庫の暗証番号は [SECRET] です。[SECRET] は家族の誕生日。"],
    ["PIN 4410.\nInvoice INV-20-4410 paid.", "PIN [SECRET].\nInvoice INV-20-4410 paid."],
  ],
  "a shop's kind, its name and its branch name the shop; its manager's name beside it still masked": [
    ["カフェ 佐藤 三鷹店 で待ち合わせ。店長 佐藤 健一 さんに連絡。", "カフェ 佐藤 三鷹店 で待ち合わせ。店長 [PERSON] さんに連絡。"],
    ["Lunch at Café Rosa Martinez 渋谷店 with Rosa Martinez.", "Lunch at Café Rosa Martinez 渋谷店 with [PERSON]."],
    ["ビストロ 山岸 本店 にて。シェフ 山岸 大介 さん", "ビストロ 山岸 本店 にて。シェフ [PERSON] さん"],
    ["アトリエ 鈴木 花子 さんに依頼", "アトリエ [PERSON] さんに依頼"],
  ],
  "a British flat and its block's name before the street, and a Japanese wing numbered by a letter with 号棟, are the address's": [
    ["Send it to Flat 4, Sea Lodge, 21 Harbour Road, Whitby YO21 3PU.", "Send it to [ADDRESS], Whitby [POSTAL_CODE]."],
    ["Flat 2, Kings Court, 5 Mill Lane, Bath BA1 2AB", "[ADDRESS], Bath [POSTAL_CODE]"],
    ["Harbour View Hotel, 12 rooms booked.", "Harbour View Hotel, 12 rooms booked."],
    ["送り先は 岐阜県大垣市林町6-12-4 コーポ山田 C号棟 305号 です。", "送り先は [ADDRESS] です。"],
    ["静岡県浜松市中区元城町1-4 ハイツ緑 号棟C 102号室", "[ADDRESS]"],
  ],
};

describeMaskingClasses("look-alikes the thirty-second and thirty-third sets lost (round 33r)", classes);
