import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Latin-script names the thirty-first set leaked, and the thirtieth's leftovers (issue 13, round 31r), each class in
 * other layouts, with the look-alikes it must leave alone (expected === input). Values are made up here.
 */
describeMaskingClasses("Latin names of round 31r", {
  "a family name found with its possessive recurs alone": [
    [
      "A caller said he was Dr. Klaus Wendtland's driver. Wendtland confirms he has none.",
      "A caller said he was Dr. [PERSON] driver. [PERSON] confirms he has none.",
    ],
    ["Ms. Ingrid Halvorsen's flight lands at six; Halvorsen asked for a taxi.", "Ms. [PERSON] flight lands at six; [PERSON] asked for a taxi."],
    ["Dr. Otto Weber's clinic is closed. The clinic's sign says Weber Street.", "Dr. [PERSON] clinic is closed. The clinic's sign says Weber Street."],
  ],
  "a family named by its surname (the X family, household, twins)": [
    ["Refund issued for the Schneider family (flight cancelled).", "Refund issued for the [PERSON] family (flight cancelled)."],
    ["The Tanaka twins start on Monday.", "The [PERSON] twins start on Monday."],
    ["Call the Kowalski household before noon; Kowalski asked for it.", "Call the [PERSON] household before noon; [PERSON] asked for it."],
    ["The Royal family visited the museum.", "The Royal family visited the museum."],
    ["the Toyota family of engines and the Xeon family of chips", "the Toyota family of engines and the Xeon family of chips"],
    ["the Tokyo family plan costs less", "the Tokyo family plan costs less"],
  ],
  "two listed given names joined by and, before what they did": [
    ["Review form: Anjali and Tiago both left 4 stars.", "Review form: [PERSON] and [PERSON] both left 4 stars."],
    ["- Olga & Ravi have joined the night shift.", "- [PERSON] & [PERSON] have joined the night shift."],
    ["Status: Jira and Slack both broke overnight.", "Status: Jira and Slack both broke overnight."],
    ["Note: Docker and Python have moved to the new server.", "Note: Docker and Python have moved to the new server."],
  ],
  "a third name-shaped word after a found two-word name, ending its field": [
    ["Carlos Pereira Nogueira (Lisbon, buyer) left his bag.", "[PERSON] (Lisbon, buyer) left his bag."],
    ["| Maria Lopez Abanilla | stage manager |", "| [PERSON] | stage manager |"],
    ["Talked with Maria Lopez Tuesday, then left.", "Talked with [PERSON] Tuesday, then left."],
    ["Booked by Maria Lopez Tokyo (office).", "Booked by [PERSON] Tokyo (office)."],
  ],
  "the writer's name under a closing in another language, or a close one's": [
    ["Beijos,\nDudu", "Beijos,\n[PERSON]"],
    ["Un abrazo\nLucía Ferrer", "Un abrazo\n[PERSON]"],
    ["Liebe Grüße,\nJonas", "Liebe Grüße,\n[PERSON]"],
    ["Saludos,\nEquipo Ventas", "Saludos,\nEquipo Ventas"],
    ["Love,\nMom", "Love,\nMom"],
    ["Grüße\nFamilie Weber", "Grüße\nFamilie Weber"],
  ],
  "a Vietnamese name led by a family name the lists lacked, marks or none": [
    ["vice leader Lưu Minh Khoa (khoa@example.vn)", "vice leader [PERSON] ([EMAIL])"],
    ["Contact: Quach Thi Hoa, ext. 12", "Contact: [PERSON], ext. 12"],
    ["driver Phùng Văn Lộc arrives at 9", "driver [PERSON] arrives at 9"],
    ["We ate Thai Green Curry on Phùng Hưng Street.", "We ate Thai Green Curry on Phùng Hưng Street."],
  ],
  "a Korean or Chinese name in capitals beside its own writing": [
    ["<td>CHOI JIHO<br>최지호</td>", "<td>[PERSON]<br>[PERSON]</td>"],
    ["| LEE SOYEON / 이소연 | 2年 |", "| [PERSON] / [PERSON] | 2年 |"],
    ["ZHANG WEI（张 伟）", "[PERSON]（[PERSON]）"],
    ["<tr><td>PARK HOTEL</td><td>東京</td></tr>", "<tr><td>PARK HOTEL</td><td>東京</td></tr>"],
    ["LEE GARDEN / 利園", "LEE GARDEN / 利園"],
  ],
  "two family names in capitals, a comma and the given names": [
    ["正式表記 OLIVEIRA MATSUDA, Ana Paula（ブラジル）", "正式表記 [PERSON]（ブラジル）"],
    ["Passenger: GARCIA LOPEZ, Ana Isabel", "Passenger: [PERSON]"],
    ["HOTEL OKURA, Tokyo", "HOTEL OKURA, Tokyo"],
    ["TOKYO OFFICE, Main Desk", "TOKYO OFFICE, Main Desk"],
  ],
  "a Latin name quoted as what a Japanese text addresses": [
    ["社長から「Batbayar へ」と書かれた封筒。", "社長から「[PERSON] へ」と書かれた封筒。"],
    ["カードに『Maria Santos さんへ』とありました。", "カードに『[PERSON] さんへ』とありました。"],
    ["「Tokyo へ」行くバス", "「Tokyo へ」行くバス"],
    ["「Home へ」ボタンを押す", "「Home へ」ボタンを押す"],
  ],
  "a Latin name after a carer's or a tutor's role and a colon": [
    ["シッター: Grace Villanueva（火・木）", "シッター: [PERSON]（火・木）"],
    ["ヘルパー：Anita Rai が訪問", "ヘルパー：[PERSON] が訪問"],
    ["ベビーシッター: Joy Santos", "ベビーシッター: [PERSON]"],
    ["シッター Service Guide を参照", "シッター Service Guide を参照"],
  ],
});
