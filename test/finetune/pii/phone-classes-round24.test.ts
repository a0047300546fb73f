import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Phone rules by class that the twenty-third set's misses called for (issue 13), each with other values than the
 * set's, in other layouts (a CSV cell, a chat line, an HTML cell, a Markdown table), and look-alikes the rule must
 * leave alone.
 */
describeMaskingClasses("phone classes of the twenty-third set", {
  "a Japanese number with a stray space inside a group": [
    ["- 小松 様（06-6543-12 90）: 不在", "- [PERSON] 様（[PHONE]）: 不在"],
    ["| 田名 | 0749-22-1 305 | 30,000円 |", "| 田名 | [PHONE] | 30,000円 |"],
    ['"折り返し","0466-27-551 2","至急"', '"折り返し","[PHONE]","至急"'],
    ["<td>03-54 12-7789</td>", "<td>[PHONE]</td>"],
    ["[09:14] 受付: 携帯 090-44 71-2286 です", "[09:14] 受付: 携帯 [PHONE] です"],
    ["在庫 0749-22-13 05 個", "在庫 0749-22-13 05 個"],
    ["入荷 03-5412-77 80 units", "入荷 03-5412-77 80 units"],
    ["棚番 03-5412-77 8 段", "棚番 03-5412-77 8 段"],
    ["品番 042-374-08 5123", "品番 042-374-08 5123"],
    ["注文番号 06-6543-12 90", "注文番号 06-6543-12 90"],
    ["記録 2026-11-08 14:30", "記録 2026-11-08 14:30"],
    ["区間 00-1234-56 78", "区間 00-1234-56 78"],
  ],
  "a Philippine mobile in 4-3-4 groups": [
    ["Payroll: my GCash is now 0917 555 2184. Thanks", "Payroll: my GCash is now [PHONE]. Thanks"],
    ['"応募","連絡先 0998-214-3307 (Cebu)"', '"応募","連絡先 [PHONE] (Cebu)"'],
    ["<td>0935 602 1178</td>", "<td>[PHONE]</td>"],
    ["account 0071 2290 4413", "account 0071 2290 4413"],
    ["Order No. 0926 411 7083", "Order No. 0926 411 7083"],
    ["0926 411 7083-2", "0926 411 7083-2"],
    ["ISBN 0917 555 21849", "ISBN 0917 555 21849"],
  ],
  "an internal number with its site's code, after ext. or 内線": [
    ["Reset by the IT desk (ext. 3-2217 — internal)", "Reset by the IT desk ([PHONE] — internal)"],
    ["担当：総務 内線 12-305 まで", "担当：総務 [PHONE] まで"],
    ["<td>Durchwahl 4-1180</td>", "<td>[PHONE]</td>"],
    ["see ext. 4412 on the old exchange", "see ext. 4412 on the old exchange"],
    ["内線 212 に転送", "内線 212 に転送"],
    ["内線 3-4 階の会議室", "内線 3-4 階の会議室"],
    ["ext. 2026-11 schedule", "ext. 2026-11 schedule"],
    ["Next 6-4420 units", "Next 6-4420 units"],
  ],
});
