import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * The word lists each shared by several rules (issue 13, round 24): the words that count a document's parts
 * (counted-parts.ts), read by the continental postcode rule and the spaced-postcode rule, and the words that say a phone
 * is meant (phone-words.ts), read by the domestic, country-code and misread-digit phone rules. A word each rule's own
 * list once lacked works in it now, and the look-alikes its word keeps stay.
 */
describeMaskingClasses("shared word lists of round 24", {
  "a counted part's number before a five-digit number is no street's, in any language the list holds": [
    ["Chapter 2, 12345 Notes", "Chapter 2, 12345 Notes"],
    ["see Kapitola 3, 12000 Slov celkem", "see Kapitola 3, 12000 Slov celkem"],
    ["Obsah: Strana 14, 10000 Znaků", "Obsah: Strana 14, 10000 Znaků"],
    ['"Week 12, 20250 Runners","open"', '"Week 12, 20250 Runners","open"'],
    ["Am Kanal 14, 10997 Berlin", "[ADDRESS]"],
    ["Seite 4 der Akte: Am Kanal 14, 10997 Berlin", "Seite 4 der Akte: [ADDRESS]"],
  ],
  "a counted part's number before a postcode of three digits, a space and two is no street's": [
    ["Chapter 3, 110 00 Notes", "Chapter 3, 110 00 Notes"],
    ["Kapitola 3, 110 00 Texty", "Kapitola 3, 110 00 Texty"],
    ["<td>Episode 7, 111 43 Views</td>", "<td>Episode 7, 111 43 Views</td>"],
    ["Obsah Seite 4, 105 57 Wörter", "Obsah Seite 4, 105 57 Wörter"],
    ["Doručit: Karlova 12/345, 110 00 Praha 1", "Doručit: [ADDRESS]"],
    ["Hlavná 22, 040 01 Košice", "[ADDRESS]"],
  ],
  "a year, a version or a count after a counted part stays": [
    ["Page 3, 2024 Report", "Page 3, 2024 Report"],
    ["Vol 2, 1998 Edition", "Vol 2, 1998 Edition"],
    ["Fig 4, 12 345 Samples", "Fig 4, 12 345 Samples"],
  ],
  "a domestic number written as one run after a phone's word, even near an order's word": [
    ["Order desk, WhatsApp 09012345678", "Order desk, WhatsApp [PHONE]"],
    ["注文窓口 LINE 08033184471", "注文窓口 LINE [PHONE]"],
    ["order queries: Cell 0312345678", "order queries: Cell [PHONE]"],
    ["order queries: Tel 0312345678", "order queries: Tel [PHONE]"],
    ["Order desk: call 0452841229", "Order desk: call [PHONE]"],
    ["order 0312345678", "order 0312345678"],
    ["order line 0312345678", "order line 0312345678"],
  ],
  "a Japanese landline after its country code without a plus, after a phone's word": [
    ["FAX 81 3 1234 5678", "FAX [PHONE]"],
    ["電話 81-3-3354-1189", "電話 [PHONE]"],
    ["<td>Contact (81) 45-841-2290</td>", "<td>Contact [PHONE]</td>"],
    ["Part 81 3 1234 5678", "Part 81 3 1234 5678"],
  ],
  "a Japanese number with one letter for a digit, after any phone's word or under any phone's heading": [
    ["Cell: 090-I234-5678", "Cell: [PHONE]"],
    ["<td>Mobile 080-66l3-2094</td>", "<td>Mobile [PHONE]</td>"],
    ["[11:20] 受付: FAX 045-84l-2290 へ", "[11:20] 受付: FAX [PHONE] へ"],
    ["電話番号：03-5412-77O9", "電話番号：[PHONE]"],
    ["| 氏名 | FAX番号 |\n|---|---|\n| 北条 茉莉 | 03-5412-77O9 |", "| 氏名 | FAX番号 |\n|---|---|\n| [PERSON] | [PHONE] |"],
    ["会員,ご連絡先,備考\nA-12,090-I234-5678,旧データ", "会員,ご連絡先,備考\nA-12,[PHONE],旧データ"],
    ["品番 045-84l-2290 を発注", "品番 045-84l-2290 を発注"],
    ["| Line | 数量 |\n|---|---|\n| 045-84l-2290 | 3 |", "| Line | 数量 |\n|---|---|\n| 045-84l-2290 | 3 |"],
  ],
});
