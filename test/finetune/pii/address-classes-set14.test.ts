import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Address rules by class that the fourteenth set's misses called for (issue 13), each with other values than the
 * set's and the look-alikes it must leave alone (expected === input, or the rest of the text kept).
 */
describeMaskingClasses("address classes of the fourteenth set", {
  "a building named in half-width katakana, its room after it": [
    ["現住所：板橋区舟渡2-7-14 ｸﾞﾗﾝﾃﾞｭｵ舟渡 304", "現住所：[ADDRESS]"],
    ["住所：足立区梅島3丁目4番1号 ﾊｲﾂﾍﾞﾙﾌｫｰﾚ 105", "住所：[ADDRESS]"],
    ["住所：練馬区春日町4-2-8 ｻﾝﾊﾟﾚｽ春日 3F", "住所：[ADDRESS]"],
    ["港区芝1-2-3 ﾎﾃﾙで 300 名が参加", "[ADDRESS] ﾎﾃﾙで 300 名が参加"],
    ["ﾎﾟｲﾝﾄｶｰﾄﾞ 300 点を付与", "ﾎﾟｲﾝﾄｶｰﾄﾞ 300 点を付与"],
  ],
  "a dormitory or an estate (寮, 団地), its room after it, perhaps after its wing or block": [
    ["住所：板橋区高島平2丁目26番3号 高島平団地 2-1105", "住所：[ADDRESS]"],
    ["宛先 調布市深大寺東町4-11-2 深大寺第三寮 B-108", "宛先 [ADDRESS]"],
    ["寮 3-105 の件は調布市で対応", "寮 3-105 の件は調布市で対応"],
  ],
  "a town with no city and its block read out with の, after 住所": [
    ["お客様: 住所は、えーと、市内の、上依知 の 205 の 12 です。", "お客様: 住所は、えーと、市内の、[ADDRESS] です。"],
    ["住所は 妻田東 の 3 の 14 の 7 で合ってます", "住所は [ADDRESS] で合ってます"],
    ["住所は変わらず。資料 の 2 の 3 を見てください", "住所は変わらず。資料 の 2 の 3 を見てください"],
    ["住所の確認は 北町 の 3 の 5 件目まで", "住所の確認は 北町 の 3 の 5 件目まで"],
  ],
});
