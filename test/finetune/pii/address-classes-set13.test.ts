import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Address rules by class that the thirteenth set's misses called for (issue 13), each with other values than the
 * set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("address classes of the thirteenth set", {
  "a building named with hiragana among its katakana, its room after it": [
    ["正しくは 兵庫県西宮市甲子園町3丁目12番地 ベルメゾンさくら 803 です。", "正しくは [ADDRESS] です。"],
    ["転居先 → 町田市南つくし野3-7-2 コーポみなみ201", "転居先 → [ADDRESS]"],
    ["会場は 港区芝1-2-3 ホテルで 300 名が参加", "会場は [ADDRESS] ホテルで 300 名が参加"],
    ["港区芝1-2-3 マンションに 3 世帯", "[ADDRESS]に 3 世帯"],
  ],
  "a town and its block with no city, then a building and its 号室": [
    ["方書「西小岩5-12 サンハイツ松戸 305号室」と記載", "方書「[ADDRESS]」と記載"],
    ["東住吉14-3 で勝利、次戦は 502号室 で会見", "東住吉14-3 で勝利、次戦は 502号室 で会見"],
  ],
  "a hotel's room before a romaji address": [
    ["she's staying at room 808, 4-5-6 Minami-Aoyama, Minato-ku.", "she's staying at [ADDRESS]."],
    ["Book room 808, 4 chairs, 2 tables", "Book room 808, 4 chairs, 2 tables"],
  ],
});
