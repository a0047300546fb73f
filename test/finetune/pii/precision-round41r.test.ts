import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Look-alikes of round 41r (issue 13): a firm's or a town's vehicle's plate said so in brackets after it (社有車, 公用車)
 * or in English before it (company vehicle); an application's number on a tournament's or a recital's line; a range of
 * chome; a word alone in a table's column of goods or glazes; a shop's kana name after its trade's word; a brand before
 * a bottle's size; a clinic or a hospital named after its founder and a shop after its word (Atelier, Maison); a
 * model's year before its maker; a corporation that is no company (農事組合法人, 社会福祉法人) in a column of people. Each
 * beside a person's own value, which stays masked.
 */
describeMaskingClasses("look-alikes of round 41r", {
  "a firm's or a town's own vehicle, said in brackets after the plate or before it in English, names no person": [
    ["資材は 株式会社 松浦建設 さんのダンプ 熊谷 100 か 41-07（社有車）で運びます。", "資材は 株式会社 松浦建設 さんのダンプ 熊谷 100 か 41-07（社有車）で運びます。"],
    ["2026/11/02,搬入,軽トラ 所沢 480 せ 12-95（社用車、協賛）で到着", "2026/11/02,搬入,軽トラ 所沢 480 せ 12-95（社用車、協賛）で到着"],
    ["| 11/02 | 機材車 大宮 400 た 77-10（公用車） |", "| 11/02 | 機材車 大宮 400 た 77-10（公用車） |"],
    ["Pick-up by our company vehicle 品川 300 す 55-21 at 9:00.", "Pick-up by our company vehicle 品川 300 す 55-21 at 9:00."],
    ["[09:12] 受付：The fleet car 名古屋 500 ふ 18-33 will wait at the gate.", "[09:12] 受付：The fleet car 名古屋 500 ふ 18-33 will wait at the gate."],
    ["He parked his company car 品川 300 す 55-21 by the door.", "He parked his company car [PERSONAL_ID] by the door."],
    ["小松様のお車 熊谷 300 さ 11-42（自家用）", "[PERSON]様のお車 [PERSONAL_ID]（自家用）"],
  ],
  "an application's number on a line about a tournament, a contest or a recital is the entry's": [
    ["大会：第12回 市民テニス選手権 申込No. TK-2026-0581、参加費 3,000円", "大会：第12回 市民テニス選手権 申込No. TK-2026-0581、参加費 3,000円"],
    ["2026/11/02,申込,ピアノ発表会 申込番号 PN-2611-044 を受付", "2026/11/02,申込,ピアノ発表会 申込番号 PN-2611-044 を受付"],
    ["[10:02] 窓口：県ジュニアコンクールの申込番号 JC-0912-3 です", "[10:02] 窓口：県ジュニアコンクールの申込番号 JC-0912-3 です"],
    ["住宅ローンの申込番号 HL-2026-0412 を伝えた。", "住宅ローンの申込番号 [PERSONAL_ID] を伝えた。"],
  ],
  "a chome joined to another one is a district": [
    ["担当区域：札幌市中央区 南三条西一丁目・二丁目", "担当区域：札幌市中央区 南三条西一丁目・二丁目"],
    ["| 11/02 | 巡回：横浜市港北区 日吉本町1丁目〜3丁目 |", "| 11/02 | 巡回：横浜市港北区 日吉本町1丁目〜3丁目 |"],
    ["2026/11/02,回覧,\"配布先 仙台市青葉区 上杉二丁目及び三丁目\"", "2026/11/02,回覧,\"配布先 仙台市青葉区 上杉二丁目及び三丁目\""],
    ["住所：横浜市港北区 日吉本町1丁目5-12", "住所：[ADDRESS]"],
  ],
  "a word alone in a table's column of goods or glazes is the thing": [
    ["| 段 | 生徒 | 作品 | 釉薬 | 焼成費 |\n|---|---|---|---|---|\n| 上段 | 川端 美和 様 | 湯呑 | 志野 | 880円 |\n| 下段 | 岩佐 様 | 大皿 | 伊賀 | 1,200円 |", "| 段 | 生徒 | 作品 | 釉薬 | 焼成費 |\n|---|---|---|---|---|\n| 上段 | [PERSON] 様 | 湯呑 | 志野 | 880円 |\n| 下段 | [PERSON] 様 | 大皿 | 伊賀 | 1,200円 |"],
    ["| 品名 | 数量 |\n|---|---|\n| 岩佐 | 2 |", "| 品名 | 数量 |\n|---|---|\n| 岩佐 | 2 |"],
    ["| Item | Qty |\n|---|---|\n| 織田 | 3 |", "| Item | Qty |\n|---|---|\n| 織田 | 3 |"],
    ["| 商品 | 数量 | 客 |\n|---|---|---|\n| 富田 | 1 | 富田 様 |", "| 商品 | 数量 | 客 |\n|---|---|---|\n| [PERSON] | 1 | [PERSON] 様 |"],
  ],
  "a shop's name in kana after its trade's word is the shop's sign, not its keeper's surname read": [
    ["【FAX】割烹 やまざき（女将 山崎 和代 様）から注文。", "【FAX】割烹 やまざき（女将 [PERSON] 様）から注文。"],
    ["2026/11/02,注文,\"小料理 ふじもと（店主 藤本 恵一 様）より\"", "2026/11/02,注文,\"小料理 ふじもと（店主 [PERSON] 様）より\""],
    ["[10:02] 受付：居酒屋 タカハシ（店主 高橋 誠 様）の予約", "[10:02] 受付：居酒屋 タカハシ（店主 [PERSON] 様）の予約"],
    ["元スタイリスト みやかわ（宮川 遥 さん）が来店", "元スタイリスト [PERSON]（[PERSON] さん）が来店"],
  ],
  "a brand before a bottle's size is the drink": [
    ["2026/11/02,注文,\"松井 菊乃 720ml×6、送料込み\"", "2026/11/02,注文,\"松井 菊乃 720ml×6、送料込み\""],
    ["【FAX】追加で 宮坂 真澄 1.8L ×3", "【FAX】追加で 宮坂 真澄 1.8L ×3"],
    ["【FAX】追加で 宮坂 真澄 四合瓶 ×3", "【FAX】追加で 宮坂 真澄 四合瓶 ×3"],
    ["| 11/02 | 高木 正宗 1.8L | 3本 |", "| 11/02 | 高木 正宗 1.8L | 3本 |"],
    ["担当 高木 正宗 さんから連絡", "担当 [PERSON] さんから連絡"],
  ],
  "a clinic or a hospital named after its founder, and a shop named after its word, are the firm's": [
    ["Her cat's vet is Dr. Naomi Okabe at Okabe Animal Hospital (Setagaya).", "Her cat's vet is Dr. [PERSON] at Okabe Animal Hospital (Setagaya)."],
    ["Dr. Naomi Okabe works at Okabe Animal Hospital.", "Dr. [PERSON] works at Okabe Animal Hospital."],
    ["[11/03 10:12] Giulia Moretti：Atelier Moretti は店名です、予約は私個人で。", "[11/03 10:12] [PERSON]：Atelier Moretti は店名です、予約は私個人で。"],
    ["| 11/03 | Maison Delacroix (shop) | Amélie Delacroix |", "| 11/03 | Maison Delacroix (shop) | [PERSON] |"],
  ],
  "a model's year, the maker and the model's words are the instrument": [
    ["- Item: 1972 Fender Telecaster Thinline, serial 31942, natural.", "- Item: 1972 Fender Telecaster Thinline, serial 31942, natural."],
    ["| CN-0391 | 2008 Fender Jim Root Telecaster | ¥98,000 |", "| CN-0391 | 2008 Fender Jim Root Telecaster | ¥98,000 |"],
    ["2026/11/02,intake,\"1994 Gibson Les Paul Custom, ebony\"", "2026/11/02,intake,\"1994 Gibson Les Paul Custom, ebony\""],
    ["2019 Gibson Smith said hello", "2019 [PERSON] said hello"],
  ],
  "a corporation that is no company, in a column of people, is no one": [
    ["| 上場番号 | 出荷者 | 電話 |\n|---|---|---|\n| No.12 | 農事組合法人 きりしま黒牛 | 0994-12-3456（事務所） |\n| No.13 | 佐多 ハナ | 0994-22-8890 |", "| 上場番号 | 出荷者 | 電話 |\n|---|---|---|\n| No.12 | 農事組合法人 きりしま黒牛 | [PHONE]（事務所） |\n| No.13 | [PERSON] | [PHONE] |"],
    ["| 日付 | 申込者 | 人数 |\n|---|---|---|\n| 11/02 | 社会福祉法人 あおば | 12名 |\n| 11/03 | 医療法人 たかはし | 3名 |\n| 11/04 | 野間 ケイ | 2名 |", "| 日付 | 申込者 | 人数 |\n|---|---|---|\n| 11/02 | 社会福祉法人 あおば | 12名 |\n| 11/03 | 医療法人 たかはし | 3名 |\n| 11/04 | [PERSON] | 2名 |"],
    ["日付,依頼者,内容\n11/02,NPO法人 はまなす,清掃\n11/03,向井 タエ,草刈り", "日付,依頼者,内容\n11/02,NPO法人 はまなす,清掃\n11/03,[PERSON],草刈り"],
  ],
});
