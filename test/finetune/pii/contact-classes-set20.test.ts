import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Address, phone, e-mail and card rules by class that the twentieth set's misses called for (issue 13), each with
 * other values than the set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("address, phone, e-mail and card classes of the twentieth set", {
  "a romaji address from the city down with no comma before the town": [
    ["新住所 Hitachi-shi Suehiro-cho 2210-4, Suehiro Heights 305。以上", "新住所 [ADDRESS]。以上"],
    ["Address: Kofu-shi Marunouchi-machi 88-3", "Address: [ADDRESS]"],
    ["寮は Sapporo-shi Chuo-ku Kita 3-jo Nishi 4-chome 1-1 です", "寮は [ADDRESS] です"],
    ["office at Sendai-shi Aoba-ku Ichibancho 2-14-7.", "office at [ADDRESS]."],
    ["Kita-ku Tenjin Matsuri 7-25 parade", "Kita-ku Tenjin Matsuri 7-25 parade"],
    ["Chuo-ku Model 4-6-12 spec", "Chuo-ku Model 4-6-12 spec"],
    ["Kita-ku Ginza 2024-11-05 meeting", "Kita-ku Ginza 2024-11-05 meeting"],
  ],
  "a European address with the flat's floor or number between the house and the postcode": [
    ["Anschrift: Bergstraße 17, 2. OG rechts, 69120 Heidelberg.", "Anschrift: [ADDRESS]."],
    ["Adresse: Neubaugasse 10/2/14, 1070 Wien", "Adresse: [ADDRESS]"],
    ["Lieferung: Am Kanal 14, Whg. 12, 10997 Berlin", "Lieferung: [ADDRESS]"],
    ["Kundin wohnt Rosenweg 3, EG, 79098 Freiburg", "Kundin wohnt [ADDRESS]"],
    ["Lieferung: Unter den Linden 77, EG links, 10117 Berlin", "Lieferung: [ADDRESS]"],
    ["Client : 8 rue Oberkampf, 4e étage gauche, 75011 Paris", "Client : [ADDRESS]"],
    ["Release 42, 3. OG links, 50674 tickets", "Release 42, 3. OG links, 50674 tickets"],
    ["Treffen im Raum 42, 3. OG links", "Treffen im Raum 42, 3. OG links"],
  ],
  "a mobile number with spaced hyphens between its groups": [
    ["回線 080 - 4127 - 9930（名義人）", "回線 [PHONE]（名義人）"],
    ["自宅 03 - 5521 - 7781 まで", "自宅 [PHONE] まで"],
    ["得点は 0 - 3 - 1 で終了", "得点は 0 - 3 - 1 で終了"],
    ["期間 2024 - 2026 - 2028 の計画", "期間 2024 - 2026 - 2028 の計画"],
  ],
  "an obfuscated address after a plain ' at ' that is no address": [
    ["Please send the proof at anna.kowalska (at) gmail.com today", "Please send the proof at [EMAIL] today"],
    ["reach me at k.ito [at] example.co.jp anytime", "reach me at [EMAIL] anytime"],
    ["we met at noon (at) the office", "we met at noon (at) the office"],
    ["sign up at example.com", "sign up at example.com"],
  ],
  "a card's sixteen digits as one run, then its expiry, its check digit wrong": [
    ["番号を読み上げ：4539612008735511、有効期限 11/28。", "番号を読み上げ：[CREDIT_CARD]、有効期限 11/28。"],
    ["She read out 5412751234123457 exp 03/27 over the phone", "She read out [CREDIT_CARD] exp 03/27 over the phone"],
    ["受付番号 4539612008735511、有効期限 11/28", "受付番号 4539612008735511、有効期限 11/28"],
    ["Lot 4539612008735511 made 11/28", "Lot 4539612008735511 made 11/28"],
  ],
});

/**
 * Further forms of the classes that recur in the sets' misses (obfuscated e-mails, cards mistyped in a card's context,
 * European and romaji addresses), each with look-alikes.
 */
