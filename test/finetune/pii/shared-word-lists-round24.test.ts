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
});
