import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Address rules by class that the eighteenth set's misses called for (issue 13), each with other values than the
 * set's and a look-alike the rule must leave alone.
 */
describeMaskingClasses("address classes of the eighteenth set", {
  "a Japanese address in romaji with its flat first or last, its ban and go before the town's chome, or its room as a fourth number": [
    ["Deliver to Apt 12, 3-7 Shirokane 4-chome, Minato-ku, Tokyo 108-0072 today", "Deliver to [ADDRESS] today"],
    ["Room 205, 8-1 Kitazawa 2-chome, Setagaya-ku please", "[ADDRESS] please"],
    ["Listing at 1-4-9 Kamimeguro, Meguro-ku, Tokyo, Flat 3B. Thanks", "Listing at [ADDRESS]. Thanks"],
    ["My place: 4-2-11 Ebisu, Shibuya-ku, Apt. 702", "My place: [ADDRESS]"],
    ["Send it to 2-14-3-805 Toyosu, Koto-ku by Friday", "Send it to [ADDRESS] by Friday"],
    ["Kitamachi 2-14-5, Toyota-shi, Aichi, Unit 4 is ours", "[ADDRESS] is ours"],
    ["Rooms 3-2 in Shibuya-ku, Tokyo, Apt 501 are free", "Rooms 3-2 in Shibuya-ku, Tokyo, Apt 501 are free"],
    ["Builds 2-14-3-805 Model, Version 2", "Builds 2-14-3-805 Model, Version 2"],
  ],
  "a block joined by ノ, and a space between the city and its town": [
    ["宅配先 上尾市 緑丘 ３ノ６ノ１５ まで", "宅配先 [ADDRESS] まで"],
    ["住所は川越市 新富町2ノ3ノ4です", "住所は[ADDRESS]です"],
    ["配達先 所沢市 寿町 12ﾉ8", "配達先 [ADDRESS]"],
    ["旧住所 さいたま市大宮区 桜木町 1-7-5", "旧住所 [ADDRESS]"],
    ["大阪市 では 3ノ5 件の受付", "大阪市 では 3ノ5 件の受付"],
    ["港区 で 12 件", "港区 で 12 件"],
  ],
  "an address column whose heading carries a note in brackets": [
    ["| 氏名 | 住所（身分証どおり） |\n|---|---|\n| 山田 太郎 | Hotel Shinjuku 2210 (stay until May 3) |", "| 氏名 | 住所（身分証どおり） |\n|---|---|\n| [PERSON] | [ADDRESS] |"],
    ["| No | Address (current) | Item |\n|---|---|---|\n| 1 | Airbnb, room 3 | Camera |", "| No | Address (current) | Item |\n|---|---|---|\n| 1 | [ADDRESS] | Camera |"],
    ["| 品目 | 備考（住所） |\n|---|---|\n| カメラ | 同梱 |", "| 品目 | 備考（住所） |\n|---|---|\n| カメラ | 同梱 |"],
  ],
});

describeMaskingClasses("look-alike classes of the eighteenth set", {
  "a Japanese shop's word in romaji before a found surname makes the shop's name": [
    ["Mr. Tanaka called. Sushi Tanaka (no relation) is closed today", "Mr. [PERSON] called. Sushi Tanaka (no relation) is closed today"],
    ["Dear Ms. Mori, we booked Ryokan Mori for the team", "Dear Ms. [PERSON], we booked Ryokan Mori for the team"],
    ["Ms. Hamada wrote in. Izakaya Honten Hamada sent the menu", "Ms. [PERSON] wrote in. Izakaya Honten Hamada sent the menu"],
    ["Mr. Tanaka called. Sushi night with Tanaka is on Friday", "Mr. [PERSON] called. Sushi night with [PERSON] is on Friday"],
  ],
  "a firm named by two surnames joined by ・ before its firm's word": [
    ["担当 真鍋 和也 様（真鍋・宇田法律事務所）", "担当 [PERSON] 様（真鍋・宇田法律事務所）"],
    ["顧問 岩城 昌平 先生（岩城・堀内税理士事務所）より", "顧問 [PERSON] 先生（岩城・堀内税理士事務所）より"],
    ["立会い 真鍋 和也 様・宇田 恵 様", "立会い [PERSON] 様・[PERSON] 様"],
  ],
  "an office's word ending in 所 after a surname that is also a place": [
    ["転居先は 亀戸 販売所 の管轄です", "転居先は 亀戸 販売所 の管轄です"],
    ["書類は 今泉 出張所 へ", "書類は 今泉 出張所 へ"],
    ["担当は 今泉 康介 です", "担当は [PERSON] です"],
  ],
});
