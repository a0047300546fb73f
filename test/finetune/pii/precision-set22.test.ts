import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Look-alikes the twenty-second set lost and over-masks found on main (issue 13): each rule with forms of its class other
 * than the set's, in other layouts, and the personal values it must still mask.
 */
describeMaskingClasses("precision classes of the twenty-second set", {
  "a company's own vehicle's plate after a fleet's word is the firm's; a customer's plate stays masked": [
    ["社用車 練馬 300 あ 12-34 は月曜に車検", "社用車 練馬 300 あ 12-34 は月曜に車検"],
    ["日付,作業,備考\n12/3,回収,営業車：横浜 500 さ 77-01 で訪問", "日付,作業,備考\n12/3,回収,営業車：横浜 500 さ 77-01 で訪問"],
    ["<td>運搬車（札幌 100 は 5521）</td>", "<td>運搬車（札幌 100 は 5521）</td>"],
    ["[09:12] 配車係: 車両 多摩 400 せ 30-08 のタイヤ交換済み", "[09:12] 配車係: 車両 多摩 400 せ 30-08 のタイヤ交換済み"],
    ["山本様、お預かりした車両（品川 300 ね 41-07）は洗車済みです", "[PERSON]様、お預かりした車両（[PERSONAL_ID]）は洗車済みです"],
    ["[10:02] 会員: 車両 名古屋 500 た 88-12 の鍵が開きません", "[10:02] 会員: 車両 [PERSONAL_ID] の鍵が開きません"],
    ["ナンバーは 品川 300 ね 41-07 です", "ナンバーは [PERSONAL_ID] です"],
  ],
});
