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
