import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Latin-script and Cyrillic names the thirty-fourth to thirty-ninth sets leaked (issue 13, round 39r): a staff member's
 * name after the in-house channel's word in a chat log, Cyrillic full names and a Cyrillic name addressed in Japanese, a
 * register's family name, comma and given names with a middle initial or after two family names, a name in capitals
 * after an English name's label with a comma, a widow's particle after a found name, a name after a partner's word, a
 * note's writer with their desk, a customer introducing themself by a given name, a given name after a department's
 * initials, a family name joined by a plus, a name given as or signed as, a companion's given name, a given name before
 * what the person does in more clauses, a guest's plus-one in its column, an unlisted given name before a listed family
 * name joined by and to a found full name, a first family name in capitals before a capitals family and given name, a
 * given name signing a bracketed note after 、, a given name alone after with closing its clause, and a firm ending in
 * a service's word kept. Each class with the look-alikes it
 * must keep.
 */
describeMaskingClasses("Latin names of round 39r", {
  "a staff member's name after the in-house channel's word as a chat turn's speaker is masked; a desk's or an English word keeps": [
    ["[2026-10-02 08:25] 社内 Wataru: 鍵の再発行を確認", "[2026-10-02 08:25] 社内 [PERSON]: 鍵の再発行を確認"],
    ['{"answer": "[14:07] 社内 Efua Aydin: 返金済み"}', '{"answer": "[14:07] 社内 [PERSON]: 返金済み"}'],
    ["[11:45] 社内 Only: 共有事項 / [11:46] 社内 Desk: 了解", "[11:45] 社内 Only: 共有事項 / [11:46] 社内 Desk: 了解"],
  ],
  "a Cyrillic full name with a family name's or a patronymic's ending is masked, and a Cyrillic name before a Japanese honorific; a place or a firm keeps": [
    ["見積もり希望です。Анна Петрова、090-1111-2222", "見積もり希望です。[PERSON]、[PHONE]"],
    ["<tr><td>DR1001</td><td>Дмитрий Соколов</td></tr>", "<tr><td>DR1001</td><td>[PERSON]</td></tr>"],
    ["row,Кузьмин Дмитрий Игоревич,guide", "row,[PERSON],guide"],
    ["Анна様 ５,０００円でご案内。Mr. Волков called.", "[PERSON]様 ５,０００円でご案内。Mr. [PERSON] called."],
    ["Tour: Нижний Новгород, Красная Площадь, Лукойл Москва office.", "Tour: Нижний Новгород, Красная Площадь, Лукойл Москва office."],
  ],
  "a family name, a comma and given names ending a register's field, with a middle initial or two family names before, is masked; a place and its country keep": [
    ["| 7 | Arrieta, Quirino B. アリエタ キリノ | 1990-01-02 |", "| 7 | [PERSON] アリエタ キリノ | 1990-01-02 |"],
    ["・2号棟 ガルシア さん一家（ペルー、Sandoval Figueroa, Quirino）入居", "・2号棟 [PERSON] さん一家（ペルー、[PERSON]）入居"],
    ['row,"Arrieta, Quirino B.",trainee', 'row,"[PERSON]",trainee'],
    ["| Tokyo, Japan | Sales Team, Main Office | Support, Desk A. |", "| Tokyo, Japan | Sales Team, Main Office | Support, Desk A. |"],
    ["We went to Lyon, France (twice).", "We went to Lyon, France (twice)."],
  ],
  "a name in capitals, family name first with a comma, after an English name's label is masked; a place or a team in capitals keeps": [
    ["      Name per boarding pass: CHAN, TAI WING — cabin 8123.", "      Name per boarding pass: [PERSON] — cabin 8123."],
    ["| Name: LEUNG, KA YAN MICHELLE | deck 9 |", "| Name: [PERSON] | deck 9 |"],
    ["Name: TOKYO, JAPAN; Name per list: SALES, TEAM MAIN", "Name: TOKYO, JAPAN; Name per list: SALES, TEAM MAIN"],
  ],
  "a widow's particle and family name after a found name is masked with it; an airport named after a person keeps": [
    ["Crew relief: Estela Salas Vda. de Medina (PH), joins in Kobe.", "Crew relief: [PERSON] [PERSON] (PH), joins in Kobe."],
    ["Guest: Estela Salas viuda de Medina, room 4", "Guest: [PERSON] [PERSON], room 4"],
    ["Flight via Charles de Gaulle Airport.", "Flight via Charles de Gaulle Airport."],
  ],
  "a name after his, her or my partner's word is masked; a firm's partner keeps": [
    ["      her partner Ingeborg insists on the aisle seat.", "      her partner [PERSON] insists on the aisle seat."],
    ['{"question": "my partner, Ingeborg, will sign"}', '{"question": "my partner, [PERSON], will sign"}'],
    ["our partner Foxbright ships it; Kawase Kimono (partner) and Sony's partner Foxbright too.", "our partner Foxbright ships it; Kawase Kimono (partner) and Sony's partner Foxbright too."],
  ],
  "a note's writer after sent by or logged by with their desk in brackets is masked; a courier's office or a word keeps": [
    ["Her son wants a mail summary: x@example.com — sent by Chiyoko (desk).", "Her son wants a mail summary: [EMAIL] — sent by [PERSON] (desk)."],
    ['row,"Noted. logged by Nowak (front desk)"', 'row,"Noted. logged by [PERSON] (front desk)"'],
    ["Invoice sent by Seino (office); sent by Courier (desk).", "Invoice sent by Seino (office); sent by Courier (desk)."],
  ],
  "a chat turn's customer introducing themself by one given name is masked; a firm's or a place's name so keeps": [
    ["[2026-10-04 09:40] お客様: Thanh です。届きました！", "[2026-10-04 09:40] お客様: [PERSON] です。届きました！"],
    ['{"question": "お客様: Sione です！"}', '{"question": "お客様: [PERSON] です！"}'],
    ["お客様: Amazon です。", "お客様: Amazon です。"],
  ],
  "a given name after a department's initials is masked; a desk, a title or a place after them keeps": [
    ["0912  Scanner down — IT Ignacy rebooted it.", "0912  Scanner down — IT [PERSON] rebooted it."],
    ["| HR Mette | will call back |", "| HR [PERSON] | will call back |"],
    ["IT Help Desk, HR Manager, QA Tokyo, IT Zendesk.", "IT Help Desk, HR Manager, QA Tokyo, IT Zendesk."],
  ],
  "a family name joined by a plus to a found name is masked; a plan or a place after a plus keeps": [
    ['2026-10-02,訪問,"現地調査（堀井さん ＋ Seo）。"', '2026-10-02,訪問,"現地調査（[PERSON]さん ＋ [PERSON]）。"'],
    ["crew: Wataru Ishida + Figueroa", "crew: [PERSON] + [PERSON]"],
    ["プラン: 山田様 + Premium、佐藤様 ＋ Tokyo）", "プラン: [PERSON]様 + Premium、[PERSON]様 ＋ Tokyo）"],
  ],
  "a name after gave his name as, signs as or introduced herself as is masked; a team or a place so given keeps": [
    ["**phone, Spanish.** Caller gave his name as Liesel Marquina Torrez (Peruvian).", "**phone, Spanish.** Caller gave his name as [PERSON] (Peruvian)."],
    ["1. **Email.** Sender signs as Sokha Phan", "1. **Email.** Sender signs as [PERSON]"],
    ["she introduced herself as Thandeka.", "she introduced herself as [PERSON]."],
    ["gave his name as Tokyo Office, signs as Customer Care.", "gave his name as Tokyo Office, signs as Customer Care."],
  ],
  "a companion's given name after their label is masked; a place or a firm there keeps": [
    ["  Friend who came with her: Thảo (no surname given).", "  Friend who came with her: [PERSON] (no surname given)."],
    ["| Interpreter: Henrike | booth 2 |", "| Interpreter: [PERSON] | booth 2 |"],
    ["Friend: Tokyo, Interpreter: Google", "Friend: Tokyo, Interpreter: Google"],
  ],
  "a listed given name before what the person does after , and, a spaced dash, if or says is masked; a tool so keeps": [
    ["Dorota will cover, and Quirino takes the late shift.", "[PERSON] will cover, and [PERSON] takes the late shift."],
    ["> Re: soundcheck - Ottilie is bringing the cables", "> Re: soundcheck - [PERSON] is bringing the cables"],
    ["- Door: if Ottilie turns up, radio me; the desk says Radek already checked out.", "- Door: if [PERSON] turns up, radio me; the desk says [PERSON] already checked out."],
    ["if Slack broke, and Jira takes over; when Hotfix merged - Docker is bringing it", "if Slack broke, and Jira takes over; when Hotfix merged - Docker is bringing it"],
  ],
  "a firm named after a person and ending in a service's word keeps; a person's name before a service desk is masked": [
    ["Teodora Valdivia Przemyk, 41, works via an agency (Przemyk Staff Service, no relation).", "[PERSON], 41, works via an agency (Przemyk Staff Service, no relation)."],
    ["Call Wataru Ishida. Ishida Staffing handles it.", "Call [PERSON]. Ishida Staffing handles it."],
    ["Contact Teodora Valdivia Service Desk.", "Contact [PERSON] Service Desk."],
  ],
  "a guest's plus-one under a +1 or Plus-one heading is masked; a dash or a placeholder there keeps": [
    ["| Pass | Guest | +1 | Contact |\n|---|---|---|---|\n| GL-1 | Teodora Valdivia | Fintov Thibbery | x@example.com |\n| GL-3 | Teodora Valdivia | TBA | — |", "| Pass | Guest | +1 | Contact |\n|---|---|---|---|\n| GL-1 | [PERSON] | [PERSON] | [EMAIL] |\n| GL-3 | [PERSON] | TBA | — |"],
    ["pass,guest,plus-one\nGL-7,Teodora Valdivia,Fintov Thibbery", "pass,guest,plus-one\nGL-7,[PERSON],[PERSON]"],
  ],
  "an unlisted given name before a listed family name, joined by and to a found full name, is masked; a place so joined keeps": [
    ["- Rooming: Teodora Valdivia and Ottokar Figueroa at Hotel Sun, confirmation HS-1.", "- Rooming: [PERSON] and [PERSON] at Hotel Sun, confirmation HS-1."],
    ["Teodora Valdivia and Tokyo Station.", "[PERSON] and Tokyo Station."],
  ],
  "a first family name in capitals before a family name in capitals and a capitalised given name is masked with them; a place before it keeps": [
    ["【店頭 10/03】ブラジルの方（FIGUEROA VALDIVIA Teodora）、修理。", "【店頭 10/03】ブラジルの方（[PERSON]）、修理。"],
    ["| 4 | SANDOVAL VALDIVIA Teodora | 2F |", "| 4 | [PERSON] | 2F |"],
    ["Room 4: TOKYO SATO Ken", "Room 4: TOKYO [PERSON]"],
  ],
  "a listed given name closing a bracketed note after a Japanese comma is masked; a place, a word or a tool there keeps": [
    ["キーを失効させ、Vault に登録（17:45 完了、Anders）。", "キーを失効させ、Vault に登録（17:45 完了、[PERSON]）。"],
    ['"返金済み","（削除済み、Mette)"', '"返金済み","（削除済み、[PERSON])"'],
    ["（東京、Osaka）（赤、Rose）（Wi-Fi、Bluetooth）（確認、Slack）", "（東京、Osaka）（赤、Rose）（Wi-Fi、Bluetooth）（確認、Slack）"],
  ],
  "a listed given name alone after with, closing its clause, is masked; a firm's, a place's or an assistant's name there keeps": [
    ["- Dinner on Mar 3 at 18:30, ¥8,800 per head; dietary list with Zawadi.", "- Dinner on Mar 3 at 18:30, ¥8,800 per head; dietary list with [PERSON]."],
    ["| keys | left with Zawadi, front desk |", "| keys | left with [PERSON], front desk |"],
    ["Meeting with Honda. Paired with Lexus; a trip with Paris, with Toyota.", "Meeting with Honda. Paired with Lexus; a trip with Paris, with Toyota."],
  ],
});
