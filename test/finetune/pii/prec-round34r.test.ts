import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Addresses the thirty-fourth set leaked and look-alikes it lost (issue 13, round 34r): an American street named by a
 * Spanish word first, its flat and ZIP+4 after; a Brazilian flat after a dash; a street of any name with a four-digit
 * postcode and the country after the town; a department's or an institute's address before a town's code and its
 * country; a lot numbered in kanji with its branch after の; a building's name ending in a number or a Roman numeral.
 * Kept: a tour's arrangement and a sale's numbers, a number said to be a group's, a plate for business use or after a
 * body's vehicle, a family shop's name of a surname and its trade, a model's code before its barcode. Each with the
 * look-alikes it leaves and the person's values still masked beside it.
 */
describeMaskingClasses("addresses and look-alikes of round 34r", {
  "an American street named by a Spanish word first, its flat after, is masked": [
    ["Mail to 2217 Alameda de las Pulgas, Apt 4, San Mateo, CA 94403-1108.", "Mail to [ADDRESS], San Mateo, CA [POSTAL_CODE]."],
    ["Ship to 1450 Camino del Mar, Unit 12, Del Mar, CA 92014", "Ship to [ADDRESS], Del Mar, CA [POSTAL_CODE]"],
    ["Her home: 88 Paseo de los Reyes, Apt 3B, Santa Fe, NM 87501-2210", "Her home: [ADDRESS], Santa Fe, NM [POSTAL_CODE]"],
  ],
  "a year or a day before a Spanish way's name, and via after a number, stay": [
    ["We walked the 2024 Camino de Santiago, all of it.", "We walked the 2024 Camino de Santiago, all of it."],
    ["Day 3 Camino de Santiago stage was long.", "Day 3 Camino de Santiago stage was long."],
    ["Booking 1824 via Hostelworld, paid.", "Booking 1824 via Hostelworld, paid."],
  ],
  "a Brazilian flat after a dash, the neighbourhood, the city, the state and the CEP are masked with the street": [
    ["Endereço: Rua Augusta, 1500 - apto 12, Consolação, São Paulo - SP, 01304-001, Brasil", "Endereço: [ADDRESS], Brasil"],
    ["Escritório: Av. Paulista, 900 - sala 5, Bela Vista, São Paulo - SP, 01310-100", "Escritório: [ADDRESS]"],
  ],
  "a line's number and its colour after a dash stay": [["A linha 4 - Amarela fecha às 22h.", "A linha 4 - Amarela fecha às 22h."]],
  "a street of any name, a four-digit postcode and the town with the country after are masked": [
    ["her signature block had Universitetstunet 3, 1433 Ås, Norway and +47 67 23 04 91.", "her signature block had [ADDRESS] and [PHONE]."],
    ["Send it to Kongens Nytorv 13, 1050 København, Denmark please.", "Send it to [ADDRESS] please."],
    ["Write to Am Lindenhof 4, 8001 Zürich, Switzerland.", "Write to [ADDRESS]."],
  ],
  "a chapter's or a release's number and a year with no country after stay": [
    ["Kapitel 3, 2024 Ausgabe ist fertig.", "Kapitel 3, 2024 Ausgabe ist fertig."],
    ["Release 3, 2025 Oslo edition shipped.", "Release 3, 2025 Oslo edition shipped."],
  ],
  "a department's or an institute's address before a town's code and its country is masked": [
    ["department address Central Department of Food Technology, Kirtipur, Kathmandu 44618, Nepal, phone +977-1-433 1076.", "department address [ADDRESS], Nepal, phone [PHONE]."],
    ["Institute of Engineering, Pulchowk, Lalitpur 44700, Nepal", "[ADDRESS], Nepal"],
    ["Faculty of Medicine, Ratchathewi, Bangkok 10400, Thailand", "[ADDRESS], Thailand"],
  ],
  "a department's word and a year with a country stay": [["The Department meeting moved to 2026, Japan office.", "The Department meeting moved to 2026, Japan office."]],
  "a lot numbered in kanji with its branch after の is masked, the home's building and room with it": [
    ["住所：長野県伊那市荒井三二八六の五", "住所：[ADDRESS]"],
    ["届け先 茨城県水戸市見川町二一四五の一二 まで", "届け先 [ADDRESS] まで"],
    ["旧 松戸市五香六実十六の三 ハイツ五香 105、新 柏市", "旧 [ADDRESS]、新 柏市"],
    ["宮崎県都城市山田町中霧島三〇〇一の二 に住んでいます", "[ADDRESS] に住んでいます"],
  ],
  "a town with its chome and a lot after 番地の keeps its building and floor in the address": [
    ["住所 神奈川県厚木市中町三丁目十二番地の七 サンライズ中町 3F", "住所 [ADDRESS]"],
  ],
  "kanji numbers after a city with no branch after の stay": [
    ["松戸市の七五三の日に写真を撮った", "松戸市の七五三の日に写真を撮った"],
    ["伊那市内三二の会場で開催", "伊那市内三二の会場で開催"],
  ],
  "a building whose name ends in a number or a Roman numeral is masked with its room": [
    ["住所（領収書宛名用）: 東京都中央区佃2丁目1番6号 リバーシティ21 イーストタワーズⅡ 3112", "住所（領収書宛名用）: [ADDRESS]"],
    ["送付先 横浜市西区みなとみらい3丁目7番1号 パークタワーⅢ 1204", "送付先 [ADDRESS]"],
    ["送付先 横浜市西区みなとみらい3丁目7番1号 パークタワーII 1204", "送付先 [ADDRESS]"],
    ["送付先 千葉市美浜区中瀬1丁目3番 ベイタウン21 ノースコート 502", "送付先 [ADDRESS]"],
  ],
  "a gate's number and a price after a venue's block stay": [
    ["会場 港区芝公園4丁目2番8号 ゲート21 で 1500円", "会場 [ADDRESS] ゲート21 で 1500円"],
    ["会場 港区芝公園4丁目2番8号 ホールⅡ で受付", "会場 [ADDRESS] ホールⅡ で受付"],
  ],
  "a tour's arrangement and a sale's numbers stay; a salesperson's is masked": [
    ["はとバス の手配番号 HT-26-88410、添乗員 陳 暁紅 さん 080-6627-1193", "はとバス の手配番号 HT-26-88410、添乗員 [PERSON] さん [PHONE]"],
    ["ツアー手配番号：JT-2211-0456 で確定", "ツアー手配番号：JT-2211-0456 で確定"],
    ["該当機（販売番号 UP-26-5518）の消去に不備", "該当機（販売番号 UP-26-5518）の消去に不備"],
    ["販売員番号 S-20417 の担当です", "販売員番号 [PERSONAL_ID] の担当です"],
  ],
  "a number said right after it to be a group's or a firm's stays": [
    ["通院先は鵠沼どうぶつ病院、診察券 No.18832 は団体のもの。", "通院先は鵠沼どうぶつ病院、診察券 No.18832 は団体のもの。"],
    ["会員証 A-20417 は法人名義です", "会員証 A-20417 は法人名義です"],
    ["Member no. 55120 is the club's, ask the desk.", "Member no. 55120 is the club's, ask the desk."],
  ],
  "a card's number said to be its holder's, or said of nothing, is masked": [
    ["診察券 No.18832 は本人のものです。", "診察券 No.[PERSONAL_ID] は本人のものです。"],
    ["診察券 No.18832 を忘れました", "診察券 No.[PERSONAL_ID] を忘れました"],
  ],
  "a plate after a body's vehicle named before its bracket, or for business use, stays": [
    ["団体の車（湘南 800 さ 11-22、譲渡会用のワゴン）も出します", "団体の車（湘南 800 さ 11-22、譲渡会用のワゴン）も出します"],
    ["会社のバン（品川 400 す 21-47）で搬入", "会社のバン（品川 400 す 21-47）で搬入"],
    ["駐車場で接触したのは来場客の軽トラ（伊那 480 あ 12-34 → 事業用）。", "駐車場で接触したのは来場客の軽トラ（伊那 480 あ 12-34 → 事業用）。"],
    ["車は 横浜 500 さ 12-34（営業用）です", "車は 横浜 500 さ 12-34（営業用）です"],
  ],
  "a person's car's plate, or a private car's, is masked": [
    ["父の車（湘南 500 そ 31-07）で行きます", "父の車（[PERSONAL_ID]）で行きます"],
    ["私の車 湘南 500 そ 31-07 → 自家用", "私の車 [PERSONAL_ID] → 自家用"],
  ],
  "a family shop of a surname or a place and its trade stays": [
    ["駐車場で 薄井 の車に接触したのは南箕輪青果の車", "駐車場で [PERSON] の車に接触したのは南箕輪青果の車"],
    ["佐藤精肉店で買った", "佐藤精肉店で買った"],
    ["丸山鮮魚の配達は朝", "丸山鮮魚の配達は朝"],
  ],
  "a surname with an honorific before a car is masked": [["箕輪さんの車にぶつけた", "[PERSON]さんの車にぶつけた"]],
  "a model's code with a barcode's bracket straight after it stays": [
    ["キーボックス KB-230X（JAN 4938565800161）を購入", "キーボックス KB-230X（JAN 4938565800161）を購入"],
    ["Pocky Chocolate（JAN 4901005510920）を注文", "Pocky Chocolate（JAN 4901005510920）を注文"],
  ],
  "a key box's code is masked": [["キーボックス：0812 です", "キーボックス：[SECRET] です"]],
});