describeMaskingClasses("recurring address, e-mail and card classes", {
  "the @ or the dot as a word or sign in brackets of any kind": [
    ["メール：taro.yamada（アット）example.co.jp", "メール：[EMAIL]"],
    ["contact: hana.k《at》example.org", "contact: [EMAIL]"],
    ["宛先 sato【アットマーク】example【ドット】co【ドット】jp", "宛先 [EMAIL]"],
    ["会議室(at)本社 で", "会議室(at)本社 で"],
    ["price 3 (at) 5.00 each", "price 3 (at) 5.00 each"],
  ],
  "a sign the text says stands for @": [
    ["sato.k◎example.jp（◎を@に変えて送信）", "[EMAIL]（◎を@に変えて送信）"],
    ["write to info*example.com (replace * with @)", "write to [EMAIL] (replace * with @)"],
    ["sato.k◎example.jp の件", "sato.k◎example.jp の件"],
  ],
  "a card's number mistyped, its brand or slang word before or after it, or its security code after it": [
    ["クレカは 4980112266340188 です", "クレカは [CREDIT_CARD] です"],
    ["デビットで 4539 6120 0873 5512", "デビットで [CREDIT_CARD]"],
    ["番号 4980 1122 6634 0188 の VISA", "番号 [CREDIT_CARD] の VISA"],
    ["the number 4980 1122 6634 0188 on her Visa", "the number [CREDIT_CARD] on her Visa"],
    ["4980112266340188 09/29 CVV を確認", "[CREDIT_CARD] 09/29 CVV を確認"],
    ["注文 4980 1122 6634 0188 の VISA 払い", "注文 4980 1122 6634 0188 の VISA 払い"],
    ["ロット 4980112266340188 の検査", "ロット 4980112266340188 の検査"],
  ],
  "a German street whose word stands apart, with its postcode of four or five digits": [
    ["Adresse: Mariahilfer Straße 45, 1060 Wien", "Adresse: [ADDRESS]"],
    ["Lieferung an Kölner Str. 12, 2. OG, 50667 Köln", "Lieferung an [ADDRESS]"],
    ["Büro: Berliner Allee 5, 40212 Düsseldorf", "Büro: [ADDRESS]"],
    ["Der Weg 5 ist lang", "Der Weg 5 ist lang"],
    ["Unser Weg 5, 1234 Schritte", "Unser Weg 5, 1234 Schritte"],
  ],
  "a romaji address with its prefecture first, or after the ward with no comma": [
    ["Address: 4-12-10 Jingumae Shibuya-ku Tokyo 150-0001", "Address: [ADDRESS]"],
    ["Address: Tokyo, Shibuya-ku, Jingumae 4-12-10", "Address: [ADDRESS]"],
    ["住所 Ibaraki-ken Mito-shi Omachi 3-2-14", "住所 [ADDRESS]"],
    ["Tokyo, Shibuya-ku offices opened in 2024", "Tokyo, Shibuya-ku offices opened in 2024"],
  ],
});

describeMaskingClasses("a European phone number written nationally after a phone's word", {
  "a 0 and nine to thirteen digits more, grouped by spaces, a slash, hyphens or dots": [
    ["Rückruf: Tel. 0341/5582-190 bis 18 Uhr", "Rückruf: Tel. [PHONE] bis 18 Uhr"],
    ["Telefon: 040 87654321", "Telefon: [PHONE]"],
    ["Tél. : 07 81 22 49 63 le soir", "Tél. : [PHONE] le soir"],
    ["tel 031 552 18 40 (Bern)", "tel [PHONE] (Bern)"],
    ["Phone 0081-80-5521-7781 from abroad", "Phone [PHONE] from abroad"],
    ["Fax 03 12 34", "Fax 03 12 34"],
    ["phone 01 and 02 models", "phone 01 and 02 models"],
    ["Telefonat 0123 4567 890 Minuten", "Telefonat 0123 4567 890 Minuten"],
  ],
});
