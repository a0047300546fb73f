import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Latin-script names the thirty-seventh set leaked (issue 13, round 37r): a long given name joined by "and" before a
 * found name (its "and" further back than the lists' short window reached), and a given name alone after "staff" where
 * the lists hold it or a letter only Vietnamese spells with marks it; and each half of a hyphened double family name
 * where it recurs alone; and what a found person goes by, quoted in brackets after the name. Each class with the look-alikes it must keep.
 */
describeMaskingClasses("Latin names of round 37r", {
  "a long given name of the lists joined by and before a found name is masked; a thing's word before and keeps": [
    ["  - Late shift: Priyamvada and Higa-san (helping out). Manager on duty Lars Bergqvist.", "  - Late shift: [PERSON] and [PERSON]-san (helping out). Manager on duty [PERSON]."],
    ["| 3 | Priyamvada and Tanaka-san | night |", "| 3 | [PERSON] and [PERSON]-san | night |"],
    ["[09:12] 受付: 本日は Bartholomew and Nakasone-san が担当です。", "[09:12] 受付: 本日は [PERSON] and [PERSON]-san が担当です。"],
    ["Bring the Handbook and Nakasone-san's keys.", "Bring the Handbook and [PERSON]-san's keys."],
    ["Kindergarten and Tanaka-san's class", "Kindergarten and [PERSON]-san's class"],
  ],
  "a given name alone after staff is masked where the lists hold it or a Vietnamese letter marks it; staff before a thing keeps": [
    ["Vietnamese staff Thảo will reply tomorrow.", "Vietnamese staff [PERSON] will reply tomorrow."],
    ['{"answer": "[18:02] スタッフ: 担当の staff Nguyệt が折り返します。"}', '{"answer": "[18:02] スタッフ: 担当の staff [PERSON] が折り返します。"}'],
    ["| 12 | staff Maria | front desk |", "| 12 | staff [PERSON] | front desk |"],
    ["The staff Canteen opens at 11; all staff Christmas party on Friday.", "The staff Canteen opens at 11; all staff Christmas party on Friday."],
    ["staff Portal down, staff Lounge closed, staff Wi-Fi slow, staff Réception moved.", "staff Portal down, staff Lounge closed, staff Wi-Fi slow, staff Réception moved."],
    ["Staff Meeting at 10 in Staff Room 2, staff Kyoto office.", "Staff Meeting at 10 in Staff Room 2, staff Kyoto office."],
  ],
  "each half of a found name's hyphened double family name is masked where it recurs; a firm's name with its legal form keeps": [
    ["Groom: Daniel Okabe-Lindqvist. The Okabe family asked for a quiet table; Lindqvist relatives arrive Friday.", "Groom: [PERSON]. The [PERSON] family asked for a quiet table; [PERSON] relatives arrive Friday."],
    ["| Okabe-Lindqvist, Daniel | works at Okabe Trading Co. |", "| [PERSON] | works at Okabe Trading Co. |"],
    ['Owner: Daniel Okabe-Lindqvist. Guest Wi-Fi "Lindqvist-5G", the Okabe family\'s.', 'Owner: [PERSON]. Guest Wi-Fi "Lindqvist-5G", the [PERSON] family\'s.'],
    ["Fiancée: Marta Brook-Kowalczyk (Polish papers). Her uncle runs Kowalczyk Logistik GmbH; Brook Street flat.", "Fiancée: [PERSON] (Polish papers). Her uncle runs Kowalczyk Logistik GmbH; Brook Street flat."],
  ],
  "what a found person goes by, quoted in brackets after the name, alone or before a note, is masked; a word, a thing or a place quoted keeps": [
    ['Lead coach: Siobhán Ní Dhomhnaill ("Shiv" on the rota).', 'Lead coach: [PERSON] ("[PERSON]" on the rota).'],
    ["row,Siobhán Kelly (\"Aoife\" on badges),confirmed", "row,[PERSON] (\"[PERSON]\" on badges),confirmed"],
    ["Chair: Anna Berg (\"Chair\"). Desk: Lars Holm (\"Tokyo\" office). Lars Holm (\"Sales\") signed.", "Chair: [PERSON] (\"Chair\"). Desk: [PERSON] (\"Tokyo\" office). [PERSON] (\"Sales\") signed."],
  ],
});
