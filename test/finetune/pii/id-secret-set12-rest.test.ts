import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * The ID and secret classes the twelfth set still missed or over-masked after its round (issue 13), with other
 * values than the set's and the look-alikes each rule must leave alone (expected === input).
 */
describeMaskingClasses("ID and secret rules of the twelfth set's last misses", {
  "a code right after a person a name detector found": [
    ["精算：井上 陽子 HR-0073318、交通費", "精算：[PERSON] [PERSONAL_ID]、交通費"],
    ["担当 Maria Lopez (EMP-204118) from Lisbon", "担当 [PERSON] ([PERSONAL_ID]) from Lisbon"],
    ["井上 陽子 ORD-2026118 の注文", "[PERSON] ORD-2026118 の注文"],
    ["在庫 HR-0073318 の棚", "在庫 HR-0073318 の棚"],
  ],
});
