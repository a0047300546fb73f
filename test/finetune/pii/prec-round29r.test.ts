import { describe, expect, it } from "vitest";
import { maskDocumentSections } from "../../../src/finetune/pii/mask-pii.js";
import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Classes taken in the round after the twenty-ninth set (issue 13): addresses abroad in their own forms, a Japanese one
 * in kanji numerals or with its room alone, a phone spaced unevenly, a key's hiding place as told, and the look-alikes
 * it lost (an order's number before "via", a removal's and a sticker's number, a commuter pass's stations, a packed food,
 * a firm of a place and a katakana trade word), each with a person's value beside it still masked. Values are made up
 * here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a Russian address in Latin letters with its flat's kv. and a city of two words, a Polish ul. still taken": [
    ["Registration card: ul. Lenina 5, kv. 12, Nizhny Tagil 622001, Russia. Resolved.", "Registration card: [ADDRESS]. Resolved."],
    ["Home: ul. Sadovaya 48, kv. 7, Rostov-na-Donu 344000", "Home: [ADDRESS]"],
    ["Adres: ul. Marszałkowska 12/4, 00-590 Warszawa", "Adres: [ADDRESS]"],
    ["Room 14: Mr. Pavel Orlov, +7 916 204-38-77.", "Room 14: Mr. [PERSON], [PHONE]."],
  ],
  "an Irish address with a street named in Irish and an Eircode": [
    ["Address on the card: 3 Bóthar na Trá, Salthill, Co. Galway, H91 E2K3.", "Address on the card: [ADDRESS]."],
    ["Post to 22 Sráid na Siopaí, Dingle, Co. Kerry, V92 F2K7 please", "Post to [ADDRESS] please"],
    ["We read 14 Irish Poems at the Dingle festival.", "We read 14 Irish Poems at the Dingle festival."],
  ],
  "a Korean address with its city named short, and a building's name before its floor": [
    ["currently at 부산 해운대구 센텀중앙로 79, 센텀사이언스파크 12층 (office)", "currently at [ADDRESS] (office)"],
    ["사무실: 서울 중구 세종대로 110, 서울시청 9층", "사무실: [ADDRESS]"],
    ["강남구 매출 152건, 23층 건물", "강남구 매출 152건, 23층 건물"],
  ],
  "a Vietnamese address down its lanes with no ward's or district's word": [
    ["本人の帰国先: Số 8 ngõ 42 Trần Duy Hưng, Trung Hòa, Cầu Giấy, Hà Nội", "本人の帰国先: [ADDRESS]"],
    ["Gửi về 14 hẻm 52 Lê Văn Sỹ, Tân Bình, TP. Hồ Chí Minh nhé", "Gửi về [ADDRESS] nhé"],
    ["Đã giao 27 hộp cho khách, Hà Nội", "Đã giao 27 hộp cho khách, Hà Nội"],
  ],
  "a romaji address ending in the room after #, an item's # left": [
    ["Address: 3-8-12 Tenjin, Chuo-ku, Fukuoka 810-0001, #1203.", "Address: [ADDRESS]."],
    ["Ship to 1-4-2 Sakae, Naka-ku, Nagoya 460-0008, #305", "Ship to [ADDRESS]"],
    ["Order ref 2-14-7, item #502.", "Order ref 2-14-7, item #502."],
  ],
  "a lot numbered in kanji with hundreds, then its building and floor": [
    ["相続人住所: 京都市左京区岩倉中町百二十番地の三 岩倉ハイツ 3階", "相続人住所: [ADDRESS]"],
    ["住所 岐阜県高山市上一之町千二百三番地", "住所 [ADDRESS]"],
    ["百番目のお客様に記念品 1,000円分", "百番目のお客様に記念品 1,000円分"],
  ],
  "a room alone after a block of three numbers, a time or a count after one left": [
    ["転送先は 香川県高松市番町2-7-15 803。", "転送先は [ADDRESS]。"],
    ["送付先 横浜市港北区日吉本町2-3-5 302 宛", "送付先 [ADDRESS] 宛"],
    ["在庫 3-2-1 120個", "在庫 3-2-1 120個"],
  ],
  "a town's lot of one number, then a building's name in katakana (half-width too) and its room": [
    ["配送先の変更: 松本市中央１４２０ ｸﾞﾗﾝﾄﾞｩｰﾙ松本 ５０２。", "配送先の変更: [ADDRESS]。"],
    ["配送先: 松本市中央3 メゾン松本 302 へ", "配送先: [ADDRESS] へ"],
    ["港区で 3 トラック 120", "港区で 3 トラック 120"],
  ],
  "a phone spaced in groups the numbering plan does not cut at, after a phone's word": [
    ["連絡先 078 2 41 5538（本人、聞き取りのまま）", "連絡先 [PHONE]（本人、聞き取りのまま）"],
    ["電話は 03 54 12 7789 です", "電話は [PHONE] です"],
    ["品番 087 8 31 2260", "品番 087 8 31 2260"],
    ["在庫 0 12 34 5678 個", "在庫 0 12 34 5678 個"],
  ],
  "a key's hiding place as someone told it": [
    ["鍵の置き場所は 物置の奥の青い缶 と奥様から伺った。", "鍵の置き場所は [SECRET] と奥様から伺った。"],
    ["カギは玄関マットの下だと聞いています。", "カギは[SECRET]だと聞いています。"],
    ["鍵はフロントの受付と聞いています。", "鍵はフロントの受付と聞いています。"],
    ["鍵の件は担当の佐藤さんから伺った。", "鍵の件は担当の[PERSON]さんから伺った。"],
  ],
  "a number before English's via is a booking's, not a street's": [
    ["booking HW-5521-0937 via Booking.com, guest Laura Martin", "booking HW-5521-0937 via Booking.com, guest [PERSON]"],
    ["Paid 4200 via PayPal yesterday.", "Paid 4200 via PayPal yesterday."],
    ["Address: 23 Via del Corso, 00186 Roma", "Address: [ADDRESS]"],
  ],
  "a bicycle's removal number and a parking sticker's are the thing's, a member's number masked": [
    ["撤去番号 KT-0412-115。保管所で返還。", "撤去番号 KT-0412-115。保管所で返還。"],
    ["ステッカー番号は E5-1172 です。", "ステッカー番号は E5-1172 です。"],
    ["会員番号 MB-20931 の方", "会員番号 [PERSONAL_ID] の方"],
  ],
  "a commuter or season pass's stations are a route, a Wi-Fi pass still masked": [
    ["Commuter pass: Shin-Yokohama → Shinagawa, ¥21,340/month.", "Commuter pass: Shin-Yokohama → Shinagawa, ¥21,340/month."],
    ["Season pass: Kita-Senju to Ueno", "Season pass: Kita-Senju to Ueno"],
    ["Wi-Fi pass: Hk7-pier-2291", "Wi-Fi pass: [SECRET]"],
  ],
  "a packed food named like a person, by its flavour or its pack": [
    ["Staff meal: Kit Kat Strawberry multipack for the volunteers.", "Staff meal: Kit Kat Strawberry multipack for the volunteers."],
    ["Bought a Milo box and Kit Kat Hojicha for the desk.", "Bought a Milo box and Kit Kat Hojicha for the desk."],
    ["Guest Kate Morgan checked in; Kate left her bag.", "Guest [PERSON] checked in; [PERSON] left her bag."],
    ["Dana can be reached via reception; Kate packs the van.", "[PERSON] can be reached via reception; [PERSON] packs the van."],
  ],
  "a firm of a place and a katakana trade word, a person's full name beside it masked": [
    ["管理会社（北陸中央ハウジング）の担当から連絡", "管理会社（北陸中央ハウジング）の担当から連絡"],
    ["静岡中央ハウジング 山田太郎様 090-1234-5678", "静岡中央ハウジング [PERSON]様 [PHONE]"],
  ],
};

