import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Latin-script names the thirty-fourth set leaked (issue 13, round 34r): a long name after Prof. or with a particle
 * after an English title, a generational suffix, a nickname in quotes inside a name of two given or two family names, an
 * Irish family name's Ó where the name recurs, an initial and a family name before a note on how the person answered, a
 * romaji surname before a given name that reads with it as a word, a Chinese name given name first, a rare romaji
 * surname in capitals, a Chinese name in capitals before a passport's number, children's given names before their ages
 * and a given name after a hired hand's job in Japanese; in chats and notes, a boyfriend's or a girlfriend's name, a
 * name before の代わりに, one joined to the writer by と, one before where the person comes from or after 姓は, and a
 * caller's full name before です. Each class with the look-alikes it must keep.
 */
describeMaskingClasses("Latin names of round 34r", {
  "a name of three words or more after Prof. or an English title, a family name's particle too, is masked whole; a prize or a firm keeps": [
    ["her department head Prof. Ram Krishna Poudel signed it", "her department head Prof. [PERSON] signed it"],
    ["Prof. Amara Nkem Obiora chairs the panel.", "Prof. [PERSON] chairs the panel."],
    ["<td>Mrs. Priscila dos Santos Okada<br>", "<td>Mrs. [PERSON]<br>"],
    ["Mr. Joaquim da Silva Moreira called.", "Mr. [PERSON] called."],
    ["Prof. Emily Stone Award winners", "Prof. Emily Stone Award winners"],
  ],
  "a generational suffix after a found name is masked with it; a job's word after Sr. or Junior keeps": [
    ["  Name:       Daniel J. Abernathy III", "  Name:       [PERSON] [PERSON]"],
    ["Reviewer: Renato Cavalcanti Júnior", "Reviewer: [PERSON] [PERSON]"],
    ["Signed by Paulo Mendes Filho.", "Signed by [PERSON] [PERSON]."],
    ["Contact: Sarah Connor Sr. Manager", "Contact: [PERSON] Sr. Manager"],
    ["Owner: Sarah Connor, Junior Developer", "Owner: [PERSON], Junior Developer"],
  ],
  "a nickname in quotes inside a name of two given or two family names is masked whole; a product's quoted word keeps": [
    ['  Name:       Maria Concepcion "Connie" Dela Paz-Yamamoto', "  Name:       [PERSON]"],
    ['Guest: Ana Lucia "Lulu" Dos Santos', "Guest: [PERSON]"],
    ['Jordan "Air" Max Pro in stock', 'Jordan "Air" Max Pro in stock'],
    ['Apple "Magic" Keyboard Case', 'Apple "Magic" Keyboard Case'],
  ],
  "an Irish family name's Ó recurs with it, and the given name alone; the name's first word as a word elsewhere keeps": [
    ["Prepared by: Colm Ó Faoláin, Finance\nColm's card paid.\nSigned off: C. Ó Faoláin", "Prepared by: [PERSON], Finance\n[PERSON]'s card paid.\nSigned off: C. [PERSON]"],
    ["Prepared by: Aoife Ó Briain, HR\nSigned: A. Ó Briain", "Prepared by: [PERSON], HR\nSigned: A. [PERSON]"],
  ],
  "an initial and a family name before a note on how the person answered is masked; a brand under an initial keeps": [
    ["| Hwang Min-seo; L. Moreau (declined) | Under review |", "| [PERSON]; [PERSON] (declined) | Under review |"],
    ["Panel: K. Lindqvist (accepted), chair", "Panel: [PERSON] (accepted), chair"],
    ["Reviewers: T. Okonkwo (on leave)", "Reviewers: [PERSON] (on leave)"],
    ["a J. Crew sweater (declined at the till)", "a J. Crew sweater (declined at the till)"],
  ],
  "a romaji surname that is no given name before a given name, the two reading as a word, is masked; a place keeps": [
    ["our advisor Yamamoto Shin; conflict noted.", "our advisor [PERSON]; conflict noted."],
    ["our advisor Sato Shin; conflict noted.", "our advisor [PERSON]; conflict noted."],
    ["Minami Aoyama branch opens.", "Minami Aoyama branch opens."],
    ["We ate Sakura Mochi today.", "We ate Sakura Mochi today."],
  ],
  "a Chinese name given name first before a southern family name is masked; English words before one keep": [
    ["  - Siew Ling Tan — 18,000 options, employee no. KR-0019", "  - [PERSON] — 18,000 options, employee no. [PERSONAL_ID]"],
    ["Please ask Hui Min Lim to sign.", "Please ask [PERSON] to sign."],
    ["| Wei Jie Ong | 090-1234-5678 |", "| [PERSON] | [PHONE] |"],
    ["We ate Dim Sum Chan style.", "We ate Dim Sum Chan style."],
    ["The Big Ben Lee Road trip.", "The Big Ben Lee Road trip."],
  ],
  "a rare romaji surname in capitals before a word read only as a given name is masked; a maker's model keeps": [
    ["- KAMATSUKA Ryohei（社宅 A-1）", "- [PERSON]（社宅 A-1）"],
    ["担当: NUKUI Haruto まで", "担当: [PERSON] まで"],
    ["TOYOTA Corolla in stock.", "TOYOTA Corolla in stock."],
    ["MAZDA Roadster 2024", "MAZDA Roadster 2024"],
  ],
  "a Chinese name all in capitals before a passport's number is masked; a hotel's or a place's capitals keep": [
    ["一例 WANG XIAOMING EK4410728、LI NA EJ9928174", "一例 [PERSON] [PERSONAL_ID]、[PERSON] [PERSONAL_ID]"],
    ["参加者: ZHANG WEI E12345678", "参加者: [PERSON] [PERSONAL_ID]"],
    ["LEE GARDEN GA1234567", "LEE GARDEN GA1234567"],
    ["PARK HOTEL PH2026001", "PARK HOTEL PH2026001"],
  ],
  "children's given names before their ages on a line that says children come are masked, one listed name enough; things counted keep": [
    ["- 子ども連れ: Elsa（6）、Vilgot（4）… ライフジャケット8着", "- 子ども連れ: [PERSON]（6）、[PERSON]（4）… ライフジャケット8着"],
    ["Kids: Liam (6), Vilgot (4) need seats.", "Kids: [PERSON] (6), [PERSON] (4) need seats."],
    ["お子様: Mia（5歳）", "お子様: [PERSON]（5歳）"],
    ["子ども用: Apples (6), Pears (4)", "子ども用: Apples (6), Pears (4)"],
    ["kids: Vilgot (4)", "kids: Vilgot (4)"],
    ["Pears (4) and Towels (3) for kids", "Pears (4) and Towels (3) for kids"],
  ],
  "a given name after a hired hand's job in Japanese is masked; a maker's or a service's name keeps": [
    ["カメラマン Kiko（フリー、連絡は携帯）", "カメラマン [PERSON]（フリー、連絡は携帯）"],
    ["通訳 Natasha が同行", "通訳 [PERSON] が同行"],
    ["シッター Maribel さん", "シッター [PERSON] さん"],
    ["通訳 Google で十分", "通訳 Google で十分"],
    ["カメラマン Canon 持参", "カメラマン Canon 持参"],
  ],
  "a given name after a possessive and a boyfriend's or a girlfriend's word is masked; a business partner keeps": [
    ["I live there with my boyfriend Yuto. My phone", "I live there with my boyfriend [PERSON]. My phone"],
    ["with her girlfriend Anneke, who", "with her girlfriend [PERSON], who"],
    ["our partner Deloitte audits us.", "our partner Deloitte audits us."],
  ],
  "a Latin name before の代わりに or の代理で and what one does in the person's stead is masked; a tool used instead keeps": [
    ["Nhung の代わりに書きます。", "[PERSON] の代わりに書きます。"],
    ["Linh の代理で連絡します。", "[PERSON] の代理で連絡します。"],
    ["Excel の代わりに Sheets を使う。", "Excel の代わりに Sheets を使う。"],
    ["Zoom の代わりに電話します。", "Zoom の代わりに電話します。"],
  ],
  "a Latin name joined to the writer by と is masked; a firm, a tool or a place so joined keeps": [
    ["ログインは私と Hemi だけ。", "ログインは私と [PERSON] だけ。"],
    ["僕と Kai で行きます。", "僕と [PERSON] で行きます。"],
    ["私と Google の関係", "私と Google の関係"],
    ["自分と Tokyo の距離", "自分と Tokyo の距離"],
  ],
  "a Latin name before where the person comes from or how employed, or after 姓は, is masked, listed or not; a brand keeps": [
    ["配達員（Angon Chowdhury、バングラデシュ出身）が帰国。", "配達員（[PERSON] [PERSON]、バングラデシュ出身）が帰国。"],
    ["立会者 Ariunaa（派遣、モンゴル出身、姓は Batbold）。", "立会者 [PERSON]（派遣、モンゴル出身、姓は [PERSON]）。"],
    ["スタッフ Bolor（パート）が担当", "スタッフ [PERSON]（パート）が担当"],
    ["苗字は Okafor です。", "苗字は [PERSON] です。"],
    ["Apple（米国出身のブランド）", "Apple（米国出身のブランド）"],
    ["Excel（派遣先で使う）", "Excel（派遣先で使う）"],
    ["姓は Tokyo ではない", "姓は Tokyo ではない"],
  ],
  "a caller introducing themself by a Latin full name before です is masked, an English word's given name too; a product keeps": [
    ["（電話）Grace Mwangi です。English OK?", "（電話）[PERSON] です。English OK?"],
    ["はじめまして、Will Okafor です。", "はじめまして、[PERSON] です。"],
    ["Google Drive です。", "Google Drive です。"],
    ["Apple Watch です。", "Apple Watch です。"],
    ["Sophia Hotel です。", "Sophia Hotel です。"],
  ],
  "a listed given name opening a clause before flagged, spotted or noticed is masked; a tool or a firm that flags keeps": [
    ["  - Fionnuala flagged the IBAN mismatch on Nov 27.", "  - [PERSON] flagged the IBAN mismatch on Nov 27."],
    ["Siobhan noticed the leak.", "[PERSON] noticed the leak."],
    ["- Sentry flagged the error.", "- Sentry flagged the error."],
    ["Amazon noticed.", "Amazon noticed."],
  ],
});
