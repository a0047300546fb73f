import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Address rules and look-alike rules by class that the nineteenth set's misses called for (issue 13), each with other
 * values than the set's and a look-alike the rule must leave alone.
 */
describeMaskingClasses("address classes of the nineteenth set", {
  "a plot's number before a romaji town ending in -cho, its chome, its ward and its prefecture": [
    ["Staying at 27 Gion-machi 2-chome, Higashiyama-ku, Kyoto tonight", "Staying at [ADDRESS] tonight"],
    ["Ship to 315 Sanjo-cho 1-chome, Nakagyo-ku, Kyoto.", "Ship to [ADDRESS]."],
    ["Office: 88 Motomachi-machi 3-chome, Naka-ku, Hiroshima", "Office: [ADDRESS]"],
    ["We sold 412 tickets in Kyoto", "We sold 412 tickets in Kyoto"],
  ],
  "the room after a hotel's or an inn's name": [
    ["Her hotel: Hotel Granvia Osaka, room 1804", "Her hotel: Hotel Granvia Osaka, [ADDRESS]"],
    ["He stays at Kyoto Tokyu Hotel, Rm 508 until Friday", "He stays at Kyoto Tokyu Hotel, [ADDRESS] until Friday"],
    ["Booked Ryokan Sawaya room #204 for two nights", "Booked Ryokan Sawaya [ADDRESS] for two nights"],
    ["The seminar is at Hotel Okura, Room 2", "The seminar is at Hotel Okura, Room 2"],
    ["Hotel Okura has 400 rooms", "Hotel Okura has 400 rooms"],
  ],
  "a lot of a county's town with no chome, and a 字 numbered in kanji with の": [
    ["自宅：群馬県吾妻郡嬬恋村鎌原1053", "自宅：[ADDRESS]"],
    ["住所 長野県北佐久郡軽井沢町長倉2140-7 まで", "住所 [ADDRESS] まで"],
    ["配達先 三重県度会郡玉城町字田丸三の坪114", "配達先 [ADDRESS]"],
    ["送付先 福岡県糟屋郡篠栗町大字篠栗字五の割3502", "送付先 [ADDRESS]"],
    ["吾妻郡嬬恋村鎌原 3件 の受付", "吾妻郡嬬恋村鎌原 3件 の受付"],
    ["吾妻郡嬬恋村鎌原 2024年度 の報告", "吾妻郡嬬恋村鎌原 2024年度 の報告"],
  ],
  "a town's lot of one number, then a building by its word and a room": [
    ["住所 名古屋市千種区不老町1 名大東山寮 B-214、以上", "住所 [ADDRESS]、以上"],
    ["京都市左京区吉田本町36 吉田寮 A-103 宛", "[ADDRESS] 宛"],
    ["仙台市青葉区川内12 コーポ川内 203号 まで", "[ADDRESS] まで"],
    ["名古屋市千種区不老町で 1 ビル 100円", "名古屋市千種区不老町で 1 ビル 100円"],
  ],
  "two numbers, a romaji town and city, then a prefecture by its name": [
    ["deliver to 1-12 Sakaemachi, Inuyama, Aichi? Thanks", "deliver to [ADDRESS]? Thanks"],
    ["Address: 3-8 Motomachi, Hakodate, Hokkaido 040-0054", "Address: [ADDRESS]"],
    ["Mail it to 12-4 Suehiro, Kanazawa, Ishikawa please", "Mail it to [ADDRESS] please"],
    ["Scores 1-12 Tigers, Giants, Hanshin fans", "Scores 1-12 Tigers, Giants, Hanshin fans"],
  ],
});

describeMaskingClasses("look-alike classes of the nineteenth set", {
  "a firm named by a surname and its trade": [
    ["講習会の講師 宇野石材", "講習会の講師 宇野石材"],
    ["外壁は 担当 平井塗装 が施工", "外壁は 担当 平井塗装 が施工"],
    ["講師 宗田造園（法人枠）", "講師 宗田造園（法人枠）"],
    ["講師 平井 様", "講師 [PERSON] 様"],
  ],
  "a shop's word before a surname, as its sign writes it": [
    ["そば処 吉川 様から出前の注文", "そば処 吉川 様から出前の注文"],
    ["居酒屋 田村 様へ納品", "居酒屋 田村 様へ納品"],
    ["割烹 松井 様より予約", "割烹 松井 様より予約"],
    ["店主 吉川 様から注文", "店主 [PERSON] 様から注文"],
  ],
  "a transaction's number, a cancellation's or a transfer's": [
    ["解約番号 KY-2611-0031 で受付", "解約番号 KY-2611-0031 で受付"],
    ["送金番号 TR-99120044 をご確認ください", "送金番号 TR-99120044 をご確認ください"],
    ["入金番号 DP-2026-1188", "入金番号 DP-2026-1188"],
    ["会員番号 KY-2611-0031 で受付", "会員番号 [PERSONAL_ID] で受付"],
  ],
  "a corporation's number": [
    ["法人番号 4010001008772 の会社", "法人番号 4010001008772 の会社"],
    ["請求先の法人番号：7010401022916", "請求先の法人番号：7010401022916"],
    ["組合員番号 4010001008772", "組合員番号 [PERSONAL_ID]"],
  ],
});
