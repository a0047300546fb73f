import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Address rules by class that the twelfth set's misses called for (issue 13), each with other values than the set's
 * and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("address classes of the twelfth set", {
  "a Japanese address with one space between the town and its block, and the building after": [
    ["送付先 大阪市北区梅田 2丁目4-9 梅田ビル 5F まで", "送付先 [ADDRESS] まで"],
    ["現住所：千葉県松戸市小金原 6-12-3", "現住所：[ADDRESS]"],
    ["長野市大字鶴賀 1452-7 に転居", "[ADDRESS] に転居"],
    ["仙台市青葉区本町 2丁目3番10号 ハイツ本町 302", "[ADDRESS]"],
    ["港区 3件、川越市吉田 12名", "港区 3件、川越市吉田 12名"],
  ],
  "Kyoto's street directions (通, 上る, 下る, 西入, 東入) before the town, then a space and the block": [
    ["京都市下京区四条通烏丸東入長刀鉾町 20-3", "[ADDRESS]"],
    ["京都市上京区河原町通今出川上る青龍町 231", "[ADDRESS]"],
    ["烏丸通を上る車は 3台", "烏丸通を上る車は 3台"],
  ],
  "a city named in kana ending in a kanji (ふじみ野市), after its prefecture": [
    ["埼玉県ふじみ野市大原 2-1-30", "[ADDRESS]"],
  ],
  "an office or a flat in a named tower with no street number, then its district and city": [
    ["Billing: Suite 2205, Emirates Financial Towers, DIFC, Dubai", "Billing: [ADDRESS]"],
    ["Flat 803, Marina Heights, Jumeirah Lake Towers", "[ADDRESS]"],
    ["see Unit 5, Tower 2 of the handbook", "see Unit 5, Tower 2 of the handbook"],
  ],
});
