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
    ["シリアル番号 SN-4C2B-19D7-A0E3 の本体を交換", "シリアル番号 SN-4C2B-19D7-A0E3 の本体を交換"],
    ["Serial number: 7K2P-44QX-Z9M1-B3T8 (on the unit's label)", "Serial number: 7K2P-44QX-Z9M1-B3T8 (on the unit's label)"],
    ["Router serial no. RT5-8K2D-3MX9-Q7P1 replaced.", "Router serial no. RT5-8K2D-3MX9-Q7P1 replaced."],
  ],
  "a licensed machine's id in the same groups after its name in the sentence": [
    ["we need the old machine ID (shown as HW-9C1E-44A7-B0D2 in the portal)", "we need the old machine ID (shown as [PERSONAL_ID] in the portal)"],
    ["Hardware ID: 4F2A-77C1-E9D0-0B3C", "Hardware ID: [PERSONAL_ID]"],
    ["The machine room. Rack AB12-CD34-EF56-GH78 is full.", "The machine room. Rack AB12-CD34-EF56-GH78 is full."],
  ],
  "a registered agent's or professional's number (登録番号 after a person's word), not a business's": [
    ["担当募集人：高山（募集人登録番号 3310-220417）", "担当募集人：[PERSON]（募集人登録番号 [PERSONAL_ID]）"],
    ["税理士登録番号 123456 を記載", "税理士登録番号 [PERSONAL_ID] を記載"],
    ["適格請求書発行事業者登録番号：T1234567890123", "適格請求書発行事業者登録番号：T1234567890123"],
  ],
  "a member's or student's card with its number straight after it": [
    ["会員証 0091-2284-5510 を提示", "会員証 [PERSONAL_ID] を提示"],
    ["学生証：20481177", "学生証：[PERSONAL_ID]"],
    ["会員証 2 枚を再発行", "会員証 2 枚を再発行"],
    ["会員証 2026年度版のデザイン", "会員証 2026年度版のデザイン"],
  ],
  "a clinic's patient card and No. after a space": [
    ["診察券 No.00418823 の忘れ物", "診察券 No.[PERSONAL_ID] の忘れ物"],
    ["診察券 NO. 552019", "診察券 NO. [PERSONAL_ID]"],
  ],
  "a bank's branch and account numbers written short": [
    ["メモ：店番 045 口座 1234567", "メモ：店番 [PERSONAL_ID] 口座 [PERSONAL_ID]"],
    ["支店番号：310、口座番号：7654321", "支店番号：[PERSONAL_ID]、口座番号：[PERSONAL_ID]"],
    ["店番 12 のレジ", "店番 12 のレジ"],
  ],
  "a residence card's number after a bare 番号 a sentence after the card": [
    ["在留カードだけ持っています。番号 AB12345678CD です。", "在留カードだけ持っています。番号 [PERSONAL_ID] です。"],
    ["在留カードを確認、その番号は XY87654321ZW", "在留カードを確認、その番号は [PERSONAL_ID]"],
    ["在留カードで確認済み。注文番号 AB12345678CD", "在留カードで確認済み。注文番号 AB12345678CD"],
  ],
  "a dial safe's combination read as alternating turns": [
    ["金庫は「右15 左80 右3」で開きます", "金庫は「[SECRET]」で開きます"],
    ["combination R12-L40-R7, then pull", "combination [SECRET], then pull"],
    ["右2 右3 左1 の順に曲がる", "右2 右3 左1 の順に曲がる"],
    ["右3回 左2回 右1回 まわす運動", "右3回 左2回 右1回 まわす運動"],
  ],
  "a hosting customer's account number in lower case after account": [
    ["Abuse ticket for account cust-0081234, plan S", "Abuse ticket for account [PERSONAL_ID], plan S"],
    ["suspend account usr-55123 today", "suspend account [PERSONAL_ID] today"],
    ["the account is-active flag was set", "the account is-active flag was set"],
  ],
});
