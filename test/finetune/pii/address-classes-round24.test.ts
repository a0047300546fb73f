import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Address rules by class (issue 13, round 24): addresses masked as far as they go and no further, Malaysian addresses,
 * housing estates' flats, Sapporo's grid in romaji and in kanji; each with values of its own and the look-alikes the
 * rules must leave alone (expected === input).
 */
describeMaskingClasses("address classes of round 24", {
  "a ward-first romaji address ends at its block where a person and an honorific follow": [
    ["Minato-ku, Tokyo, 3-5 Tanaka-san came", "[ADDRESS] [PERSON]-san came"],
    ["Nishi-ku, Yokohama, 2-14 Mori-sensei will visit", "[ADDRESS] [PERSON]-sensei will visit"],
    ["Chuo-ku, Osaka, 1-2 Honmachi", "[ADDRESS]"],
    ["Nishi-ku, Yokohama, 2-3-4 Minatomirai, Kanagawa", "[ADDRESS]"],
  ],
  "a romaji address whole, its city after its ward and its prefecture and postcode after the city": [
    ["2-3-1 Umeda, Kita-ku, Osaka-shi, Osaka 530-0001", "[ADDRESS]"],
    ["Ship to 1-5-10 Sakae, Naka-ku, Nagoya-shi, Aichi 460-0008, thanks", "Ship to [ADDRESS], thanks"],
    ["3-1 Honcho, Aoba-ku Sendai-shi Miyagi 980-0014", "[ADDRESS]"],
    ["Model 4-6-12, Kita-ku, Osaka", "Model 4-6-12, Kita-ku, Osaka"],
  ],
  "a Malaysian address: the house, the street by its Malay word, the estate, the postcode, town and state": [
    ["No. 12, Jalan SS 2/24, Taman Bahagia, 47301 Petaling Jaya, Selangor", "[ADDRESS]"],
    ["Alamat: No. 8, Jalan Mawar 3, Taman Melati, 53100 Kuala Lumpur", "Alamat: [ADDRESS]"],
    ["Deliver to 23A, Lorong Bunga Raya 5, Seksyen 7, 40000 Shah Alam, Selangor please", "Deliver to [ADDRESS] please"],
    ["Unit B-12-3, Jalan PJU 1/45, Kondominium Mutiara, 47301 Petaling Jaya", "[ADDRESS]"],
    ["Jalan Kenanga, Taman Sri Muda, 40400 Shah Alam, Selangor", "[ADDRESS]"],
    ["Rumah saya di 7, Jln Kenari 2, Bandar Puchong Jaya, 47100 Puchong, Selangor", "Rumah saya di [ADDRESS]"],
    ["Lot 1203, Jalan Kangar-Alor Setar, 01000 Kangar, Perlis", "[ADDRESS]"],
    ["In 2024, Jalan Ampang was closed for repairs", "In 2024, Jalan Ampang was closed for repairs"],
    ["We walked along Jalan Alor and Taman Negara was lovely", "We walked along Jalan Alor and Taman Negara was lovely"],
    ["Chapter 3, Jalan Sejarah, page 12", "Chapter 3, Jalan Sejarah, page 12"],
    ["Version 2, Jalan Utama release", "Version 2, Jalan Utama release"],
    ["Jalan-jalan ke Taman Safari, 3 hari", "Jalan-jalan ke Taman Safari, 3 hari"],
  ],
  "a flat in a housing estate after the estate's name: the number alone": [
    ["ひばりが丘団地 3-12-305", "ひばりが丘団地 [ADDRESS]"],
    ["住所：高島平団地2-3-1105", "住所：高島平団地[ADDRESS]"],
    ["多摩ニュータウン永山団地 5-204 にお住まい", "多摩ニュータウン永山団地 [ADDRESS] にお住まい"],
    ["都営西台住宅 4-1-203", "都営西台住宅 [ADDRESS]"],
    ["ひばりが丘団地 12号棟 305号室", "ひばりが丘団地 [ADDRESS]"],
    ["Lives at Hibarigaoka Danchi 3-12-305 with her son", "Lives at Hibarigaoka Danchi [ADDRESS] with her son"],
    ["団地 3-5 件の苦情", "団地 3-5 件の苦情"],
    ["ひばりが丘団地の説明会は 3-12 ページ参照", "ひばりが丘団地の説明会は 3-12 ページ参照"],
    ["団地祭り 2024-11-05", "団地祭り 2024-11-05"],
    ["新築住宅 3-120 件", "新築住宅 3-120 件"],
    ["Nagayama Danchi 3-5 pm", "Nagayama Danchi 3-5 pm"],
  ],
  "Sapporo's grid in romaji: the 条 and the chome with the block, or with the ward or city after them": [
    ["Kita 3-jo Nishi 4-chome 1-5, Sapporo", "[ADDRESS]"],
    ["Kita 3-jo Nishi 4-chome 1-5 Chuo-ku Sapporo", "[ADDRESS]"],
    ["Kita-24-jo Nishi-6-chome 1-20, Kita-ku, Sapporo-shi, Hokkaido 001-0024", "[ADDRESS]"],
    ["Minami 1 Jo Higashi 2 Chome 3-4, Chuo-ku, Sapporo", "[ADDRESS]"],
    ["Hiragishi 2-jo 7-chome 1-10, Toyohira-ku, Sapporo", "[ADDRESS]"],
    ["Nishi 2-jo Minami 9-chome 4-1, Obihiro", "[ADDRESS]"],
    ["Take the subway to Kita 24-jo station, then Nishi 4-chome tram stop", "Take the subway to Kita 24-jo station, then Nishi 4-chome tram stop"],
  ],
  "Sapporo's grid in kanji: the whole grid, its block after a space, its building and room": [
    ["お届け先 北3条西4丁目1番5号 グランドハイツ 502", "お届け先 [ADDRESS]"],
    ["中央区北3条西4丁目 1-5", "[ADDRESS]"],
    ["北24条西6丁目 12-3 コーポ北 201", "[ADDRESS]"],
    ["渋谷区神宮前3丁目 14-2 まで", "[ADDRESS] まで"],
    ["北3条西4丁目のコンビニで", "北3条西4丁目のコンビニで"],
    ["北24条駅から徒歩5分", "北24条駅から徒歩5分"],
    ["北3条西4丁目 4-5月に工事", "北3条西4丁目 4-5月に工事"],
  ],
});
