import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Phone rules by class that the twenty-second set's misses called for (issue 13), each with other values than the
 * set's, in other layouts (a CSV cell, a chat line, an HTML cell), and look-alikes the rule must leave alone.
 */
describeMaskingClasses("phone classes of the twenty-second set", {
  "an extension after a number dialled with its country code": [
    ["direct +44 20 7946 0321 ext. 218 | mobile", "direct [PHONE] | mobile"],
    ['"Ops desk","+1 (312) 555-0144 Ext 77","open"', '"Ops desk","[PHONE]","open"'],
    ["<td>+81 3-5412-7789 (ext. 3051)</td>", "<td>[PHONE]</td>"],
    ["see ext. 4412 on the old exchange", "see ext. 4412 on the old exchange"],
  ],
  "a Japanese number with middle dots (・ or ･) between its groups": [
    ["電話 03・5412・7789 まで", "電話 [PHONE] まで"],
    ['"高橋","090･3381･2207","来店"', '"高橋","[PHONE]","来店"'],
    ["<td>048･762･1189</td>", "<td>[PHONE]</td>"],
    ["会議は 12・24・2026 に", "会議は 12・24・2026 に"],
    ["品番 A・0120・3456・78", "品番 A・0120・3456・78"],
  ],
  "a mobile number whose last four are typed as two pairs after hyphens": [
    ["携帯 090-4471-22 86（本人記入）", "携帯 [PHONE]（本人記入）"],
    ["<td>070-3318-20 57</td>", "<td>[PHONE]</td>"],
    ["[10:02] 店長: 折り返しは 080-2294-66 17 へ", "[10:02] 店長: 折り返しは [PHONE] へ"],
    ["在庫 090-4471-22 個", "在庫 090-4471-22 個"],
  ],
});
