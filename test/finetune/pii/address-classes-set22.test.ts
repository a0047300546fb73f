import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Address rules by class that the twenty-second set's misses called for (issue 13), each with other values than the
 * set's, in other layouts (a CSV cell, a chat line, an HTML cell), and look-alikes the rule must leave alone.
 */
describeMaskingClasses("address classes of the twenty-second set", {
  "a room after a building's floor, numbered from that floor": [
    ["<td>滞在先 渋谷区神宮前3-12-8 アルテール神宮前 5F 502</td>", "<td>滞在先 [ADDRESS]</td>"],
    ['"送付先","大阪市北区梅田2-4-9 梅田ビル 12階 1203号室","済"', '"送付先","[ADDRESS]","済"'],
    ["[09:14] 受付: 住所は 名古屋市中区栄3-5-12 サカエハイツ 3F 305 です", "[09:14] 受付: 住所は [ADDRESS] です"],
    ["本社 渋谷区道玄坂1-2-3 渋谷ビル 5F 1030 から会議", "本社 [ADDRESS] 1030 から会議"],
    ["会場 港区芝公園4-2-8 芝ビル 3F 300名 収容", "会場 [ADDRESS] 300名 収容"],
  ],
  "a rural lot by its 大字 with its branch number straight after 番地": [
    ["住所 長野県安曇野市大字豊科812番地3。", "住所 [ADDRESS]。"],
    ['"矢島","岐阜県高山市大字上切町1205番地12","現金"', '"矢島","[ADDRESS]","現金"'],
    ["<td>茨城県つくば市大字北条55番地7</td>", "<td>[ADDRESS]</td>"],
    ["大字の由来 12番 5件", "大字の由来 12番 5件"],
  ],
  "a romaji address with its flat first and its ward or city named in English": [
    ["her new flat (Apt. 305, 1-4-7 Sendagi, Bunkyo City) since May", "her new flat ([ADDRESS]) since May"],
    ['"Flat 3B, 2-11-6 Yanaka, Taito City","JP"', '"[ADDRESS]","JP"'],
    ["<td>Room 1203, 4-12-8 Nishi-Kamata, Ota Ward</td>", "<td>[ADDRESS]</td>"],
    ["Room 12, 3-4-5 tests, Kansas City", "Room 12, 3-4-5 tests, Kansas City"],
    ["Apt. 702 is on the 7th floor of the City tower", "Apt. 702 is on the 7th floor of the City tower"],
  ],
});
