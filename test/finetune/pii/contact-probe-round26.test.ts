import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Address and phone classes a probe of order books, delivery routes, discharge forms, consular mail and foreign
 * customers' sheets found leaking in the round after the twenty-fifth set (issue 13), each with the look-alikes beside
 * it that must stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a Kyoto address in romaji written street first, with the way from its crossing": [
    ["Address: Kawaramachi-dori Sanjo-agaru 215, Nakagyo-ku, Kyoto 604-8004", "Address: [ADDRESS]"],
    ["Ship to Sakyo-ku, Shirakawa-dori Imadegawa-sagaru, Kitashirakawa-cho 33-2", "Ship to [ADDRESS]"],
    ["Horikawa-dori Shijo-sagaru, Higashihorikawa-cho 88 まで集荷", "[ADDRESS] まで集荷"],
    ["Address: 214 Ebisucho, Sanjo-agaru, Kawaramachi-dori, Nakagyo-ku, Kyoto", "Address: [ADDRESS]"],
    ["He lives on Nishioji-dori, Gojo-agaru.", "He lives on [ADDRESS]."],
    ["We met where Kawaramachi-dori crosses Shijo-dori.", "We met where Kawaramachi-dori crosses Shijo-dori."],
    ["Kawaramachi-dori and Shijo-dori at 3pm", "Kawaramachi-dori and Shijo-dori at 3pm"],
    ["The shop is on Shijo-dori, open 10:00 to 20:00.", "The shop is on Shijo-dori, open 10:00 to 20:00."],
  ],
  "a Korean address in romaji written from the city down": [
    ["Address: Busan, Haeundae-gu, Centum-ro 97", "Address: [ADDRESS]"],
    ["Incheon, Yeonsu-gu, Songdo-dong 24-5 (home)", "[ADDRESS] (home)"],
    ["Suwon-si, Gyeonggi-do, Ingye-dong 1018-2 까지 배송", "[ADDRESS] 까지 배송"],
    ["Our branch covers Gangnam-gu, Seocho-gu and Songpa-gu.", "Our branch covers Gangnam-gu, Seocho-gu and Songpa-gu."],
    ["Seoul, Jongno-gu, 2 nights from 12/20", "Seoul, Jongno-gu, 2 nights from 12/20"],
  ],
  "a Korean address written in Japanese, from its special or metropolitan city": [
    ["配送先：釜山広域市海雲台区センタム中央路 79 センタムタワー 12階", "配送先：[ADDRESS]"],
    ["住所 ソウル特別市麻浦区ワールドカップ北路 396 1203号", "住所 [ADDRESS]"],
    ["京畿道水原市八達区仁渓洞 1018-2 まで", "[ADDRESS] まで"],
    ["ソウル特別市江南区の人口は約55万人", "ソウル特別市江南区の人口は約55万人"],
    ["釜山広域市と仁川広域市で説明会を開催", "釜山広域市と仁川広域市で説明会を開催"],
    ["ソウル特別市 2泊3日 59,800円", "ソウル特別市 2泊3日 59,800円"],
  ],
  "a Taiwanese address in English with Section spelled out and the city with its postcode": [
    ["Deliver to 5F, No. 88, Section 2, Zhongxiao East Road, Zhongzheng District, Taipei 100", "Deliver to [ADDRESS]"],
    ["No. 7, Lane 45, Section 3, Minsheng Road, Xitun District, Taichung 407", "[ADDRESS]"],
    ["Item No. 5, Section 2 of the manual", "Item No. 5, Section 2 of the manual"],
  ],
  "a mainland tower by its letter before the room": [
    ["收货地址：深圳市南山区科技园路18号海岸城B座1706室", "收货地址：[ADDRESS]"],
    ["杭州市西湖区文三路90号东部软件园C座302室 王先生", "[ADDRESS] 王先生"],
    ["B座 3楼 会议室 10:00", "B座 3楼 会议室 10:00"],
  ],
  "a Korean road address's floor after a comma": [
    ["주소: 서울특별시 강남구 테헤란로 152, 21층", "주소: [ADDRESS]"],
    ["부산광역시 해운대구 센텀중앙로 79, 3층 1203호", "[ADDRESS]"],
    ["본사 21층 회의실", "본사 21층 회의실"],
  ],
  "a Cyrillic address with the flat after the house and a hyphen, and Ukraine's five-digit postcode": [
    ["Адрес: ул. Пушкина 12-45, Казань", "Адрес: [ADDRESS]"],
    ["проспект Мира 101-7, Москва", "[ADDRESS]"],
    ["Адреса: вул. Шевченка, 14, кв. 3, Львів, 79005", "Адреса: [ADDRESS]"],
    ["Заказ 12-45 от 3 декабря", "Заказ 12-45 от 3 декабря"],
  ],
  "an estate's block, building and room after its name, after the address's block": [
    ["住所 八王子市館町1097-3 館ヶ丘団地 3-12-405", "住所 [ADDRESS]"],
    ["東久留米市上の原1-4 上の原団地 5-8-211 へ訪問", "[ADDRESS] へ訪問"],
    ["団地 3-12 ページ参照", "団地 3-12 ページ参照"],
  ],
  "a mainland Chinese mobile without its country code, after a phone's word": [
    ["电话：186 2231 0475", "电话：[PHONE]"],
    ["手机 137-5512-8830（微信同号）", "手机 [PHONE]（微信同号）"],
    ["Tel: 15921348876", "Tel: [PHONE]"],
    ["订单号 139 1022 8874", "订单号 139 1022 8874"],
    ["Order 13812345678 shipped", "Order 13812345678 shipped"],
    ["电话会议 13:30 开始", "电话会议 13:30 开始"],
  ],
  "a German mobile written nationally, after a phone's word (Kontakt too)": [
    ["Kontakt: Lena Vogt, 0176 447 1229", "Kontakt: [PERSON], [PHONE]"],
    ["Handy 0172/3318 6604", "Handy [PHONE]"],
    ["Mobil: 0160 9923 4417", "Mobil: [PHONE]"],
    ["Artikel 0176 2284 9916", "Artikel 0176 2284 9916"],
    ["Kontakt aufnehmen bis 2026", "Kontakt aufnehmen bis 2026"],
    ["Handyhülle Art.-Nr. 0151 447 1229", "Handyhülle Art.-Nr. 0151 447 1229"],
    ["电话会议编号 139 1022 8874", "电话会议编号 139 1022 8874"],
  ],
  "a person's column's cell holding a phone or an e-mail beside a name: each masked as what it is": [
    ["| No | 氏名 | Contact |\n|---|---|---|\n| 12 | 今村 亮 | 070-4418-2290 今村 早苗 |", "| No | 氏名 | Contact |\n|---|---|---|\n| 12 | [PERSON] | [PHONE] [PERSON] |"],
    ["No,Name,Contact\n7,Ana Ruiz,Pablo Ruiz 080-7731-0562", "No,Name,Contact\n7,[PERSON],[PERSON] [PHONE]"],
    ["| No | 氏名 | Contact |\n|---|---|---|\n| 3 | 川端 修 | 川端 由香（妻） / kawabata.y@example.jp |", "| No | 氏名 | Contact |\n|---|---|---|\n| 3 | [PERSON] | [PERSON]（妻） / [EMAIL] |"],
    ["| No | 氏名 | Contact |\n|---|---|---|\n| 4 | 川端 修 | 川端 由香 |", "| No | 氏名 | Contact |\n|---|---|---|\n| 4 | [PERSON] | [PERSON] |"],
    ["| No | 氏名 | Contact |\n|---|---|---|\n| 5 | 川端 修 | 03-5521-8870 (office) |", "| No | 氏名 | Contact |\n|---|---|---|\n| 5 | [PERSON] | [PHONE] (office) |"],
  ],
};

describeMaskingClasses("address and phone classes of the contact probe, round 26", classes);
