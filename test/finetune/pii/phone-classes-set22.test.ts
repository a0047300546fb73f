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
  "a Japanese number with one letter typed for a digit, after a phone's word or under a phone's column": [
    ["| No. | 氏名 | 電話 |\n|---|---|---|\n| 12 | 北条 茉莉 | 03-5412-77O9 |", "| No. | 氏名 | 電話 |\n|---|---|---|\n| 12 | [PERSON] | [PHONE] |"],
    ["会員,ご連絡先,備考\nA-12,090-I234-5678,旧データ", "会員,ご連絡先,備考\nA-12,[PHONE],旧データ"],
    ["[11:20] 受付: 携帯 080-66l3-2094 とのことです", "[11:20] 受付: 携帯 [PHONE] とのことです"],
    ["<td>TEL 048-762-l189</td>", "<td>TEL [PHONE]</td>"],
    ["品番 045-84l-2290 を発注", "品番 045-84l-2290 を発注"],
    ["| 品番 | 数量 |\n|---|---|\n| 045-84l-2290 | 3 |", "| 品番 | 数量 |\n|---|---|\n| 045-84l-2290 | 3 |"],
    ["電話 03-5412-7O9l は二文字違い", "電話 03-5412-7O9l は二文字違い"],
  ],
});
