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
  "a public hall's name, its venue word before a ・ and a surname's reading, is no person's; a foreign name stays masked": [
    ["会場,日時\n大田区民ホール・アプリコ,12/3", "会場,日時\n大田区民ホール・アプリコ,12/3"],
    ["[18:20] 運営: 市民ホール・ミューザ の楽屋口", "[18:20] 運営: 市民ホール・ミューザ の楽屋口"],
    ["<td>県民ホール・ソレイユ 大ホール</td>", "<td>県民ホール・ソレイユ 大ホール</td>"],
    ["クルス・アナです", "[PERSON]です"],
  ],
  "a place before の and a venue's word (会場, 劇場, 球場) is the place; a surname with a person's cue stays masked": [
    ["会場,日時\n蒲田の会場,12/3", "会場,日時\n蒲田の会場,12/3"],
    ["[18:20] 運営: 大森 の劇場で集合", "[18:20] 運営: 大森 の劇場で集合"],
    ["<td>岩田の球場</td>", "<td>岩田の球場</td>"],
    ["担当は蒲田です", "担当は[PERSON]です"],
  ],
  "a verb before a found given name is no given name of it (Reset Anil's account); a full name stays whole": [
    ["日付,担当,備考\n12/3,受付,Reset Anil's account", "日付,担当,備考\n12/3,受付,Reset [PERSON]'s account"],
    ["[10:02] ops: Reset Anil's account", "[10:02] ops: Reset [PERSON]'s account"],
    ["<td>Reactivate Sanjay's badge</td>", "<td>Reactivate [PERSON]'s badge</td>"],
    ["Reset Anil Kapoor's account", "Reset [PERSON]'s account"],
  ],
  "a firm's word after the words a greeting or a closing takes makes them the firm's name; a person's name stays masked": [
    ["Thanks, Lindqvist Design Studio", "Thanks, Lindqvist Design Studio"],
    ["[09:12] hr: Hi Haldane Creative Studio team", "[09:12] hr: Hi Haldane Creative Studio team"],
    ["<td>Regards, Ferreira Nova Clinic</td>", "<td>Regards, Ferreira Nova Clinic</td>"],
    ["<td>Regards, Sarah Lindqvist</td>", "<td>Regards, [PERSON]</td>"],
  ],
  "a year opening a date after an ID's label is the date's; a member's number stays masked": [
    ["番号,発行\n会員番号 2026年4月,済", "番号,発行\n会員番号 2026年4月,済"],
    ["[12:01] 受付: 会員番号は2025年度に切り替え", "[12:01] 受付: 会員番号は2025年度に切り替え"],
    ["<td>会員番号 2026年 4月発行</td>", "<td>会員番号 2026年 4月発行</td>"],
    ["会員番号 20264412", "会員番号 [PERSONAL_ID]"],
  ],
  "a sentence's full stop after a password's alternative is no part of it, and a plain word is no alternative": [
    ["[10:11] it: the password is hunter2 or similar.", "[10:11] it: the password is [SECRET] or similar."],
    ["the passcode is Kx7-pq22 or something like it.", "the passcode is [SECRET] or something like it."],
    ["[10:11] it: PIN 4821 or 4812.", "[10:11] it: PIN [SECRET] or [SECRET]."],
    ["password hunter2 or hunter3.", "password [SECRET] or [SECRET]."],
  ],
});
