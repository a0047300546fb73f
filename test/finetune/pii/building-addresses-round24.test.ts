import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Address rules by class that the twenty-third set's misses called for (issue 13): a building and its flat written
 * before a romaji address, and a building's wing and room after a Japanese one, each with other values than the set's
 * in other layouts (prose, a CSV cell, an HTML cell), and look-alikes the rules must leave alone.
 */
describeMaskingClasses("address classes of the twenty-third set", {
  "a romaji address after its building, whose place's word is hyphenated in small letters, and its flat": [
    ["Deliver to Brillia Nishi-azabu 305, 4-11-2 Nishiazabu, Minato-ku, Tokyo.", "Deliver to [ADDRESS]."],
    ['"配送先","Grand Maison Ebisu-minami 1102, 3-1-4 Ebisu-minami, Shibuya-ku"', '"配送先","[ADDRESS]"'],
    ["<td>Lions Plaza Kami-ikebukuro 702, 2-18-5 Kamiikebukuro, Toshima-ku</td>", "<td>[ADDRESS]</td>"],
    ["Version Gate-api 1204, 5-8-2 release notes", "Version Gate-api 1204, 5-8-2 release notes"],
    ["Flight JL-dep 1204, 5-8-2 gate", "Flight JL-dep 1204, 5-8-2 gate"],
  ],
  "a Japanese address with its building, a wing named by its side or letter, and the room": [
    ["住所：札幌市北区北24条西6丁目1-20 パークシティ 中央棟 802号室", "住所：[ADDRESS]"],
    ['"届け先","大阪市北区梅田2-4-9 グランフロント A棟 1203","至急"', '"届け先","[ADDRESS]","至急"'],
    ["<td>横浜市港北区日吉本町1-2-3 メゾン日吉 西棟 204</td>", "<td>[ADDRESS]</td>"],
    ["住所 多摩市鶴牧6-14-2 ベルコリーヌ南大沢 東棟 です", "住所 [ADDRESS] ベルコリーヌ南大沢 東棟 です"],
    ["会場 多摩市鶴牧6-14-2 ベルコリーヌ南大沢 東棟 300名", "会場 [ADDRESS] ベルコリーヌ南大沢 東棟 300名"],
    ["売場 多摩市鶴牧6-14-2 イオンモール 東棟 120円の割引", "売場 [ADDRESS] イオンモール 東棟 120円の割引"],
  ],
});
