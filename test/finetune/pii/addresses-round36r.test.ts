import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Addresses of round 36r (issue 13): a building's second floor or its unit after its floor, an estate's wing numbered
 * without 号, a Vietnamese village's hamlet and commune, a Philippine street corner written with cor., and a romaji
 * block before its city and postcode. Each with the look-alikes its rule must leave alone.
 */
describeMaskingClasses("addresses of round 36r", {
  "a second floor or a unit after a building's floor is the same door; a count after it keeps": [
    ["現場：大阪市北区梅田二丁目4番9号 梅田ビル 3F・4F", "現場：[ADDRESS]"],
    ["| 神戸市中央区港島中町三丁目2番5号 ポートハイツ 2F-B | 済 |", "| [ADDRESS] | 済 |"],
    ["作業先：横浜市中区本町四丁目11番2号 本町ハイツ 1F-3", "作業先：[ADDRESS]"],
    ["大阪市北区梅田二丁目4番9号 梅田ビル 3階～4階 を改装", "[ADDRESS] を改装"],
    ["大阪市北区梅田二丁目4番9号 梅田ビル 3F-5件の工事", "[ADDRESS]-5件の工事"],
    ["売場は 1F・2F です", "売場は 1F・2F です"],
  ],
  "an estate's wing numbered without 号 and its room": [
    ["横浜市青葉区若葉台三丁目5番 若葉台団地 12棟 305号室に住む", "[ADDRESS]に住む"],
    ["転居先, 千葉市美浜区高洲二丁目8番 高洲団地 4棟 211, 連絡済", "転居先, [ADDRESS], 連絡済"],
    ["団地 12棟 の外壁工事", "団地 12棟 の外壁工事"],
  ],
  "a Vietnamese village's hamlet, commune and district; a commune alone keeps": [
    ["Địa chỉ: Thôn Đông, Xã Tân Lập, Huyện Đan Phượng, Hà Nội", "Địa chỉ: [ADDRESS]"],
    ["母の住所 Xom 7, Xa Nghi Loc, Huyen Nghi Loc, Tinh Nghe An, Vietnam", "母の住所 [ADDRESS]"],
    ["| Ấp 3, Xã Tân Phú, Huyện Châu Thành, Tỉnh Tiền Giang | 2 |", "| [ADDRESS] | 2 |"],
    ["Xa Nghi Loc, Huyen Nghi Loc is a coastal commune", "Xa Nghi Loc, Huyen Nghi Loc is a coastal commune"],
  ],
  "a Philippine address with a street corner written with cor. or corner": [
    ["Return to: Unit 903, Tower 1, Pioneer Heights, Pioneer St. cor. Sheridan St., Mandaluyong City 1550", "Return to: [ADDRESS]"],
    ['{"note": "Ship to Rm 5B, Cityland Tower, Ortigas Ave. corner Meralco Ave., Pasig City 1600, Philippines"}', '{"note": "Ship to [ADDRESS], Philippines"}'],
    ["Meet at the EDSA cor. Shaw Blvd. exit", "Meet at the EDSA cor. Shaw Blvd. exit"],
  ],
  "a romaji block, its town and room, then the city and a Japanese postcode; a model's number keeps": [
    ["Please send it to 3-1-12 Kitahama #502, Osaka 541-0041.", "Please send it to [ADDRESS]."],
    ["Kato,3-4-5 Ichibancho #3, Sendai 980-0811, Japan,paid", "Kato,[ADDRESS],paid"],
    ["Model 4-6-12 Turbo, Tokyo 100-0001", "Model 4-6-12 Turbo, Tokyo 100-0001"],
    ["Score 2-1 Home, Osaka 530-0001 office", "Score 2-1 Home, Osaka 530-0001 office"],
  ],
});
