import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * IDs and phones the registered sets leaked (issue 13, round 38r): a registration number in a table's column beside a
 * column of people, a phone with its exchange in brackets and its last group in pairs, a mobile number with a letter
 * typed for a digit and no phone's word near it; an application's number after its word written with its kana ending, a
 * contract's code with its number's word left out, a code in brackets after a person's name and honorific, a code a
 * sentence says is a person's number, a person's ID after its label and an arrow, a number of a found ID's shape said
 * later to be someone's own, a certificate's number after each person's name and 分 or a colon; a key's usual place
 * told in brackets after it. Each with the look-alikes it leaves.
 */
describeMaskingClasses("IDs and phones of round 38r", {
  "a registration number in a column beside a column of people is masked": [
    ["| 指導者 | 登録番号 | 連絡 |\n| --- | --- | --- |\n| 宮内 紗和 | RN-31-0552 | 電話済 |", "| 指導者 | 登録番号 | 連絡 |\n| --- | --- | --- |\n| [PERSON] | [PERSONAL_ID] | 電話済 |"],
    ["利用者,登録番号,区分\n佐藤 一郎,VR-5521,一般", "利用者,登録番号,区分\n[PERSON],[PERSONAL_ID],一般"],
  ],
  "a registration number beside a firm's, a product's or no people's column stays": [
    ["| 事業者 | 登録番号 |\n| --- | --- |\n| 山田商店 | T1234567890123 |", "| 事業者 | 登録番号 |\n| --- | --- |\n| 山田商店 | T1234567890123 |"],
    ["| 品名 | 登録番号 |\n| --- | --- |\n| 椅子 | AB-2210 |", "| 品名 | 登録番号 |\n| --- | --- |\n| 椅子 | AB-2210 |"],
  ],
  "a phone spaced around its bracketed exchange, its last group in pairs, is masked": [
    ["Home: 045 (672) 31 08, mobile later.", "Home: [PHONE], mobile later."],
    ["  Rena Okabe 078 (331) 52 17 — emergency contact", "  [PERSON] [PHONE] — emergency contact"],
    ["| 会員 | 連絡先 |\n|---|---|\n| 予約あり | 0263 (52) 47 18 |", "| 会員 | 連絡先 |\n|---|---|\n| 予約あり | [PHONE] |"],
  ],
  "a bracketed count or a date spaced in groups stays": [
    ["Parts: 0120 (3) 4 boxes; item 08 (12) 2024 5", "Parts: 0120 (3) 4 boxes; item 08 (12) 2024 5"],
  ],
  "a mobile number with a letter for a digit and no phone's word is masked": [
    ["ご長男さん（080-5521-3O98…手書き）", "ご長男さん（[PHONE]…手書き）"],
    ["Guardian: Ken, 090-77l2-4410 (evenings)", "Guardian: [PERSON], [PHONE] (evenings)"],
  ],
  "a code longer than a mobile's, or a landline's shape with a letter and no phone's word, stays": [
    ["型番 090-1183-44O7A, part 0900-1183-44O7", "型番 090-1183-44O7A, part 0900-1183-44O7"],
    ["部品 045-84l-2290 を発注", "部品 045-84l-2290 を発注"],
  ],
  "an application's number after its word with its kana ending is masked": [
    ["[2026-11-30 19:10] カウンセラー: お申込み番号 QX-NZ-25-00417 で確認できました。", "[2026-11-30 19:10] カウンセラー: お申込み番号 [PERSONAL_ID] で確認できました。"],
    ["R-12,申し込み番号：AP-2291-0043,入金待ち", "R-12,申し込み番号：[PERSONAL_ID],入金待ち"],
  ],
  "a count or a date after an application's word, or a desk's number it took the application under, stays": [
    ["お申込み番号 の欄は 2026-12-01 以降に表示", "お申込み番号 の欄は 2026-12-01 以降に表示"],
    ["買取のお申込み番号 BB-26120451 で承りました。", "買取のお申込み番号 BB-26120451 で承りました。"],
  ],
  "a contract's code of letters and two groups of digits, its number's word left out, is masked": [
    ["処分料は不要です。保管契約 TS-21-008812 は本日付で解約いたします。", "処分料は不要です。保管契約 [PERSONAL_ID] は本日付で解約いたします。"],
    ["R-7,返却済,\"レンタル契約 RE-2025-00417、プラン Plan-M90\"", "R-7,返却済,\"レンタル契約 [PERSONAL_ID]、プラン Plan-M90\""],
  ],
  "a firm's contract, a contract's word alone, or a plan's short code after a contract's word, stays": [
    ["法人契約 CORP-15（15名枠）、業務委託契約 KX-2026-0041 を締結", "法人契約 CORP-15（15名枠）、業務委託契約 KX-2026-0041 を締結"],
    ["名簿を送付。契約 CT-2026-0418 月額 ¥98,000(税別)。", "名簿を送付。契約 CT-2026-0418 月額 ¥98,000(税別)。"],
  ],
  "a code in brackets after a person's name and honorific is masked": [
    ["- 別の方（宮下 恵 様、R-2207-0314）が旧様式に記入", "- 別の方（[PERSON] 様、[PERSONAL_ID]）が旧様式に記入"],
    ["[14:02] 受付: 献血者（岡部さん、D-4410-2281）来室", "[14:02] 受付: 献血者（[PERSON]さん、[PERSONAL_ID]）来室"],
  ],
  "a time, a room or a year in brackets after a person stays": [
    ["（田中様、10:30）（山田様、A-3号室）（佐藤さん、2026年入会）", "（[PERSON]様、10:30）（[PERSON]様、A-3号室）（[PERSON]さん、2026年入会）"],
  ],
  "a code a sentence says is a person's number is masked": [
    ["- Filed online; ZX-2025-0611-40218 is her application's number.", "- Filed online; [PERSONAL_ID] is her application's number."],
    ["| note | K7-33018 was his membership number |", "| note | [PERSONAL_ID] was his membership number |"],
  ],
  "a flight, an order or a year said to be someone's stays": [
    ["JL0841 is their flight number; ORD-2210-3318 is her order number.", "JL0841 is their flight number; ORD-2210-3318 is her order number."],
  ],
  "a key's usual place, its spot told in brackets, is masked": [
    ["ご不在、鍵はいつもの場所（車庫の棚の奥、工具箱の中の缶）から出して作業。", "ご不在、鍵はいつもの場所（[SECRET]）から出して作業。"],
    ["[09:12] 家事代行: 合鍵は例の場所(郵便受けの裏の黒い袋)ですね", "[09:12] 家事代行: 合鍵は例の場所([SECRET])ですね"],
  ],
  "a desk's place, a shop's directions or a parcel's drop place in brackets stays": [
    ["鍵はいつもの場所（フロント）で受け取り", "鍵はいつもの場所（フロント）で受け取り"],
    ["店の場所（駅の北口の横、青い看板）をご案内", "店の場所（駅の北口の横、青い看板）をご案内"],
    ["置き配はいつもの場所（玄関の横のボックス内）に", "置き配はいつもの場所（玄関の横のボックス内）に"],
  ],
  "a person's ID after its label and an arrow in the same sentence is masked": [
    ["[15:47] 客\n会員番号を聞かれた → KM-3310-207718 と回答", "[15:47] 客\n会員番号を聞かれた → [PERSONAL_ID] と回答"],
    ["- 社員IDが必要とのこと ⇒ E-40-18826", "- 社員IDが必要とのこと ⇒ [PERSONAL_ID]"],
  ],
  "a thing's number, a date, or the number's form after an arrow stays": [
    ["注文番号を確認 → AB-2210-4471、伝票番号は → 5521-0043", "注文番号を確認 → AB-2210-4471、伝票番号は → 5521-0043"],
    ["会員番号が変わりました → 2026年4月から。会員番号の形式 → v2-1188 形式", "会員番号が変わりました → 2026年4月から。会員番号の形式 → v2-1188 形式"],
  ],
  "a number of a found ID's shape said later to be someone's own is masked": [
    ["Basic pension no. 4410-228170 (Ken), not Aya's (her own is 4410-551302).", "Basic pension no. [PERSONAL_ID] ([PERSON]), not Aya's (her own is [PERSONAL_ID])."],
    ["| note | Member no. 7720-118804 is his; my own is 7720-119322 |", "| note | Member no. [PERSONAL_ID] is his; my own is [PERSONAL_ID] |"],
  ],
  "a date, an age or a time said to be someone's own stays": [
    ["Member no. MB-44102 (dad). Her own is 3 years old; my own was 12:30, his own is 2026-12-01.", "Member no. [PERSONAL_ID] (dad). Her own is 3 years old; my own was 12:30, his own is 2026-12-01."],
  ],
  "a certificate's number after each person's name and 分 or a colon, the certificate named on the line, is masked": [
    ["[12:10] 資格証の番号を送ります。山田 花子 分: KS-12-004417、佐藤 一郎 分: KS-13-000981", "[12:10] 資格証の番号を送ります。[PERSON] 分: [PERSONAL_ID]、[PERSON] 分: [PERSONAL_ID]"],
    ["R-3,\"修了証の番号: 田中 一郎 は TR-26-008812\"", "R-3,\"修了証の番号: [PERSON] は [PERSONAL_ID]\""],
  ],
  "an amount, a date or an order's code after a person's name beside a certificate stays": [
    ["資格証の更新。田中 一郎 分: 3,300円、佐藤 花子 は 2026-12-01 に受講", "資格証の更新。[PERSON] 分: 3,300円、[PERSON] は 2026-12-01 に受講"],
    ["資格証の発行。田中 一郎 は PO-26-004417 で注文済み", "資格証の発行。[PERSON] は PO-26-004417 で注文済み"],
  ],
});
