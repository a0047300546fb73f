import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Latin-script name classes the twenty-third held-out set showed leaking (issue 13, round 24), each with the look-alikes
 * beside it that must stay. Values are made up here.
 */
const classes: Record<string, MaskingCase[]> = {
  "a family name, a comma and the given name in a field, a middle initial closing it": [
    ["| F-07 | RPT-0051200 | Delgado, Marisol T. | E201144 |", "| F-07 | RPT-0051200 | [PERSON] | E201144 |"],
    ["| 2 | Hoffmann, Petra K. | Berlin |", "| 2 | [PERSON] | Berlin |"],
    ["| Smith, John A. | approved |", "| [PERSON] | approved |"],
    ["| Version, 2.1 | x |", "| Version, 2.1 | x |"],
    ["| Mitsubishi, Corp. | vendor |", "| Mitsubishi, Corp. | vendor |"],
  ],
  "a Japanese family name, a comma and the given name in romaji in a field": [
    ["| F-09 | Watanabe, Yuki R. | 営業部 |", "| F-09 | [PERSON] | 営業部 |"],
    ["| 4 | Nakagawa, Shota | 2026-04-01 |", "| 4 | [PERSON] | 2026-04-01 |"],
    ["担当者：Ishikawa, Haruka（経理）", "担当者：[PERSON]（経理）"],
    ["窓口: 総務課長 Morimoto, Daisuke（英字の名刺）", "窓口: 総務課長 [PERSON]（英字の名刺）"],
    ["| Tokyo, Japan | office |", "| Tokyo, Japan | office |"],
    ["| Sapporo, Hokkaido | office |", "| Sapporo, Hokkaido | office |"],
    ["| Kyoto, Gion | x |", "| Kyoto, Gion | x |"],
    ["| Honda, Civic | car |", "| Honda, Civic | car |"],
  ],
  "an initial and a family name after a hand-over's word or before a note on the person": [
    ["Handover to: P. Lindqvist (late shift)", "Handover to: [PERSON] (late shift)"],
    ["new token issued by D. Okonjo (IT, ext. 5-2210)", "new token issued by [PERSON] (IT, [PHONE])"],
    ["cc: T. Nakamura", "cc: [PERSON]"],
    ["Approved by M. Okafor.", "Approved by [PERSON]."],
    ["a J. Crew sweater", "a J. Crew sweater"],
    ["J. Crew (outlet)", "J. Crew (outlet)"],
    ["S. Pellegrino water, 500ml", "S. Pellegrino water, 500ml"],
    ["U.S. Steel and A. Lange & Söhne", "U.S. Steel and A. Lange & Söhne"],
    ["sent to: K. Tokyo", "sent to: K. Tokyo"],
  ],
  "a Spanish courtesy title before a name of up to four words (masked with it), an English one before three": [
    ["Walk-up: Sr. Ignacio Robles Cárdenas lost his passport", "Walk-up: [PERSON] lost his passport"],
    ["Sra. Lucía Ramos Ortega called", "[PERSON] called"],
    ["Sr. Gómez llamó", "[PERSON] llamó"],
    ["Mr. Ignacio Robles Cárdenas too", "Mr. [PERSON] too"],
    ["Sr. Manager of Ops", "Sr. Manager of Ops"],
    ["Sr. Software Engineer, Sr. Data Scientist", "Sr. Software Engineer, Sr. Data Scientist"],
  ],
  "a name spelt letter by letter after a word for spelling": [
    ['She spelt her name "A-D-E-B-A-Y-O" for us', 'She spelt her name "[PERSON]" for us'],
    ['she spelt her\n      name "N-W-A-C-H-U-K-W-U" twice', 'she spelt her\n      name "[PERSON]" twice'],
    ["He spelled it K.O.W.A.L.S.K.I. for me", "He spelled it [PERSON] for me"],
    ["スペルは M-U-E-L-L-E-R です", "スペルは [PERSON] です"],
    ["Please spell the code Q-R-T-X and A-4-B-7 slowly", "Please spell the code Q-R-T-X and A-4-B-7 slowly"],
    ["Gate sequence A-B-A-B-A", "Gate sequence A-B-A-B-A"],
  ],
  "a name after the word for which part of a name it is, a maiden name in capitals too": [
    ['her name, first name Chidinma". New mobile', 'her name, first name [PERSON]". New mobile'],
    ["妻 山田 花子（旧姓 REYES、フィリピン国籍）", "妻 [PERSON]（旧姓 [PERSON]、フィリピン国籍）"],
    ["Anna Kim, née Brandt", "[PERSON], née [PERSON]"],
    ["surname: Okafor; given name: Chiamaka", "surname: [PERSON]; given name: [PERSON]"],
    ["first name field is required; surname required; last name First", "first name field is required; surname required; last name First"],
    ["旧姓 使用 の届出", "旧姓 使用 の届出"],
  ],
  "a given name that is also a word after a tutor's capitalised title": [
    ["講師は Teacher Precious（ダバオ拠点）です。", "講師は Teacher [PERSON]（ダバオ拠点）です。"],
    ["We set Teacher Honey as a favourite.", "We set Teacher [PERSON] as a favourite."],
    ["Thanks, Coach Grace! and Tutor Charity, please", "Thanks, Coach [PERSON]! and Tutor [PERSON], please"],
    ["Teacher Training starts Monday; Teacher Premium plan; Coach Pro", "Teacher Training starts Monday; Teacher Premium plan; Coach Pro"],
    ["Teacher Appreciation Week", "Teacher Appreciation Week"],
    ["the teacher joy of learning; Coach Joy Ride tour", "the teacher joy of learning; Coach Joy Ride tour"],
  ],
  "a full name signing a message after a dash at its end": [
    ["my bank is now BPI account 0088. — Jericho Villanueva", "my bank is now BPI account 0088. — [PERSON]"],
    ["Thanks for the update -- Ikechukwu Mensah", "Thanks for the update -- [PERSON]"],
    ["— Customer Support", "— Customer Support"],
    ["— Sakura Travel Team", "— Sakura Travel Team"],
    ["See you in May — Tokyo Office", "See you in May — Tokyo Office"],
  ],
  "a given name alone between a request's verb and what is asked": [
    ['転送: "Please ask Shunsuke to send his timesheet."', '転送: "Please ask [PERSON] to send his timesheet."'],
    ["let Kenta know; remind Mirela to sign", "let [PERSON] know; remind [PERSON] to sign"],
    ["ask Support to check; tell Osaka to ship", "ask Support to check; tell Osaka to ship"],
    ["ask Google to index; tell Chrome to stop", "ask Google to index; tell Chrome to stop"],
  ],
  "Mr. and the family name again after the field named the person": [
    [
      "| 3 | Watanabe, Yuki | J-30112 |\n\nWe asked Mr. Watanabe for the receipt.",
      "| 3 | [PERSON] | J-30112 |\n\nWe asked Mr. [PERSON] for the receipt.",
    ],
  ],
};

describeMaskingClasses("Latin-script names, round 24 (the twenty-third set's classes)", classes);
