import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * IDs, keys and look-alikes the registered sets leaked or lost (issue 13, round 42r): an aid's application number after
 * 申請番号 alone, the aid's application named earlier in the text; a consultation's number after a possessive; a Mexican
 * person's RFC near its name; a list of passports after a heading's colon, with no country's code; a number whose
 * aside says whose name it is in (本人名義, 〇〇様名義) or that it is a private contract (個人契約), and a firm's policy
 * said so (会社名義) kept; a health-insurance card's 記号番号 with its two values joined by a slash; a land registry's
 * identification code after its word 符号, the notice named before; plates listed, then one bracket saying all of them
 * are a firm's, kept; a certification a body gave a person in the brackets of what they are; a key's hiding place set
 * off by a space after where it stands; a surveyor's commission and a lab's sample numbers kept; a town's lot of one
 * number after its prefecture, city and town; a merged town's lot after its old village's name, in a city named in
 * kana too; a hamlet's lot after a spaced 字 with the 大字 left out, and a second lot of the hamlet listed after the
 * first; a Hong Kong estate's flat with its block and no floor; a Singapore flat written unit first; an American home
 * with its apartment after a street of no street's word; a romaji town after its city with the old village's name
 * before it; a member's code in hyphened groups listed after a name with no honorific, after others of its shape; a
 * contract's field opening a line or a cell in English, a person named before it; a card's or a book's No. after the
 * city that issued it, on the card's line or the next. Each with the look-alikes it leaves.
 */
