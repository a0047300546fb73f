import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Over-masks the twenty-first round found (issue 13): a romaji city or ward before its suffix read as a person, and a
 * noun ending in 様 read as a name before an honorific. Each with the names the rules must still mask.
 */
describeMaskingClasses("a romaji place before its municipality's suffix is no person", {
  "a -shi that an address's next part or a preposition of place says is a city's (市)": [
    ["Our branch in Kobe-shi opens soon", "Our branch in Kobe-shi opens soon"],
    ["Deliver to Sendai-shi Aoba-ku this week", "Deliver to Sendai-shi Aoba-ku this week"],
    ["We moved from Nagoya-shi last year", "We moved from Nagoya-shi last year"],
    ["Staff of Sapporo-shi 060-0001 called", "Staff of Sapporo-shi 060-0001 called"],
    ["Tanaka-shi will attend the meeting", "[PERSON]-shi will attend the meeting"],
    ["Please thank Kenji-san and Mori-sensei", "Please thank [PERSON]-san and [PERSON]-sensei"],
  ],
  "a word before -ku, -cho, -machi or -gun is a place's": [
    ["I live in Minato-ku, Tokyo.", "I live in Minato-ku, Tokyo."],
    ["Her shop is in Kanda-cho near the station.", "Her shop is in Kanda-cho near the station."],
    ["Emily from Shibuya-ku said hi.", "[PERSON] from Shibuya-ku said hi."],
  ],
});

describeMaskingClasses("a noun ending in 様 is no name before an honorific", {
  "仕様, 模様, 多様 and the like, the kanji before 様 no name the dictionary lists": [
    ["仕様を確認しました。", "仕様を確認しました。"],
    ["新しい仕様書を送付します", "新しい仕様書を送付します"],
    ["模様替えの日程", "模様替えの日程"],
    ["多様な働き方を支援", "多様な働き方を支援"],
    ["山田様、仕様変更の件です", "[PERSON]様、仕様変更の件です"],
    ["担当の林様に確認します", "担当の[PERSON]様に確認します"],
  ],
});
