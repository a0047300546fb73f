import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Latin-script names the forty-first and earlier sets leaked (issue 13, round 41r): a card's holder in capitals after the
 * card's number, an initial before a family name in capitals, a double given name led by a verb's word, a given name's
 * possessive before a pet, a chat speaker after a month and day's stamp, a note between a Latin name and さん, a foreign
 * name written in katakana and in Latin letters, a party's Latin full name after its Japanese word, a double family name
 * before a comma, a family-first name's second given name, a kin word in small letters, a romaji given name after a kanji
 * name, a freelancer's note, an unlisted first name filling a cell with a listed family name; and a shop led by its
 * trade's word kept. Each class with the look-alikes it must keep.
 */
describeMaskingClasses("Latin names of round 41r", {
  "a card's holder in capitals in brackets after its number is masked, in Japanese prose, an HTML list and English; a card's brand, a wallet or a word keeps": [
    ["会費はカード 4539 2716 0852 3410（NAOMI KUROSAWA）で。", "会費はカード [CREDIT_CARD]（[PERSON]）で。"],
    ["<li>立替：5425 2334 3010 9903（SHUNSUKE ODAGIRI、期限 03/28）</li>", "<li>立替：[CREDIT_CARD]（[PERSON]、期限 03/28）</li>"],
    ["Paid by 4539 2716 0852 3410 (MARGARET A. HOLLIS, exp 11/29).", "Paid by [CREDIT_CARD] ([PERSON], exp 11/29)."],
    ["Card 4539 2716 0852 3410 (VISA GOLD), then 5425 2334 3010 9903 (APPLE PAY).", "Card [CREDIT_CARD] (VISA GOLD), then [CREDIT_CARD] (APPLE PAY)."],
    ["カード 4539-1488-0343-6467（NEW CARD、再発行）", "カード [CREDIT_CARD]（NEW CARD、再発行）"],
    ["wire to account 0101 0263 7710 5528 (SWIFT ABCDJPJT) today", "wire to account 0101 0263 7710 5528 (SWIFT ABCDJPJT) today"],
  ],
  "an initial and a family name in capitals after a hand-over's word is masked, Mc, Mac and O' too; an acronym, a place or a brand keeps": [
    ["Parcel to the hotel, attn G. McTAVISH, room 804.", "Parcel to the hotel, attn [PERSON], room 804."],
    ["| 2026-05-02 | c/o D. O'SHAUGHNESSY | 2 boxes |", "| 2026-05-02 | c/o [PERSON] | 2 boxes |"],
    ["Ship to: H. NAKAGAWARA (2 boxes)", "Ship to: [PERSON] (2 boxes)"],
    ["Q. FAQ first; A. NOTE: see below. To: R. PARIS office. From: J. CREW outlet.", "Q. FAQ first; A. NOTE: see below. To: R. PARIS office. From: J. CREW outlet."],
  ],
  "a double given name whose first word is a verb too is masked whole inside a sentence; after a word a verb follows it stays a verb": [
    ["Also travelling: her cousins Pat Eileen Corrigan and Liam Corrigan.", "Also travelling: her cousins [PERSON] and [PERSON]."],
    ["2026-04-11,guests Sue Ann Whitford,2 nights", "2026-04-11,guests [PERSON],2 nights"],
    ["Please Grant Anna Rossi access to the folder.", "Please Grant [PERSON] access to the folder."],
  ],
  "a listed given name's possessive before a pet or its carrier is masked, in a note and prose; a shop's possessive keeps": [
    ["Note from the driver: Ingrid's cat carrier is by the door.", "Note from the driver: [PERSON]'s cat carrier is by the door."],
    ["Pick-up at 7: Mateus's dog and two cages.", "Pick-up at 7: [PERSON]'s dog and two cages."],
    ["Bought Sainsbury's dog food and Pets at Home's cat litter.", "Bought Sainsbury's dog food and Pets at Home's cat litter."],
  ],
  "a chat speaker after a month and day's stamp is masked, a Korean family name that is a place's word too after a listed given name; a park or a system keeps": [
    ["[04/17 09:30] Mina Park: 안녕하세요, can I move my slot?", "[04/17 09:30] [PERSON]: 안녕하세요, can I move my slot?"],
    ["[4/17 21:02] Grace Song：明日キャンセルします", "[4/17 21:02] [PERSON]：明日キャンセルします"],
    ["[04/17 09:30] Olympic Park: gates open\n[04/17 09:31] Deploy: done", "[04/17 09:30] Olympic Park: gates open\n[04/17 09:31] Deploy: done"],
    ["[04/17 22:10] Night (front desk): lobby quiet", "[04/17 22:10] Night (front desk): lobby quiet"],
  ],
  "a Latin name before a Japanese honorific with a note on where the person is from between is masked; a firm's note keeps": [
    ["オーナーの Tsetseg (モンゴル) さんから連絡。", "オーナーの [PERSON] (モンゴル) さんから連絡。"],
    ["| 12/3 | Amara（ケニア）様 | 来店 |", "| 12/3 | [PERSON]（ケニア）様 | 来店 |"],
    ["Apple (米国) さんの新製品と Google（日本法人）さん", "Apple (米国) さんの新製品と Google（日本法人）さん"],
  ],
  "a Latin writing after a katakana name with ・ and an honorific is masked where the katakana writes each word; a place after it keeps": [
    ["受付：パテル・アルジュンさん（インド）、Arjun Patel", "受付：[PERSON]さん（インド）、[PERSON]"],
    ["2026-05-01,ソウザ・ルアナ様, Luana Souza,来店", "2026-05-01,[PERSON]様, [PERSON],来店"],
    ["サントス・マリアさん、Tokyo Station で待ち合わせ", "[PERSON]さん、Tokyo Station で待ち合わせ"],
  ],
  "a party's Latin full name after its word in Japanese is masked, in prose and a label; a firm after the word keeps": [
    ["前の契約者は Tuvshin Erdene、連絡がつかない。", "前の契約者は [PERSON]、連絡がつかない。"],
    ["名義人：Rahul Varma。", "名義人：[PERSON]。"],
    ["所有者は Toyota Motor、大家は Tokyo Tatemono、", "所有者は Toyota Motor、大家は Tokyo Tatemono、"],
  ],
  "a double family name before a comma and given names is masked whole, run into Japanese too; a place and its country keep": [
    ["ボリビア出身のHuaman Ticona, Martaさんが来店。", "ボリビア出身の[PERSON]さんが来店。"],
    ["Visit Paris Lima, Peru in May.", "Visit Paris Lima, Peru in May."],
  ],
  "a name written family first takes a second given name ending its field; a place after it keeps": [
    ["父 Tamang Pasang Dorje、母 Tamang Lhamu", "父 [PERSON]、母 [PERSON]"],
    ["| Lama Nima Tsering | 080-2231-7745 |", "| [PERSON] | [PHONE] |"],
  ],
  "a lower-case kin word opening a cell before a given name is masked; a place or a thing after it keeps": [
    ["| 2/3 | husband Kenta called back |", "| 2/3 | husband [PERSON] called back |"],
    ["Notes: wife Akane picks them up at noon.", "Notes: wife [PERSON] picks them up at noon."],
    ["| sister Paris trip | son Apple Watch |", "| sister Paris trip | son Apple Watch |"],
  ],
  "a romaji given name in brackets after a kanji full name is masked, in a table cell and prose; a place's romaji keeps": [
    ["| 森岡 悠真 (Yuma) & 森岡 ゆり | couple |", "| [PERSON] ([PERSON]) & [PERSON] | couple |"],
    ["明日は 岡野 悠真（Yuma）が来ます。", "明日は [PERSON]（[PERSON]）が来ます。"],
    ["集合は 新宿 区 (Shinjuku) と 東京 駅 (Tokyo)。", "集合は 新宿 区 (Shinjuku) と 東京 駅 (Tokyo)。"],
  ],
  "a Latin name before its katakana writing with ・ in brackets and a person's ending is masked; a brand written both ways keeps": [
    ["施設の Tuvshin Erdene（トゥブシン・エルデネ）です、介護職員。", "施設の [PERSON]（[PERSON]）です、介護職員。"],
    ["| 受付 | Luana Souza（ルアナ・ソウザ）さん |", "| 受付 | [PERSON]（[PERSON]）さん |"],
    ["Coca Cola（コカ・コーラ）を3本、Mont Blanc（モン・ブラン）を1つ。", "Coca Cola（コカ・コーラ）を3本、Mont Blanc（モン・ブラン）を1つ。"],
  ],
  "a name before a freelancer's note in brackets is masked, in a definition list and prose; a firm before it keeps": [
    ["<dt>ヘアメイク</dt><dd>Imogen Adebayo-Reyes（フリーランス）<br>", "<dt>ヘアメイク</dt><dd>[PERSON]（フリーランス）<br>"],
    ["撮影は Kwabena（個人事業主）に依頼。", "撮影は [PERSON]（個人事業主）に依頼。"],
    ["カメラ：Apple（フリーランス）", "カメラ：Apple（フリーランス）"],
  ],
  "a first name the lists lack before a family name they hold, filling a table's cell, is masked; a brand or a place in a cell keeps": [
    ["<tr><td>BR-0412</td><td>Ingeborg Sandqvist</td><td>新婦</td></tr>", "<tr><td>BR-0412</td><td>[PERSON]</td><td>新婦</td></tr>"],
    ["| 4/2 | Ottilie Bergström | 2 |", "| 4/2 | [PERSON] | 2 |"],
    ["| Volvo Lindqvist | <td>Tokyo Sandberg</td>", "| Volvo Lindqvist | <td>Tokyo Sandberg</td>"],
  ],
  "a shop led by its trade's word keeps the name after it, where the same name is a person's elsewhere": [
    ["[09:02] Chiara Bellini：予約です（Atelier Bellini は店名です）。", "[09:02] [PERSON]：予約です（Atelier Bellini は店名です）。"],
    ["Maison Dubois sent the invoice; Marie Dubois signed it.", "Maison Dubois sent the invoice; [PERSON] signed it."],
  ],
});
