import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Address and phone rules by class that the sixteenth set's misses called for, and the look-alikes it showed masked
 * (issue 13), each with other values than the set's and a look-alike the rule must leave alone.
 */
describeMaskingClasses("address and phone classes of the sixteenth set", {
  "a grid address of 条 and chome, in digits or kanji, with or without its city, and its block": [
    ["集荷先 北24条西6丁目1-20 まで", "集荷先 [ADDRESS] まで"],
    ["住所：南一条東二丁目3番5号", "住所：[ADDRESS]"],
    ["旭川 4条通8丁目12-3 に移転", "旭川 [ADDRESS] に移転"],
    ["送付先 帯広市西2条南9丁目1-4", "送付先 [ADDRESS]"],
    ["地下鉄北24条駅、西6丁目のバス停で", "地下鉄北24条駅、西6丁目のバス停で"],
    ["第3条第2項による", "第3条第2項による"],
    ["北12条西3丁目 12 件の配達", "北12条西3丁目 12 件の配達"],
  ],
  "a building named with ハイム, and a room written as its floor and a letter": [
    ["送付先 札幌市東区北十条東3丁目2-8 サンハイム 2-C", "送付先 [ADDRESS]"],
    ["新住所 杉並区高円寺南4-5-6 コーポ高円寺 1-A です", "新住所 [ADDRESS] です"],
    ["住所 川口市本町3-1-2 リバーハイム 305", "住所 [ADDRESS]"],
    ["会議室は 3-B です", "会議室は 3-B です"],
  ],
  "numbers joined by hyphens after a ward are a count or a range before a counter": [
    ["東京都渋谷区\n3-5 件の問い合わせ", "東京都渋谷区\n3-5 件の問い合わせ"],
    ["港区で 12-15 個を出荷", "港区で 12-15 個を出荷"],
    ["世田谷区 2-4 名が参加", "世田谷区 2-4 名が参加"],
    ["住所 世田谷区奥沢2-4 名鉄ハイツ 101", "住所 [ADDRESS]"],
    ["東京都渋谷区\n恵比寿3-5-2 まで", "[ADDRESS] まで"],
  ],
  "a chome alone after a town named with no city is a neighbourhood, not an address": [
    ["（仮称）中村橋三丁目共同住宅新築工事", "（仮称）中村橋三丁目共同住宅新築工事"],
    ["本町二丁目の交差点", "本町二丁目の交差点"],
    ["中村橋三丁目5-12 に住む", "[ADDRESS] に住む"],
    ["北海道旭川市4条通9丁目に支店", "[ADDRESS]に支店"],
  ],
  "a phone number split by a line break written escaped after a hyphen": [
    ["電話（080-2294-\\n6617）に連絡", "電話（[PHONE]）に連絡"],
    ["TEL 03-5555-\\r\\n1234", "TEL [PHONE]"],
    ["携帯 090-1234-\\n  5678 です", "携帯 [PHONE] です"],
    ["path C:\\data\\n0120-\\n", "path C:\\data\\n0120-\\n"],
  ],
});

describeMaskingClasses("look-alike classes of the sixteenth set", {
  "a dotted version in a table's row after its firmware or version cell": [
    ["| firmware | 2.51.0.18 |", "| firmware | 2.51.0.18 |"],
    ["| ファーム | 3.1.0.7 |", "| ファーム | 3.1.0.7 |"],
    ["| Version | 10.2.0.15 |", "| Version | 10.2.0.15 |"],
    ["| host | 10.2.0.15 |", "| host | [IP_ADDRESS] |"],
  ],
  "the code of a party that hands or takes work or a collection is the firm's": [
    ["口座振替 委託者番号 0077-3310 で登録", "口座振替 委託者番号 0077-3310 で登録"],
    ["発注者コード AB-1234 の案件", "発注者コード AB-1234 の案件"],
    ["受託者番号 12345678 を記入", "受託者番号 12345678 を記入"],
    ["加入者番号 0077-3310 の方", "加入者番号 [PERSONAL_ID] の方"],
  ],
  "a work site's or a facility's ID is the place's": [
    ["グリーンサイト 現場ID KS-2025-77120 で登録", "グリーンサイト 現場ID KS-2025-77120 で登録"],
    ["拠点ID OSK-03 / 施設ID FAC-0091", "拠点ID OSK-03 / 施設ID FAC-0091"],
    ["社員ID KS-2025-77120 で登録", "社員ID [PERSONAL_ID] で登録"],
  ],
  "a firm named after a person found in the text, with Management, Investments or Properties after it": [
    ["Mr. Tom Hale (Hale Asset Management) called", "Mr. [PERSON] (Hale Asset Management) called"],
    ["Ms. Ana Cruz signed for Cruz Investments", "Ms. [PERSON] signed for Cruz Investments"],
    ["Dr. Li Wong of Wong Properties", "Dr. [PERSON] of Wong Properties"],
    ["Mr. Tom Hale called. Hale said yes.", "Mr. [PERSON] called. [PERSON] said yes."],
  ],
});
