import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID, key and secret rules by class that the twenty-first set's misses called for (issue 13), each with other values
 * than the set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("id, key and secret classes of the twenty-first set", {
  "a licence key or serial in hyphened groups of three to six, after a licence's cue in its sentence": [
    ["The activation code on his old PC was K7QD-29MX-PL4W-8TRE.", "The activation code on his old PC was [API_KEY]."],
    ["Your new serial for the 2027 edition\nis XB27-ENT-4K9Q-M2PZ-77WD-H3JA.", "Your new serial for the 2027 edition\nis [API_KEY]."],
    ["シリアル MQ31-STD-9ZK2-4HXP-B7RW です。", "シリアル [API_KEY] です。"],
    ["License: 3FJ9-KQ2M-77XP-W4ZA (2 seats)", "License: [API_KEY] (2 seats)"],
    ["Part AB12-CD34-EF56-GH78 shipped with the order.", "Part AB12-CD34-EF56-GH78 shipped with the order."],
    ["License renewed. Part AB12-CD34-EF56-GH78 shipped.", "License renewed. Part AB12-CD34-EF56-GH78 shipped."],
    ["シリアル番号 SN-2026-1104-0031 の本体", "シリアル番号 SN-2026-1104-0031 の本体"],
  ],
  "a licensed machine's id in the same groups after its name in the sentence": [
    ["we need the old machine ID (shown as HW-9C1E-44A7-B0D2 in the portal)", "we need the old machine ID (shown as [PERSONAL_ID] in the portal)"],
    ["Hardware ID: 4F2A-77C1-E9D0-0B3C", "Hardware ID: [PERSONAL_ID]"],
    ["The machine room. Rack AB12-CD34-EF56-GH78 is full.", "The machine room. Rack AB12-CD34-EF56-GH78 is full."],
  ],
  "a hosting customer's account number in lower case after account": [
    ["Abuse ticket for account cust-0081234, plan S", "Abuse ticket for account [PERSONAL_ID], plan S"],
    ["suspend account usr-55123 today", "suspend account [PERSONAL_ID] today"],
    ["the account is-active flag was set", "the account is-active flag was set"],
  ],
});
