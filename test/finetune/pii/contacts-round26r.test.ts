import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Secrets, addresses and a phone the twenty-sixth set leaked, and look-alikes it lost, by class (issue 13): a login and
 * a password as people make one joined by a slash, a PIN spaced digit by digit, a key's hiding place in quotes; a building and
 * a letter room after an address, a Hong Kong estate's flat, a romaji building with # before its room; a bracketed phone
 * with a bracket or a space out of place; a body's own vehicle, a surname's orchard or shop, an office's network.
 */
describeMaskingClasses("secrets of the twenty-sixth set by class", {
  "a login in small letters and a password of two capitalised words, a digit and a symbol, joined by a slash, are the account's key": [
    ["[11:04] 変えました。staybridge-admin / Numazu-Homestay#2027。\nメール配信の", "[11:04] 変えました。[PERSONAL_ID] / [SECRET]。\nメール配信の"],
    ["11,2026/12/04 09:20,社内,\"tatami-nerima／Igusa@Hinosato77。問屋の受発注画面。\"", "11,2026/12/04 09:20,社内,\"[PERSONAL_ID]／[SECRET]。問屋の受発注画面。\""],
    ["Creds for the kiosk: front.desk3 / Harbor&Lights2026. Thanks", "Creds for the kiosk: [PERSONAL_ID] / [SECRET]. Thanks"],
    ["Jimdo 管理: club.office@example.com / Kickoff!Sayama#09。", "Jimdo 管理: [EMAIL] / [SECRET]。"],
  ],
  "versions, branches, dates, paths and a spec's parts joined by a slash stay": [
    ["Release v2.1 / v2.2 diff, main / Release-2026, ratio 120 / 300, iOS-17.2 / Android-14.", "Release v2.1 / v2.2 diff, main / Release-2026, ratio 120 / 300, iOS-17.2 / Android-14."],
    ["See docs/Setup#Step1x and https://example.com/path/Foo#Bar12 on 2026/12/03 10:00.", "See docs/Setup#Step1x and https://example.com/path/Foo#Bar12 on 2026/12/03 10:00."],
    ["Spec: model thinkpad-x1 / Core-i7#13th, 16GB.", "Spec: model thinkpad-x1 / Core-i7#13th, 16GB."],
  ],
  "a PIN written with a space between its digits after its cue is the code": [
    ["- My Number card PIN for the office's own card is 4 digits: 7 3 1 9 — do NOT write it anywhere else.", "- My Number card PIN for the office's own card is 4 digits: [SECRET] — do NOT write it anywhere else."],
    ["マンションの暗証番号（4桁）は 5 0 8 2 です。", "マンションの暗証番号（4桁）は [SECRET] です。"],
    ["Door passcode: 2 6 4 1 9 0, then press the bell.", "Door passcode: [SECRET], then press the bell."],
  ],
  "three spaced digits, or a count after a PIN's word, are no code": [
    ["PIN pad layout: 1 2 3 on top.", "PIN pad layout: 1 2 3 on top."],
    ["PIN tries: 3 of 5 left. 暗証番号の入力は 3 回まで、受付 9 1 2 番窓口。", "PIN tries: 3 of 5 left. 暗証番号の入力は 3 回まで、受付 9 1 2 番窓口。"],
  ],
  "a key's hiding place told in quotes is the secret": [
    ["鍵は「郵便受けの裏にマグネットで貼ってある」とのこと。", "鍵は「[SECRET]」とのこと。"],
    ["合鍵は『物置の奥にテープで留めてあります』と言っていた。", "合鍵は『[SECRET]』と言っていた。"],
    ["鍵は「フロントでお渡しします」とのこと。", "鍵は「フロントでお渡しします」とのこと。"],
  ],
});

describeMaskingClasses("addresses and a phone of the twenty-sixth set by class", {
  "a building and its room, a letter's or three digits, after an address join it": [
    ["住所 東京都小金井市貫井北町五丁目十八番三号 グリーンヒル貫井 2-C、電話 080-3356-1720。", "住所 [ADDRESS]、電話 [PHONE]。"],
    ["浜松市中央区富塚町1933-1 サンハイツ富塚 C-3\\nWhatsApp", "[ADDRESS]\\nWhatsApp"],
    ["送付先 京都市左京区北白川西町12-4 コーポ北白川 A-201 まで", "送付先 [ADDRESS] まで"],
    ["送付先 大阪府吹田市山田西三丁目四番二号 ロイヤルガーデン 305号室 まで", "送付先 [ADDRESS] まで"],
  ],
  "a firm's or a hall's name and a code after an address stay": [
    ["本社 東京都港区芝公園四丁目二番八号 ヤマト運輸 B-2便 で配送。", "本社 [ADDRESS] ヤマト運輸 B-2便 で配送。"],
    ["会場 静岡市葵区追手町九番六号 ホール 3 にて。", "会場 [ADDRESS] ホール 3 にて。"],
    ["待ち合わせ 大阪府大阪市北区梅田三丁目一番一号 エントランス 0930 で。", "待ち合わせ [ADDRESS] エントランス 0930 で。"],
  ],
  "a Hong Kong estate's flat, its floor, tower, estate and district is an address": [
    ["| Flat D, 21/F, Tower 3, Laguna City, Kwun Tong, Kowloon | +852 6138 2290 |", "| [ADDRESS] | [PHONE] |"],
    ["Mail to Unit 12B, 8/F, Block 2, Tai Koo Shing, Quarry Bay, Hong Kong please.", "Mail to [ADDRESS] please."],
    ["Her flat: Flat 7, 15/F, Kam Fung Court, Ma On Shan, New Territories", "Her flat: [ADDRESS]"],
  ],
  "a meeting room or a floor alone in Hong Kong is no flat": [
    ["Seminar in Room 5, 3/F, Convention Centre, Admiralty, Hong Kong on Friday.", "Seminar in Room 5, 3/F, Convention Centre, Admiralty, Hong Kong on Friday."],
    ["The leak is on 21/F, Tower 3, Laguna City, Kowloon (the management office).", "The leak is on 21/F, Tower 3, Laguna City, Kowloon (the management office)."],
  ],
  "a romaji building with # before its room, before its block, is the address's": [
    ["Address: Sunny Court Ojima #204, 3-14-8 Ojima, Koto-ku, Tokyo 136-0072", "Address: [ADDRESS]"],
    ["Ship to Maison Verte Kichijoji #1102, 2-5-17 Kichijoji-honcho, Musashino-shi, Tokyo 180-0004", "Ship to [ADDRESS]"],
    ["Order #204, 3-14-8 Ojima, Koto-ku, Tokyo 136-0072", "Order #204, [ADDRESS]"],
  ],
  "a bracketed phone with a bracket or a space out of place is a phone": [
    ["| よしおか みさき | 042(38)5 1107 | 祖母 |", "| よしおか みさき | [PHONE] | 祖母 |"],
    ["自宅 0263(5)24 718、携帯は後で。", "自宅 [PHONE]、携帯は後で。"],
    ["| 連絡先 | 03(54)12 7789 |", "| 連絡先 | [PHONE] |"],
  ],
  "a count or a short code in that shape stays": [
    ["配合 0263(5)24 718 個 を発注。", "配合 0263(5)24 718 個 を発注。"],
    ["品番 0(12)3 45 を確認。", "品番 0(12)3 45 を確認。"],
  ],
});

