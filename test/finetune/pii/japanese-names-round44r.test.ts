import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Japanese names the registered sets leaked or look-alikes they lost (issue 13, round 44r): a child's kanji given
 * name after its place in the family with its reading in brackets, the reading masked too and a common noun's kanji
 * taken as a name when the reading is a given name's and no word's. Each with the near things it leaves.
 */
describeMaskingClasses("Japanese names and look-alikes of round 44r", {
  "a child's kanji name and its bracketed reading after its place in the family are masked": [
    ["世帯：長男 大空（そら、6歳）、長女 陽菜（ひな、3歳）", "世帯：長男 [PERSON]（[PERSON]、6歳）、長女 [PERSON]（[PERSON]、3歳）"],
    ["次女 結衣（ゆい）も来ました。", "次女 [PERSON]（[PERSON]）も来ました。"],
    ["長男 翔太（しょうた・小2）", "長男 [PERSON]（[PERSON]・小2）"],
  ],
  "a common noun with a word's reading after a child's place is left": [
    ["長男 大学（だいがく、2年）に進学", "長男 大学（だいがく、2年）に進学"],
    ["長女 誕生（たんじょう）のお祝い", "長女 誕生（たんじょう）のお祝い"],
  ],
});
