import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Classes taken in the round after the thirty-first set (issue 13): a Philippine address whose town or barangay holds
 * a Spanish letter, a Vietnamese address in an industrial park by its lot, an estate's numbered block before the room,
 * a dial's turns written number first, a keypad code after the entrance's word, a secret question bracketed before its
 * answer; kept: a newspaper after its founder's surname, a landform's place, a software named with くん, a post before
 * 先生 not ending in 長, a team's word after a name and a comma, a firm after a titled particle family name, a person's
 * cell saying no one is named yet. Each with a person's value beside it still masked. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a Philippine address whose town or barangay holds a Spanish letter (ñ), over two lines or one": [
    ["Our address: Blk 4 Lot 17, Camella Homes,\nBrgy. Pulang Lupa, Las Piñas City 1742.\nThanks po", "Our address: [ADDRESS].\nThanks po"],
    ["Send to: Lot 5 Blk 12, Villa Verde Subd., Brgy. San Dionisio, Parañaque City 1700 please", "Send to: [ADDRESS] please"],
    ["Address: Phase 2 Blk 3 Lot 8, Brgy. Muñoz, Quezon City 1105", "Address: [ADDRESS]"],
    ["We hold 4 branches, Las Piñas City 2024 figures.", "We hold 4 branches, Las Piñas City 2024 figures."],
    ["My cousin Jerome Bautista 0917-553-2846", "My cousin [PERSON] [PHONE]"],
  ],
  "a Vietnamese address in an industrial park or an urban area by its lot, its district and its city": [
    ["Please send it to my office: Lô B-7, Đường số 4, KCN Hòa Khánh, Quận Liên Chiểu, Đà Nẵng.", "Please send it to my office: [ADDRESS]."],
    ["Giao hàng: Lô CN5, Khu công nghiệp Quang Minh, Huyện Mê Linh, Hà Nội. Cảm ơn", "Giao hàng: [ADDRESS]. Cảm ơn"],
    ["Ship to Lo B-12, Duong so 7, KCN Tan Binh, Quan Tan Phu, TP. Ho Chi Minh", "Ship to [ADDRESS]"],
    ["Lô hàng 12 tấn, KCN Hòa Khánh xuất ngày 5.", "Lô hàng 12 tấn, KCN Hòa Khánh xuất ngày 5."],
    ["Vice leader Lưu Thanh Tâm (tam.luu@example.com.vn)", "Vice leader [PERSON] ([EMAIL])"],
  ],
  "an estate's numbered block or wing between its name and the room": [
    ["住所は 千葉市美浜区若葉三丁目二番地 ベイタウン5番街 804号 です", "住所は [ADDRESS] です"],
    ["住所: 横浜市中区山下町2番地 シーサイド3番館 402号室 です", "住所: [ADDRESS] です"],
    ["パティオス14番街 で 1105 円のランチ。", "パティオス14番街 で 1105 円のランチ。"],
    ["稲毛 遥香: 組立をお願いします", "[PERSON]: 組立をお願いします"],
  ],
  "a dial's turns, each its number then its way": [
    ["The back office safe now opens with 24R-07L-31R; passports go in overnight.", "The back office safe now opens with [SECRET]; passports go in overnight."],
    ["Cabinet safe: 12L – 40R – 7L, changed Monday. Call Ms. Ana Ribeiro.", "Cabinet safe: [SECRET], changed Monday. Call Ms. [PERSON]."],
    ["Sizes 12L-14L-16L in stock; bolts 8R-10R-12R; order 3L-2R.", "Sizes 12L-14L-16L in stock; bolts 8R-10R-12R; order 3L-2R."],
  ],
  "a keypad code keyed with # or * after the entrance it stands at": [
    ["サポート: エントランスは #5163 のあと呼出 802。", "サポート: エントランスは [SECRET] のあと呼出 802。"],
    ["The lobby: #3391 then buzz 402. Ask for Kenji Mori.", "The lobby: [SECRET] then buzz 402. Ask for [PERSON]."],
    ["玄関 ＊5820 で開きます", "玄関 [SECRET] で開きます"],
    ["エントランス 0930 集合、玄関 #2 番のドア、lobby #1 ranked", "エントランス 0930 集合、玄関 #2 番のドア、lobby #1 ranked"],
  ],
  "a secret question's answer with the question in round brackets": [
    ["管理画面の秘密の質問（母の旧姓）の答えは「ミルク」で登録されています。", "管理画面の秘密の質問（母の旧姓）の答えは「[SECRET]」で登録されています。"],
    ["秘密の質問(出身小学校)の答え：みどりが丘。担当 佐藤 花子", "秘密の質問(出身小学校)の答え：[SECRET]。担当 [PERSON]"],
    ["秘密の質問（初めて飼ったペット）の答えは未設定です", "秘密の質問（初めて飼ったペット）の答えは未設定です"],
  ],
  "kept: a newspaper named after its founder's surname, a found name beside it": [
    ["it is MATSUDA Rin. Press outlet: Matsuda Shimbun Digital (no relation).", "it is [PERSON]. Press outlet: Matsuda Shimbun Digital (no relation)."],
    ["Reporter Kanta OKADA writes for Okada Nippo and the Kowalski Gazette.", "Reporter [PERSON] writes for Okada Nippo and the Kowalski Gazette."],
  ],
  "kept: a place named by a landform's word after a name's word": [
    ["研修先：National University of Singapore（Kent Ridge）、現地ガイド Ms. Nurul Aisyah", "研修先：National University of Singapore（Kent Ridge）、現地ガイド Ms. [PERSON]"],
    ["Dinner at Clarke Quay, then Pacific Heights. Guide: Kent Morales.", "Dinner at Clarke Quay, then Pacific Heights. Guide: [PERSON]."],
  ],
  "kept: a software or a device named with くん, its edition or version after it": [
    ["※ 振替データ作成ソフト（口座振替くん Pro Ver.5.2）の委託者コードはスタジオのもの。", "※ 振替データ作成ソフト（口座振替くん Pro Ver.5.2）の委託者コードはスタジオのもの。"],
    ["経理は 給与計算くん Lite と 請求書くん2 を使っています。担当 佐藤 花子 さん", "経理は 給与計算くん Lite と 請求書くん2 を使っています。担当 [PERSON] さん"],
    ["たかしくん 5歳 と 翔太くん 2年生。健太くん Pro 野球選手を目指す", "[PERSON]くん 5歳 と [PERSON]くん 2年生。[PERSON]くん Pro 野球選手を目指す"],
  ],
  "kept: a school's or a team's post before 先生 or さん, not ending in 長": [
    ["巾先生の読みは「はば」です。教頭先生の直通 0263-86-1105 に連絡します。", "[PERSON]先生の読みは「[PERSON]」です。教頭先生の直通 [PHONE] に連絡します。"],
    ["担任先生と監督さん、顧問の佐藤先生、主任 田中 花子さん", "担任先生と監督さん、顧問の[PERSON]先生、主任 [PERSON]さん"],
  ],
  "kept: a team's word after a found name and a comma": [
    ["Contact: Rafael Souza Lima, Sales", "Contact: [PERSON], Sales"],
    ["Owner: Joana Pereira Costa, Finance, +55 11 98744-2310", "Owner: [PERSON], Finance, [PHONE]"],
    ["参加者は 佐野さん、Emma、Tom です", "参加者は [PERSON]さん、[PERSON]、[PERSON] です"],
  ],
  "kept: a firm named after a titled person's particle family name": [
    ["Referred to Dr. Santos da Silva Hospital on Monday.", "Referred to Dr. Santos da Silva Hospital on Monday."],
    ["Dinner at Mr. Rossi di Stefano Ristorante, booked by Ms. Yuki Hara.", "Dinner at Mr. Rossi di Stefano Ristorante, booked by Ms. [PERSON]."],
    ["Dr. Ana van Dijk Clinic 03-1234-5678", "Dr. Ana van Dijk Clinic [PHONE]"],
  ],
  "kept: a person's column's cell saying no one is named yet": [
    ["| Supplier | Contact | Phone |\n|---|---|---|\n| Kato Foods | pending | 03-1234-5678 |\n| Sato Shoten | Ms. Yuki Hara | 03-2345-6789 |", "| Supplier | Contact | Phone |\n|---|---|---|\n| Kato Foods | pending | [PHONE] |\n| Sato Shoten | Ms. [PERSON] | [PHONE] |"],
    ["| 取引先 | 担当者 | 電話 |\n|---|---|---|\n| 加藤食品 | 調整中 | 03-1234-5678 |\n| 佐藤商店 | 原 由紀 | 03-2345-6789 |", "| 取引先 | 担当者 | 電話 |\n|---|---|---|\n| 加藤食品 | 調整中 | [PHONE] |\n| 佐藤商店 | [PERSON] | [PHONE] |"],
    ["| Event | Contact | Status |\n|---|---|---|\n| Fair | Pending Okafor | ok |\n| Expo | TBD | open |", "| Event | Contact | Status |\n|---|---|---|\n| Fair | [PERSON] | ok |\n| Expo | TBD | open |"],
  ],
};

describeMaskingClasses("precision and recall classes of round 31r", classes);