describeMaskingClasses("look-alikes of the twenty-sixth set by class", {
  "a plate with a shop, a club or a firm as its owner after it is the body's vehicle": [
    ["- 車両: 店の送迎車 多摩 480 あ 12-34（店所有）、ホンダ N-VAN。", "- 車両: 店の送迎車 多摩 480 あ 12-34（店所有）、ホンダ N-VAN。"],
    ["クラブのワゴンは 所沢 400 さ 31-50（クラブ所有）。集合 6:45", "クラブのワゴンは 所沢 400 さ 31-50（クラブ所有）。集合 6:45"],
    ["機材車は 品川 300 す 10-01 (当社所有) を使う。", "機材車は 品川 300 す 10-01 (当社所有) を使う。"],
  ],
  "a plate a person owns stays masked": [
    ["車: 多摩 330 ふ 71-08（本人所有）、父の車 練馬 500 ち 33-21（個人所有）。", "車: [PERSONAL_ID]（本人所有）、父の車 [PERSONAL_ID]（個人所有）。"],
  ],
  "a surname joined to a hiragana word and a grower's or a shop's word is the firm": [
    ["<title>ふじ贈答箱 受注台帳（12月発送分）— 上條りんご園</title>", "<title>ふじ贈答箱 受注台帳（12月発送分）— 上條りんご園</title>"],
    ["注文は佐藤いちご農園へ。", "注文は佐藤いちご農園へ。"],
    ["山田せんべい店 で買った。", "山田せんべい店 で買った。"],
  ],
  "the same firm's name though its surname is a person's found elsewhere": [
    ["<title>受注台帳 — 上條りんご園</title>\n<p>園主 上條 清 ／ 台帳入力 上條 あゆみ（園主の娘）</p>", "<title>受注台帳 — 上條りんご園</title>\n<p>園主 [PERSON] ／ 台帳入力 [PERSON]（園主の娘）</p>"],
    ["園主 佐藤 清。注文は佐藤いちご農園へ、園長は佐藤さん。", "園主 [PERSON]。注文は佐藤いちご農園へ、園長は[PERSON]さん。"],
    ["店主 山田 一郎。山田せんべい店 と 山田の店", "店主 [PERSON]。山田せんべい店 と [PERSON]の店"],
  ],
  "a surname and a hiragana given name before a head's post stays a person": [
    ["小林さくら園長 です", "[PERSON]園長 です"],
  ],
  "a romaji surname and a shop's trade is the shop, though the surname is a person's elsewhere": [
    ["Owner: Mr. Takeshi Oyamada\n- Ordered from Oyamada Sports (owner's cousin's shop): PO OS-7712.", "Owner: Mr. [PERSON]\n- Ordered from Oyamada Sports (owner's cousin's shop): PO OS-7712."],
    ["Driver Ms. Yoko Kato.\nThe bikes came from Kato Cycles, and Kato called back.", "Driver Ms. [PERSON].\nThe bikes came from Kato Cycles, and [PERSON] called back."],
    ["Contact: Ken Mori (guide). Rental at Mori Outdoors, Hakuba.", "Contact: [PERSON] (guide). Rental at Mori Outdoors, Hakuba."],
  ],
  "an office's or a shop's Wi-Fi network is the firm's, its key still a secret": [
    ["- Office Wi-Fi: SSID HIO-Office-5G, key tsukuba&kawaguchi2026.", "- Office Wi-Fi: SSID HIO-Office-5G, key [SECRET]."],
    ["店舗Wi-Fi の SSID は SALON-MIKA-24G、パスワード Hana#2291x", "店舗Wi-Fi の SSID は SALON-MIKA-24G、パスワード [SECRET]"],
  ],
  "a household's network stays masked": [
    ["自宅の SSID は Buffalo-G-7C21、パスワードは kx82mf0q", "自宅の SSID は [PERSONAL_ID]、パスワードは [SECRET]"],
  ],
});