describeMaskingClasses("classes of the round after the twenty-ninth set", classes);

describe("a firm's address in a table's row naming it by its legal form, a sole trader's masked", () => {
  const table = [
    "| 受付番号 | 事業者 | 代表者 | 所在地 | 連絡先 |",
    "|---|---|---|---|---|",
    "| R8-KA-0101 | 株式会社 みなと運送 | 代表取締役 大槻 隆 | 焼津市本町 22 | 054-600-0000（代表） |",
    "| R8-KA-0102 | 喫茶 つばめ（個人） | 燕 由佳 | 焼津市中港三丁目4番5号 | 054-628-3391 |",
    "| R8-KA-0103 | 株式会社 駿河物産 社長 岡部 健一 様 | 秘書 | 会社 静岡市葵区追手町 9 | 054-221-0000 |",
  ].join("\n");
  const masked = maskDocumentSections([table])[0]!.text;

  it("keeps the firm's seat", () => expect(masked).toContain("| 焼津市本町 22 |"));
  it("masks the address of a row naming a person with the firm", () => expect(masked).not.toContain("追手町 9"));
  it("masks the sole trader's address and name", () => {
    expect(masked).not.toContain("焼津市中港三丁目4番5号");
    expect(masked).not.toContain("燕 由佳");
  });
});
