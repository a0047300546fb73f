import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Latin-script names the forty-second set leaked (issue 13, round 42r): a full name run into a CSV's quoted cell and a
 * small word after it, a double-barrelled family name after a romaji given name, one of a full name's own words in
 * brackets after it; and a carrier's service word after its name kept. Each class with the look-alikes it must keep.
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
    ["Guides Ryo Sasaki (Tokyo) and Hamish Clarke (Ops) today.", "Guides [PERSON] (Tokyo) and [PERSON] (Ops) today."],
  ],
  "a carrier's service word after its name keeps the carrier, in prose and a list; a person before a phone in brackets is masked": [
    ["- Shipped: 3 by FedEx Express (waybill 7712 3390 41).", "- Shipped: 3 by FedEx Express (waybill 7712 3390 41)."],
    ["Sent via Kowalski Freight (tel 03-5555-1234).", "Sent via Kowalski Freight (tel [PHONE])."],
    ["Contact Megan Walsh (tel 03-5555-1234).", "Contact [PERSON] (tel [PHONE])."],
  ],
});
