import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Latin-script names the fortieth set leaked (issue 13, round 40r): a romaji full name whose given name is one of the
 * commonest boys' names the dictionary reads as a surname only (Yuto, Kaito), and a given name alone right before a
 * mobile number, a Korean name in Hangul with a space between its family and given names, and a Korean family name
 * before a listed given name written joined. Each class with the look-alikes it must keep.
 */
describeMaskingClasses("Latin names of round 40r", {
  "a romaji full name led by Yuto or Kaito is masked, in prose, a CSV row and a table; a firm named after a surname keeps": [
    ["Head instructor Yuto Morishige locks up on Fridays.", "Head instructor [PERSON] locks up on Fridays."],
    ["2026-03-04,Kaito Hirasawa,belay check passed", "2026-03-04,[PERSON],belay check passed"],
    ["| 受付 | Kaito Nagamine | 午前のみ |", "| 受付 | [PERSON] | 午前のみ |"],
    ["Boards from Nagamine Surf Supply, wax from Hirasawa Trading.", "Boards from Nagamine Surf Supply, wax from Hirasawa Trading."],
  ],
  "a given name alone before a mobile number is masked, in a list, a table cell and a chat line; a place, a number's label, a word or a landline keeps": [
    ["- Staff phones: Chihiro 080-5512-0934, Ravi 090-4470-2861.", "- Staff phones: [PERSON] [PHONE], [PERSON] [PHONE]."],
    ["| 夜間 | Natsuki：070-3321-8804 |", "| 夜間 | [PERSON]：[PHONE] |"],
    ['{"text": "[21:04] desk: call Kenta 090-2218-7740 if the gate is locked"}', '{"text": "[21:04] desk: call [PERSON] [PHONE] if the gate is locked"}'],
    ["Osaka 090-1846-2230 / Tel 080-7713-5520 / Order 090-6631-4428", "Osaka [PHONE] / Tel [PHONE] / Order [PHONE]"],
    ["Hikari 0120-555-210 (fibre support)", "Hikari [PHONE] (fibre support)"],
  ],
  "a Hangul family name and a two-syllable given name written apart are masked, in a table cell and Japanese prose; Korean words keep": [
    ["<td>F-07</td><td>최 지우 +82 10 2231 7740</td>", "<td>F-07</td><td>[PERSON] [PHONE]</td>"],
    ["緊急連絡先は 한 서윤（姉）です。", "緊急連絡先は [PERSON]（姉）です。"],
    ["メモ：이 정도 / 이 주소 / 서울 시청 / 이 제품은 좋습니다.", "メモ：이 정도 / 이 주소 / 서울 시청 / 이 제품은 좋습니다."],
  ],
  "a Korean family name before a listed Korean given name written joined is masked, in a manifest's cell and prose; a street, a firm or a word keeps": [
    ["<td>최 지우（Choi Jiwoo）</td>", "<td>[PERSON]（[PERSON]）</td>"],
    ["Passenger Lee Hyunwoo asked for an aisle seat.", "Passenger [PERSON] asked for an aisle seat."],
    ["Meet at Park Street by Kim Trading; Song Lyrics night at Moon Garden.", "Meet at Park Street by Kim Trading; Song Lyrics night at Moon Garden."],
  ],
});
