import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Latin-script names the forty-second set and earlier ones leaked (issue 13, round 42r): a full name run into a CSV's
 * quoted cell and a small word after it, a double-barrelled family name after a romaji given name, one of a full name's
 * own words in brackets after it, a given name joined by "and" to you, me or I, a name quoted after engrave or
 * embroider, a name written in Latin and in Cyrillic letters side by side, a Mongolian's dotted patronymic before the
 * name, a Latin family name before a kanji given name, a found name's katakana after a colon that English says writes
 * it, the full name a form or a booking gives, a given name opening a list of found names, a Polish or Russian pet
 * form of a given name; and a carrier's service word after its name and a shop named for its keeper by a trade's word
 * (Farmer Bill's) kept. Each class with the look-alikes it must keep.
 */
describeMaskingClasses("Latin names of round 42r", {
  "a full name opening a CSV's quoted cell, a small word after it, is masked; in prose too; a firm opening a cell keeps": [
    ['T-2041,2026-05-02 10:15,本店,落とし物,"Megan Walsh here, I dropped a blue scarf by the counter."', 'T-2041,2026-05-02 10:15,本店,落とし物,"[PERSON] here, I dropped a blue scarf by the counter."'],
    ["Megan Walsh here again about the refund.", "[PERSON] here again about the refund."],
    ['T-2042,2026-05-02,本店,"Apple Store here, your repair is ready."', 'T-2042,2026-05-02,本店,"Apple Store here, your repair is ready."'],
  ],
  "a double-barrelled family name after a romaji given name is masked, in a list, a label and a table; a firm's hyphened word keeps": [
    ["Crew today: Ken Ueda, Rowan Pike, Yumi Tanabe-Hughes.", "Crew today: [PERSON], [PERSON], [PERSON]."],
    ["Guide: Mika Aoki-Bennett, phone on file", "Guide: [PERSON], phone on file"],
    ["| Haruka Murata-Lowe | 2 pax |", "| [PERSON] | 2 pax |"],
    ["Plan: Hikari Tsushin-Group bundle, Misaki Osaka-Tokyo pass, Yui Honda-Express order", "Plan: Hikari Tsushin-Group bundle, Misaki Osaka-Tokyo pass, Yui Honda-Express order"],
  ],
  "one of a full name's own words alone in brackets after it is masked, in prose and a table; a note, a team or a place in brackets keeps": [
    ["- Her partner Lau Ka Wai (Wai) booked online.", "- Her partner [PERSON] ([PERSON]) booked online."],
    ["| Maria Luisa Ortega (Luisa) | 2 |", "| [PERSON] ([PERSON]) | 2 |"],
    ["Guides Kenta Ueno (Tokyo) and Ewan Gillespie (Ops) today.", "Guides [PERSON] (Tokyo) and [PERSON] (Ops) today."],
  ],
  "a carrier's service word after its name keeps the carrier, in prose and a list; a person before a phone in brackets is masked": [
    ["- Shipped: 3 by FedEx Express (waybill 7712 3390 41).", "- Shipped: 3 by FedEx Express (waybill 7712 3390 41)."],
    ["Sent via Brandt Freight (tel 03-5555-1234).", "Sent via Brandt Freight (tel [PHONE])."],
    ["Contact Megan Walsh (tel 03-5555-1234).", "Contact [PERSON] (tel [PHONE])."],
  ],
  "a given name joined by and to you, me or I is masked, in a chat line and prose; a firm, a place or an English word keeps": [
    ["[05/02 10:11] Desk: Could you and Kazuki come at 10?", "[05/02 10:11] Desk: Could you and [PERSON] come at 10?"],
    ["Tomasz and I will pick up the keys. It was me and Rustam.", "[PERSON] and I will pick up the keys. It was me and [PERSON]."],
    ["Sync you and Apple, me and Tokyo, you and Grace.", "Sync you and Apple, me and Tokyo, you and Grace."],
  ],
  "a name quoted after engrave, embroider or monogram is masked, one word or two; a message, a place or a word quoted keeps": [
    ['Please engrave "Tobenna" on the blade, not the handle.', 'Please engrave "[PERSON]" on the blade, not the handle.'],
    ["Towels embroidered with 'Ines Duarte' in navy.", "Towels embroidered with '[PERSON]' in navy."],
    ['Engraving: "Forever"; embroidered with “Happy Birthday”; engrave "Tokyo" below.', 'Engraving: "Forever"; embroidered with “Happy Birthday”; engrave "Tokyo" below.'],
  ],
  "a name written in Latin and in Cyrillic letters side by side is masked both ways, in a cell and prose; a place written both ways keeps": [
    ["  <td>Bold Tsogtbayar<br>Болд Цогтбаяр</td>", "  <td>[PERSON]<br>[PERSON]</td>"],
    ["Гость: Олег Зорин (Oleg Zorin), 2 ночи", "Гость: [PERSON] ([PERSON]), 2 ночи"],
    ["Meet at Red Square / Красная площадь at noon.", "Meet at Red Square / Красная площадь at noon."],
  ],
  "a Mongolian's name after the dotted first sound of the father's name is masked, in a cell and a list; a chapter's or a place's word keeps": [
    ["  <td>Kh. Enkhjargal<br>（会員の奥様）</td>", "  <td>[PERSON]<br>（会員の奥様）</td>"],
    ["Members: Ts. Oyunbileg, Ch. Solongo", "Members: [PERSON], [PERSON]"],
    ["See Ch. Introduction and Ch. Tokyo.", "See Ch. Introduction and Ch. Tokyo."],
  ],
  "a listed Latin family name before a kanji given name is masked, in brackets and a cell; a brand, a place or a word before kanji keeps": [
    ["妻（Nowak 美穂）も参加します。", "妻（[PERSON]）も参加します。"],
    ["| Sharma 優子 | 2名 |", "| [PERSON] | 2名 |"],
    ["Canon 本体 と Sony 純正 バッテリー、Paris 春子 と Support 裕子", "Canon 本体 と Sony 純正 バッテリー、Paris 春子 と Support 裕子"],
  ],
  "a found Latin name's katakana after a colon, English saying it is its katakana, is masked; katakana that cannot write it, or no cue, keeps": [
    ["Emeka asked. Katakana for Emeka: エメカ, checked.", "[PERSON] asked. Katakana for [PERSON]: [PERSON], checked."],
    ["Signed by Obinna Nwosu in katakana: オビナ・ヌウォス, room 3", "Signed by [PERSON] in katakana: [PERSON], room 3"],
    ["Katakana for Maria Lopez: センター only. Note for Maria Lopez: チケット 2枚", "Katakana for [PERSON]: センター only. Note for [PERSON]: チケット 2枚"],
  ],
  "a shop named for its keeper by a trade's word and a possessive keeps, in prose and a table; a titled person's possessive is masked": [
    ["Picked up bread at Baker Tom's on the way.", "Picked up bread at Baker Tom's on the way."],
    ["| 2026-03-01 | Grocer Ray's | ¥4,210 |", "| 2026-03-01 | Grocer Ray's | ¥4,210 |"],
    ["Captain Anna's notes are on the desk.", "[PERSON]'s notes are on the desk."],
  ],
  "the full name a form or a booking gives after the words that say so is masked, in prose and a table; a place, a plan or a status keeps": [
    ["(the relay hides it; the contact form says Keiko Tsurumaki)", "(the relay hides it; the contact form says [PERSON])"],
    ["The name on the booking is Aroha Ngata.", "The name on the booking is [PERSON]."],
    ["| 12/3 | form says: Keiko Tsurumaki | ok |", "| 12/3 | form says: [PERSON] | ok |"],
    ["The form says Tokyo Station, the ticket reads Gold Member, the application shows Pending Review.", "The form says Tokyo Station, the ticket reads Gold Member, the application shows Pending Review."],
  ],
  "a given name opening a list after its label, before a found name, is masked, in prose and a bullet; a place, a dish or a firm there keeps": [
    ["Alumni who came to watch: Fumiya, Daigo and Itsuki.", "Alumni who came to watch: [PERSON], [PERSON] and [PERSON]."],
    ["- Helpers on Sunday: Yumiko, Ryota and Mei", "- Helpers on Sunday: [PERSON], [PERSON] and [PERSON]"],
    ["Tags: Sushi, Ramen. Items: Apple, Tomasz", "Tags: Sushi, Ramen. Items: Apple, [PERSON]"],
  ],
  "a Polish or Russian pet form of a given name is a given name, before a person's verb and before a family name; a place or a word keeps": [
    ["- Gosia wants the refund in cash at the desk.", "- [PERSON] wants the refund in cash at the desk."],
    ["Wojtek asked for the keys; Katya Orlova called back.", "[PERSON] asked for the keys; [PERSON] called back."],
    ["Trip to Cuba and Kraków; the Volga sedan.", "Trip to Cuba and Kraków; the Volga sedan."],
  ],
});