describeMaskingClasses("IDs, keys and look-alikes of round 42r", {
  "an aid's application number after 申請番号 alone, the aid's application named before, is masked": [
    ["子育て支援金の申請について相談です。申請番号は KS-2025-0418 です。", "子育て支援金の申請について相談です。申請番号は [PERSONAL_ID] です。"],
    ['"住宅改修補助の申請、書類は揃いました。申請番号：HR-26-0093","確認します"', '"住宅改修補助の申請、書類は揃いました。申請番号：[PERSONAL_ID]","確認します"'],
  ],
  "a trip's or a document's application, or one with no aid named, stays": [
    ["補助金の申請とは別件です。出張申請番号 TP-2026-0418", "補助金の申請とは別件です。出張申請番号 TP-2026-0418"],
    ["支援金の申請書を送付。アポスティーユ申請番号 AQ-2026-2207", "支援金の申請書を送付。アポスティーユ申請番号 AQ-2026-2207"],
    ["イベント出店の申請番号は EV-2026-0412 です。", "イベント出店の申請番号は EV-2026-0412 です。"],
  ],
  "a consultation's number after a possessive is masked": [
    ["Thanks for writing. Your consultation no. is KC-25-0412, please quote it.", "Thanks for writing. Your consultation no. is [PERSONAL_ID], please quote it."],
    ["[10:02] desk: your consultation number: RS-2026-88121", "[10:02] desk: your consultation number: [PERSONAL_ID]"],
  ],
  "a consultation's date or a short code stays": [["Your consultation on 2026-12-04 is booked; your consultation v2 form.", "Your consultation on 2026-12-04 is booked; your consultation v2 form."]],
  "a Mexican person's RFC near its name is masked": [
    ["We need his RFC for the receipt. He wrote back: GOLA900214HP7.", "We need his RFC for the receipt. He wrote back: [PERSONAL_ID]."],
    ["| RFC | ROME781130AB2 |", "| RFC | [PERSONAL_ID] |"],
  ],
  "a firm's RFC (three letters) or a shape with no date, or no RFC named, stays": [
    ["RFC de la empresa: TSA850612QK3", "RFC de la empresa: TSA850612QK3"],
    ["See RFC 5737 for ABCD991399XYZ.", "See RFC 5737 for ABCD991399XYZ."],
    ["Part GOLA900214HP7 shipped.", "Part GOLA900214HP7 shipped."],
  ],
  "a list of passports after a heading's colon, with no country's code, is masked": [
    [
      "Passport numbers for the lodge's register (asked by the town):\n  Okafor A5518207, Lindgren 70418823.",
      "Passport numbers for the lodge's register (asked by the town):\n  Okafor [PERSONAL_ID], Lindgren [PERSONAL_ID].",
    ],
    ["- Passports copied:\nMbeki K3301872\nHalvorsen 55120934", "- Passports copied:\nMbeki [PERSONAL_ID]\nHalvorsen [PERSONAL_ID]"],
  ],
  "dates, a thing's numbers or a single entry after a passport's colon stay": [
    ["Passports checked:\nSmith 20261204, Jones 20261205.", "Passports checked:\nSmith 20261204, Jones 20261205."],
    ["Passport desk:\nOrder 12345678, Room 23456789", "Passport desk:\nOrder 12345678, Room 23456789"],
  ],
  "a number whose aside says a person holds it is masked": [
    ["利用券 第2291号（区発行・本人名義）を確認。", "利用券 第[PERSONAL_ID]号（区発行・本人名義）を確認。"],
    ['"井戸","届出の受理番号：第 ゆ-0231 号（田村様名義、昭和62年）",""', '"井戸","届出の受理番号：第 [PERSONAL_ID] 号（[PERSON]様名義、昭和62年）",""'],
    ["施主のお宅（点検契約 MT-0417 は個人契約、直接請求）", "施主のお宅（点検契約 [PERSONAL_ID] は個人契約、直接請求）"],
  ],
  "a firm's number said so, or one with no holder's aside, stays": [
    ["営業許可 第1234号（法人名義）", "営業許可 第1234号（法人名義）"],
    ["領収書 第0412号（丸山商事様名義）", "領収書 第0412号（丸山商事様名義）"],
    ["・保険：請負業者賠償 証券 LB-0412233（会社名義）更新 2027/04/01", "・保険：請負業者賠償 証券 LB-0412233（会社名義）更新 2027/04/01"],
    ["点検契約 MT-0417 は法人契約", "点検契約 MT-0417 は法人契約"],
  ],
  "a person's travel policy by 証券 alone is still masked": [["旅行保険 証券 PS-KQ-58204196（本人名義）", "旅行保険 証券 [PERSONAL_ID]（本人名義）"]],
  "a health-insurance card's 記号番号 with its two values joined by a slash is masked whole": [
    ["出産育児一時金、保険証の記号番号 31-0418 / 227（協会けんぽ）", "出産育児一時金、保険証の[PERSONAL_ID]（協会けんぽ）"],
    ["| 国保 | 記号番号：4471 / 20931 |", "| 国保 | [PERSONAL_ID] |"],
  ],
  "a land registry's identification code after its word 符号, the notice named before, is masked": [
    ["司法書士から登記識別情報の写しを求められた。\n封筒の符号（7QK-2M4-XT9-B31）は残さないこと。", "司法書士から登記識別情報の写しを求められた。\n封筒の符号（[SECRET]）は残さないこと。"],
    ["登記識別情報の通知を受領、符号：A3C9-KX27-P4Q8", "登記識別情報の通知を受領、符号：[SECRET]"],
  ],
  "a part's code after 符号, with no notice named, stays": [["図面の符号（7R2-MK5-3XD-QH9）を確認。", "図面の符号（7R2-MK5-3XD-QH9）を確認。"]],
  "plates listed, then one bracket saying all of them are a firm's, stay": [
    ["・軽トラ 松本 480 あ 12-34、2tダンプ 松本 100 さ 56-78（いずれも会社の車両）", "・軽トラ 松本 480 あ 12-34、2tダンプ 松本 100 さ 56-78（いずれも会社の車両）"],
    ["車両：品川 330 ね 18-62、品川 330 ね 18-63（どちらも組合所有）", "車両：品川 330 ね 18-62、品川 330 ね 18-63（どちらも組合所有）"],
  ],
  "plates said to be a person's stay masked": [["父の軽トラ 松本 530 ほ 41-19、母の車 松本 500 た 61-15（いずれも個人所有）", "父の軽トラ [PERSONAL_ID]、母の車 [PERSONAL_ID]（いずれも個人所有）"]],
  "a certification a body gave a person, in the brackets of what they are, is masked": [
    ["応援：山岸（樹木医、松本在住、TCIA認定 QR-4410B）", "応援：[PERSON]（樹木医、松本在住、TCIA認定 [PERSONAL_ID]）"],
    ["| 講師 | 村井（インストラクター、PADA認定 NX-20931） |", "| 講師 | [PERSON]（インストラクター、PADA認定 [PERSONAL_ID]） |"],
  ],
  "a firm's or a product's standard stays": [
    ["工場（ISO認定 QM-2291）", "工場（ISO認定 QM-2291）"],
    ["（AWS認定 SAA-C03 の教本）", "（AWS認定 SAA-C03 の教本）"],
  ],
  "a key's hiding place set off by a space after where it stands is masked": [
    ["鍵の隠し場所は勝手口横の 灯油缶の中 です。", "鍵の隠し場所は[SECRET] です。"],
    ['"空き家","合鍵は物置脇の 植木鉢の下 です。",""', '"空き家","合鍵は[SECRET] です。",""'],
  ],
  "a key to hand back in a box stays": [["鍵は フロントの 箱の中に入れてください。", "鍵は フロントの 箱の中に入れてください。"]],
  "a surveyor's commission and a lab's sample numbers stay": [
    ["| 受託番号 | 依頼者 |\n|---|---|\n| R7-0412 | 有限会社 丸山造園 |", "| 受託番号 | 依頼者 |\n|---|---|\n| R7-0412 | 有限会社 丸山造園 |"],
    ["簡易検査、採水ボトルを郵送。検体番号 WS-25-0412。", "簡易検査、採水ボトルを郵送。検体番号 WS-25-0412。"],
  ],
  "a town's lot of one number after its prefecture, city and town is masked": [
    ["ご実家の 愛知県北名古屋市熊之庄北町57 の離れを提案。", "ご実家の [ADDRESS] の離れを提案。"],
    ['"住所","岐阜県本巣市文殊町8"', '"住所","[ADDRESS]"'],
  ],
  "a town's count, a shop or a share of a street stays": [
    ["群馬県前橋市荒牧町2名が参加", "群馬県前橋市荒牧町2名が参加"],
    ["愛知県名古屋市中区栄町3店で販売", "愛知県名古屋市中区栄町3店で販売"],
  ],
  "a merged town's lot after its old village's name, in a city named in kana too, is masked": [
    ["様より。沼田市利根町南郷4120。朝から", "様より。[ADDRESS]。朝から"],
    ["住所 かすみ市大川町東原2210、娘さんへ", "住所 [ADDRESS]、娘さんへ"],
  ],
  "a merged town's year or count stays": [
    ["沼田市利根町南郷1998年から", "沼田市利根町南郷1998年から"],
    ["かすみ市大川町で1200人", "かすみ市大川町で1200人"],
  ],
  "a hamlet's lot after a spaced 字, the 大字 left out, and a second lot listed after the first are masked": [
    ["現地：佐久市岩村田 字北原2210-5（管理は別）", "現地：[ADDRESS]（管理は別）"],
    ["| 浜松市中央区鴨江町字上ノ原41番2、41番5 | 分筆 |", "| [ADDRESS]、[ADDRESS] | 分筆 |"],
  ],
  "lots listed with no hamlet, or counts, stay": [["見積 12番3、12番4 の部品", "見積 12番3、12番4 の部品"]],
  "a Hong Kong estate's flat with its block and no floor is masked": [
    ["Mr. Lau's address for the invoice: Flat 9C, Block 2, Kornhill, 33 Kornhill Road, Hong Kong.", "Mr. [PERSON] address for the invoice: [ADDRESS]."],
    ["| Home | Unit 21A, Tower 5, Laguna Verde, Kowloon |", "| Home | [ADDRESS] |"],
  ],
  "a flat rate or a hall's room stays": [
    ["Flat rate 3, Block 3, Hong Kong", "Flat rate 3, Block 3, Hong Kong"],
    ["Room 12, Block 2, Convention Centre, Wan Chai, Hong Kong", "Room 12, Block 2, Convention Centre, Wan Chai, Hong Kong"],
  ],
  "a Singapore flat written unit first is masked up to its postcode": [
    ["address #11-203, 58 Toa Payoh Lorong, Singapore 310058.", "address [ADDRESS], Singapore [POSTAL_CODE]."],
    ["| Home | #03-07, Blk 114 Bukit Batok West, Singapore 650114 |", "| Home | [ADDRESS], Singapore [POSTAL_CODE] |"],
  ],
  "an American home with its apartment after a street of no street's word is masked through its apartment": [
    ["My address: 4120 Porta del Sol, Apt 215, Fresno, CA 93711.", "My address: [ADDRESS], Fresno, CA [POSTAL_CODE]."],
    ['"ship to","88 Rue de la Paix, Unit 3B, New Orleans, LA 70112"', '"ship to","[ADDRESS], New Orleans, LA [POSTAL_CODE]"'],
  ],
  "a romaji town after its city with the old village's name before it is masked": [
    ["Current address Kyoto-shi Sakyo-ku Ichijoji Kitano-cho 12-3. Tel", "Current address [ADDRESS]. Tel"],
    ["住所: Nara-shi Tomio Kitamachi-cho 5-21", "住所: [ADDRESS]"],
  ],
  "a city's festival and its dates stay": [["Osaka-shi Matsuri 7-17 festival", "Osaka-shi Matsuri 7-17 festival"]],
  "a member's code in hyphened groups listed after a name, after others of its shape, is masked": [
    ["<li>会員番号（照合用）: 矢吹 亮介 KB-M-00412、Rossi KB-F-00093</li>", "<li>会員番号（照合用）: [PERSON] [PERSONAL_ID]、Rossi [PERSONAL_ID]</li>"],
    ["Member no. KB-M-00412, Okafor KB-F-00093", "Member no. [PERSONAL_ID], Okafor [PERSONAL_ID]"],
  ],
  "a thing's code or another shape after a listed member's stays": [
    ["会員番号 KB-M-00412、Order KB-F-00093", "会員番号 [PERSONAL_ID]、Order KB-F-00093"],
    ["会員番号 KB-M-00412、Rossi 2026-0412", "会員番号 [PERSONAL_ID]、Rossi 2026-0412"],
  ],
  "a contract's field opening a line or a cell in English, a person named before it in its paragraph or row, is masked": [
    ["Owner: Ms. Hana Ito\nContract LOC-0412-B, location fee ¥300,000.", "Owner: Ms. [PERSON]\nContract [PERSONAL_ID], location fee ¥300,000."],
    ["| Ms. Ines Barros | Contract MB-LS-2026-017, paid to 31 Mar |", "| Ms. [PERSON] | Contract [PERSONAL_ID], paid to 31 Mar |"],
  ],
  "a firm's contract in a sentence, a contract's start, or a field no person is named before, stays": [
    ["Operator: Kita Kanko Bus (contract KB-TR-2026-07). Please", "Operator: Kita Kanko Bus (contract KB-TR-2026-07). Please"],
    ["Sent the English contract LC-EN-3318 with the table.", "Sent the English contract LC-EN-3318 with the table."],
    ["Contract start 2026-12-15", "Contract start 2026-12-15"],
    ["Contract no. CT-2026-00412, notice no. N-20811", "Contract no. CT-2026-00412, notice no. N-20811"],
    ["Owner: Ms. Hana Ito\n\nContract LOC-0412-B, location fee ¥300,000.", "Owner: Ms. [PERSON]\n\nContract LOC-0412-B, location fee ¥300,000."],
  ],
  "a card's or a book's No. after the city that issued it is masked with its No.": [
    ["母子健康手帳\n川口市交付 No. 2024-0412\n出産育児一時金", "母子健康手帳\n川口市交付 [PERSONAL_ID]\n出産育児一時金"],
    ["| 受給者証 | 戸田市交付 No.330412875 |", "| 受給者証 | 戸田市交付 [PERSONAL_ID] |"],
  ],
  "a leaflet's No. or a short one stays": [
    ["パンフレット 市交付 No. 2024-1196", "パンフレット 市交付 No. 2024-1196"],
    ["手帳 市交付 No. 3", "手帳 市交付 No. 3"],
  ],
});
