import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Address and phone rules by class (issue 13, round 25): rural lots after a 字 numbered in kanji, Iwate's 地割 lots with
 * a dormitory's room, Dutch addresses by their postcode, and a phone in kanji digits with its exchange in brackets; each
 * with values of its own and the look-alikes the rules must leave alone (expected === input).
 */
describeMaskingClasses("address classes of round 25", {
  "a rural lot after its 字, in kanji digits or counted": [
    ["家は 石垣市登野城字大川三一二 です", "家は [ADDRESS] です"],
    ["自宅: 那覇村大字安里字前原百二十番地", "自宅: [ADDRESS]"],
    ["実家は 山田村大字上野字下ノ原七六の二。", "実家は [ADDRESS]。"],
    ["品川区の漢字五十音表を配布", "品川区の漢字五十音表を配布"],
    ["南町の文字三十個まで入力できます", "南町の文字三十個まで入力できます"],
    ["市役所の字幕二〇二六年版", "市役所の字幕二〇二六年版"],
  ],
  "Iwate's 地割 lot in digits, with a dormitory's room after it": [
    ["配達先 花巻市石鳥谷町好地１２地割３４番地５ まで", "配達先 [ADDRESS] まで"],
    ["住所 遠野市附馬牛町7地割18-2 若葉寮 12号室、電話は後で", "住所 [ADDRESS]、電話は後で"],
    ["二戸市石切所3地割45番地", "[ADDRESS]"],
    ["第3地割の説明会は 12月3日", "第3地割の説明会は 12月3日"],
    ["地割 5件、区割り 3件", "地割 5件、区割り 3件"],
  ],
  "a home's building and room after an address found: a building word in a name holding letters or digits, or a Latin name and its unit": [
    ["住所は 仙台市青葉区上杉三丁目5番2号 K7レジデンス 1204 です", "住所は [ADDRESS] です"],
    ["送り先 石垣市字真栄里12-4 Villa Shiraho #3 まで", "送り先 [ADDRESS] まで"],
    ["横浜市港北区日吉2-3-4 Sunset Heights #12", "[ADDRESS]"],
    ["大阪市北区梅田1-2-3 第5ビル 3F の会議室", "[ADDRESS] の会議室"],
    ["港区のレジデンス 12件を内見", "港区のレジデンス 12件を内見"],
  ],
  "a town's block with a home's building and room after it, no city before": [
    ["新規会員（若葉台2-14-6 コーポ若葉201）", "新規会員（[ADDRESS]）"],
    ["寮は 緑町1-8-3 ハイツ緑 3F です", "寮は [ADDRESS] です"],
    ["住所 希望ヶ丘4-2-11 メゾンひばり 105号室", "住所 [ADDRESS]"],
    ["マンション管理規約 3-2-1 条 102 件", "マンション管理規約 3-2-1 条 102 件"],
    ["第3-2-1項 コーポ会議は 10時", "第3-2-1項 コーポ会議は 10時"],
    ["試合 3-2 ハイツ杯 120円", "試合 3-2 ハイツ杯 120円"],
  ],
  "a romaji town and its lot with a floor or a room after it": [
    ["Home: Inamura 48, 3F. Call first.", "Home: [ADDRESS]. Call first."],
    ["Japan address: Shirahama 7-2, Kushimoto, Room 12.", "Japan address: [ADDRESS]."],
    ["Lives at Hakone 1203-5, Apt 4B with her son", "Lives at [ADDRESS] with her son"],
    ["Tokyo 2020, 2F hall", "Tokyo 2020, 2F hall"],
    ["Version 255, 2F", "Version 255, 2F"],
    ["Osaka 3, Kobe 2 at half time", "Osaka 3, Kobe 2 at half time"],
  ],
  "a Dutch street, its house number and addition, the postcode and the town": [
    ["Send it to Keizersgracht 312-B, 1016 EZ Amsterdam please", "Send it to [ADDRESS] please"],
    ["Adres: Nieuwe Binnenweg 45A, 3015 BA Rotterdam", "Adres: [ADDRESS]"],
    ["Home: Oudegracht 120-3, 3511 AZ Utrecht.", "Home: [ADDRESS]."],
    ["Version 14, 2024 EU Summit in Brussels", "Version 14, 2024 EU Summit in Brussels"],
    ["We walked along the Prinsengracht for 2 hours", "We walked along the Prinsengracht for 2 hours"],
    ["Order 4412, 1017 units shipped", "Order 4412, 1017 units shipped"],
  ],
  "a phone in kanji digits with its exchange in brackets": [
    ["連絡先 〇三（五八四六）七七一二 まで", "連絡先 [PHONE] まで"],
    ["携帯 〇九〇（一二三四）五六七八", "携帯 [PHONE]"],
    ["第〇三（二）号議案", "第〇三（二）号議案"],
    ["〇二（三）の問題", "〇二（三）の問題"],
  ],
});
