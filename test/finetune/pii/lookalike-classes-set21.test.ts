import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Look-alike rules by class that the twenty-first set's lost look-alikes called for (issue 13), each with other values
 * than the set's and the real value of the same shape that must still be masked.
 */
describeMaskingClasses("look-alike classes of the twenty-first set", {
  "a tag's number is the goods' (a dry cleaner's or a shop's tag on the item), not a person's": [
    ["| タグ番号 | 品物 |\n|---|---|\n| B-2207 | スーツ上下 |\n| B-2215 | コート |", "| タグ番号 | 品物 |\n|---|---|\n| B-2207 | スーツ上下 |\n| B-2215 | コート |"],
    ["| タグNo. | 仕上がり |\n|---|---|\n| K-40913 | 12/3 |", "| タグNo. | 仕上がり |\n|---|---|\n| K-40913 | 12/3 |"],
    ["タグ番号,品名\nT-77120,ワンピース", "タグ番号,品名\nT-77120,ワンピース"],
    ["タグ番号 C-5081 のシャツにシミ", "タグ番号 C-5081 のシャツにシミ"],
    ["| 会員番号 | 品物 |\n|---|---|\n| M-30418 | スーツ |", "| 会員番号 | 品物 |\n|---|---|\n| [PERSONAL_ID] | スーツ |"],
    ["会員番号 KM-20481 の方", "会員番号 [PERSONAL_ID] の方"],
  ],
});
