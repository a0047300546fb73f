import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Address rules by class that recur in the sets' misses of foreign and romaji layouts (issue 13): a romaji address
 * written ward first, a Japanese-order romaji block with its room, a French or Italian street numbered after its name
 * with a four-digit postcode; each with values of its own and look-alikes the rule must leave alone.
 */
describeMaskingClasses("address classes of round 23", {
  "a romaji address written ward first, its city without -shi, then the block and the town": [
    ["Address: Nishi-ku, Yokohama, 2-3-4 Minatomirai", "Address: [ADDRESS]"],
    ["Ship to Minato-ku, Tokyo, 1-2-3 Shibaura 108-0023 by Friday", "Ship to [ADDRESS] by Friday"],
    ["Deliver to Chuo-ku, Osaka, 1-2 Honmachi, Apt 501.", "Deliver to [ADDRESS]."],
    ["Shibuya-ku, 2024-11 Report", "Shibuya-ku, 2024-11 Report"],
    ["Minato-ku, Tokyo, 3-5 days", "Minato-ku, Tokyo, 3-5 days"],
  ],
  "a romaji address in Japanese order whose block carries the room as a fourth number": [
    ["住所: Kanagawa-ken Yokohama-shi Nishi-ku Minatomirai 2-3-4-1203", "住所: [ADDRESS]"],
    ["Sapporo-shi Chuo-ku Kita 3-jo Nishi 4-chome 1-1-502 に転居", "[ADDRESS] に転居"],
    ["Naka-ku Matsuri 2024-11-05-3 was the plan", "Naka-ku Matsuri 2024-11-05-3 was the plan"],
  ],
  "a French or Italian street word first, its number after the name, a postcode of four or five digits and the town": [
    ["Envoyer à Rue de la Loi 16, 1000 Bruxelles.", "Envoyer à [ADDRESS]."],
    ["Office: Via Nassa 5, 6900 Lugano", "Office: [ADDRESS]"],
    ["Avenue de la Gare 10, CH-1003 Lausanne, Suisse", "[ADDRESS]"],
    ["Chemin des Vignes 3, 1260 Nyon", "[ADDRESS]"],
    ["Route Nationale 7, 2024 Edition", "Route Nationale 7, 2024 Edition"],
  ],
  "a document's or course's part counted before a comma and a five-digit number is no street": [
    ["Chapter 2, 12345 Notes", "Chapter 2, 12345 Notes"],
    ["See Page 14, 10000 Words total", "See Page 14, 10000 Words total"],
    ["Kapitel 3, 20251 Seiten", "Kapitel 3, 20251 Seiten"],
    ["Am Kanal 14, 10997 Berlin", "[ADDRESS]"],
  ],
  "a Polish street by ul. (al., pl. and os. with the postcode), its number and flat, the postcode of two and three digits": [
    ["Dostawa: ul. Długa 5, 31-147 Kraków", "Dostawa: [ADDRESS]"],
    ["adres al. Jana Pawła II 23 m. 4, 00-854 Warszawa", "adres [ADDRESS]"],
    ["Wysyłka na ul. Piękna 20/7 jutro", "Wysyłka na [ADDRESS] jutro"],
    ["Jones et al. Nature 12 (2019)", "Jones et al. Nature 12 (2019)"],
  ],
  "a street and its number before a postcode of three digits, a space and two, and the town": [
    ["Doručit: Karlova 12/345, 110 00 Praha 1", "Doručit: [ADDRESS]"],
    ["Hlavná 22, 040 01 Košice", "[ADDRESS]"],
    ["Chapter 3, 110 00 Notes", "Chapter 3, 110 00 Notes"],
  ],
  "a Korean road address in Latin letters, its building number before or after the road, then the district": [
    ["Office: Teheran-ro 123, Gangnam-gu, Seoul 06164", "Office: [ADDRESS]"],
    ["Ship to 15 Jong-ro 1-gil, Jongno-gu, Seoul.", "Ship to [ADDRESS]."],
    ["Dosan-daero 45-gil 20, Gangnam-gu", "[ADDRESS]"],
    ["The Teheran-ro area has 123 startups", "The Teheran-ro area has 123 startups"],
  ],
  "a Taiwanese address in English, No. before its lane, section or road, then its district and city": [
    ["Send to No. 88, Sec. 2, Zhongxiao E. Rd., Da'an Dist., Taipei City 106", "Send to [ADDRESS]"],
    ["3F., No. 5, Ln. 12, Minsheng Rd., Banqiao Dist., New Taipei City 220", "[ADDRESS]"],
    ["Item No. 5, Main Road project", "Item No. 5, Main Road project"],
  ],
  "an estate's numbered wing after its name (団地, ハイツ) and the room after the wing": [
    ["送付先：多摩市永山4-2 永山団地 2号棟 305号室", "送付先：[ADDRESS]"],
    ["現住所 千葉市美浜区高洲3-10 高洲第一団地 14号棟 502", "現住所 [ADDRESS]"],
    ["多摩市永山4-2 永山団地 2号棟 305件の修繕", "[ADDRESS] 305件の修繕"],
  ],
  "a room by its wing's letter alone after the block": [
    ["神戸市中央区港島中町6-1 C-1203", "[ADDRESS]"],
    ["転居先：横浜市港北区日吉本町1-2-3 B-204 です", "転居先：[ADDRESS] です"],
    ["港区芝浦1-2-3 A-1234件 の発注", "[ADDRESS] A-1234件 の発注"],
  ],
});
