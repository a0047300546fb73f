import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Name classes taken in the round after the twenty-first set (issue 13), each with the look-alikes beside it that must
 * stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a surname that starts with a kin word, and kin words before names": [
    ["祖父江 健一 様よりお問い合わせ", "[PERSON] 様よりお問い合わせ"],
    ["連絡者：祖父江 真由美（孫）", "連絡者：[PERSON]（孫）"],
    ["差出人 祖父江 誠", "差出人 [PERSON]"],
    ["1024,祖父江 健一,東京都", "1024,[PERSON],東京都"],
    ["受付: 祖父江 純子", "受付: [PERSON]"],
    ["祖父江 健一（ソブエ ケンイチ）", "[PERSON]（[PERSON]）"],
    ["祖父 山田 太郎が来店しました。", "祖父 [PERSON]が来店しました。"],
    ["叔父 鈴木 一郎、祖母 佐藤 花子", "叔父 [PERSON]、祖母 [PERSON]"],
    ["亡母 田中 ハナ の遺品", "亡母 [PERSON] の遺品"],
  ],
};

describeMaskingClasses("the name classes of round twenty-three", classes);
