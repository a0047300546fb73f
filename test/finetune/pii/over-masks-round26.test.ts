import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Over-masks of round 26 (issue 13), each a class: a desk's or a dish's loanwords before です, a sign's words after a
 * time, a Japanese title after a job's word, a document's word after a job's, and a person's column holding phone
 * numbers; each with the people the same cues still name.
 */
describeMaskingClasses("katakana loanwords before です", {
  "are a desk's or a dish's name, no person": [
    ["お電話ありがとうございます。サポート デスクです", "お電話ありがとうございます。サポート デスクです"],
    ["本日のおすすめ。ホット ケーキです", "本日のおすすめ。ホット ケーキです"],
    ["こちらはランチ セットです。", "こちらはランチ セットです。"],
    ["受付はフロント カウンターです", "受付はフロント カウンターです"],
    ["ご注文はアイス コーヒーです。", "ご注文はアイス コーヒーです。"],
  ],
  "while a katakana name before the same cue is masked": [
    ["お電話ありがとうございます。ヤマダ ハナコです", "お電話ありがとうございます。[PERSON]です"],
    ["本日の担当。グエン・ヴァン・ミンです。", "本日の担当。[PERSON]です。"],
    ["佐藤 ケンタです", "[PERSON]です"],
    ["タナカ ケンタです。", "[PERSON]です。"],
  ],
});

describeMaskingClasses("a sign's words after a time", {
  "are no speaker": [
    ["11:30 Staff Only: door B", "11:30 Staff Only: door B"],
    ["[09:00] Employees Only: use the side gate", "[09:00] Employees Only: use the side gate"],
    ["18:45 Keep Out: wet paint", "18:45 Keep Out: wet paint"],
  ],
  "while a person after the same time is masked": [
    ["11:30 Sarah: door B is open", "11:30 [PERSON]: door B is open"],
    ["[09:00] Grace: on my way", "[09:00] [PERSON]: on my way"],
    ["18:45 Tomasz Wiśniewski: done", "18:45 [PERSON]: done"],
  ],
});

describeMaskingClasses("a Japanese title after a job's word", {
  "is no given name": [
    ["My teacher Sensei is kind.", "My teacher Sensei is kind."],
    ["Our coach Senpai showed us the drill.", "Our coach Senpai showed us the drill."],
    ["The tutor Sensei will mark it tomorrow.", "The tutor Sensei will mark it tomorrow."],
  ],
  "while a given name after the same words is masked": [
    ["My teacher Florentina is kind.", "My teacher [PERSON] is kind."],
    ["Our coach Wiremu showed us the drill.", "Our coach [PERSON] showed us the drill."],
  ],
});

describeMaskingClasses("a document's word after a job's word", {
  "is a title's, no given name": [
    ["Bus Routes & Rider Roster", "Bus Routes & Rider Roster"],
    ["See the Volunteer Roster for Saturday.", "See the Volunteer Roster for Saturday."],
    ["The Driver Logbook is in the cab.", "The Driver Logbook is in the cab."],
    ["Update the Tutor Directory by Friday.", "Update the Tutor Directory by Friday."],
  ],
  "while a given name after a job's word is masked": [
    ["Rider Mirela boards at stop 4.", "Rider [PERSON] boards at stop 4."],
    ["Ask the organist Florentina first.", "Ask the organist [PERSON] first."],
  ],
});

describeMaskingClasses("phone numbers in a person's column", {
  "are phones": [
    [
      "| Rider | Contact |\n|---|---|\n| Mateo | +34 622 418 903 (roaming) / 080-4418-2930 |",
      "| Rider | Contact |\n|---|---|\n| [PERSON] | [PHONE] (roaming) / [PHONE] |",
    ],
    [
      "| Stop | Contact | Notes |\n|---|---|---|\n| C1 | +44 7700 900123 (mobile) | gate |",
      "| Stop | Contact | Notes |\n|---|---|---|\n| C1 | [PHONE] (mobile) | gate |",
    ],
  ],
  "while a name in the same column is masked": [
    ["| Stop | Contact | Notes |\n|---|---|---|\n| C1 | Ms. Grace Liu | gate |", "| Stop | Contact | Notes |\n|---|---|---|\n| C1 | Ms. [PERSON] | gate |"],
    ["| 番号 | 氏名 |\n|---|---|\n| 12 | 荒木 直樹 |", "| 番号 | 氏名 |\n|---|---|\n| 12 | [PERSON] |"],
  ],
});
