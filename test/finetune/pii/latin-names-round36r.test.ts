import { describe, expect, it } from "vitest";
import { maskTogether } from "../../../src/finetune/pii/mask-pii.js";
import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Latin-script names the thirty-sixth set leaked (issue 13, round 36r): a Chinese or Korean name written family name
 * first with a comma before a hyphened given name, in a table's cell, a CSV's field or a register's line; the parts of a
 * name so written (a double family name, a hyphened given name) where they recur in the same document; a full name an
 * e-mail address spells with its @ written out; the players of a match's result; a chat turn's speaker after a stamp of a month and a day; and a given name before the team the
 * person is from, the team named by a word of its own. Each class with the look-alikes it must keep.
 */
describeMaskingClasses("Latin names of round 36r", {
  "a Chinese or Korean family name, a comma and a hyphened given name in a field is masked; a phrasal noun keeps": [
    ["| Chen, Mei-Ling | K-301 | confirmed |", "| [PERSON] | K-301 | confirmed |"],
    ["| Park, Ji-woo | remote talk |", "| [PERSON] | remote talk |"],
    ["申込者：Hsu, Tzu-hsuan（台北）", "申込者：[PERSON]（台北）"],
    ["row 7,Kang, Min-jae,guest", "row 7,[PERSON],guest"],
    ["| Lee, Check-in | open |", "| Lee, Check-in | open |"],
    ["| Park, Pop-up | weekend shop |", "| Park, Pop-up | weekend shop |"],
    ["| Kim, Self-service | kiosk |", "| Kim, Self-service | kiosk |"],
  ],
  "a full name an e-mail address spells with its @ written out is masked, in either order; a team's address keeps its words": [
    ["Signed,\nNoemi Tarabini, Hon. Secretary\ntarabini.noemi (at) club (dot) example (dot) org", "Signed,\n[PERSON], Hon. Secretary\n[EMAIL]"],
    ["| Riko Tamashiro | riko.tamashiro[at]mail[dot]example |", "| [PERSON] | [EMAIL] |"],
    ["| Support Team | support.team (at) acme.example |", "| Support Team | [EMAIL] |"],
  ],
  "a post's abbreviated word after a found name and a comma is no second person": [
    ["Minutes by Sarah Connor, Hon. Treasurer, and Mark Lee.", "Minutes by [PERSON], Hon. Treasurer, and [PERSON]."],
    ["Approved: Dmitri Volkov, Asst. Manager", "Approved: [PERSON], Asst. Manager"],
  ],
  "the players of a match's result, an initial and a family name either side of d. or def. before the scores, are masked": [
    ["- Ladder, men's B: R. Okafor d. K. Lindahl 6-3 7-5; rematch on the 12th.", "- Ladder, men's B: [PERSON] d. [PERSON] 6-3 7-5; rematch on the 12th."],
    ["| Round 2 | H. Morimoto def. A. Brandt | 6-4 2-6 10-8 |", "| Round 2 | [PERSON] def. [PERSON] | 6-4 2-6 10-8 |"],
    ["Kobe d. Osaka 3-1 in the final.", "Kobe d. Osaka 3-1 in the final."],
    ["S. Pellegrino d. J. Crew 2-1", "S. Pellegrino d. J. Crew 2-1"],
  ],
  "a chat turn's speaker after a stamp of a month, a day and a time is masked; a log's step after one keeps": [
    ["[11-17 09:00] Tsuge: Thank you, updated.", "[11-17 09:00] [PERSON]: Thank you, updated."],
    ["[11/03 10:15] Support Hoa: your order ships today", "[11/03 10:15] Support [PERSON]: your order ships today"],
    ["[11-17 09:00] Deploy: done", "[11-17 09:00] Deploy: done"],
    ["[12-01 10:00] Server: restarted", "[12-01 10:00] Server: restarted"],
  ],
  "a given name before the team the person is from, the team named by its own word, is masked; a place or a firm keeps": [
    ["Backup: Aisha from the venue team; she books the rooms.", "Backup: [PERSON] from the venue team; she books the rooms."],
    ["[10:02] 連絡は Kenta from the hotel desk 経由で", "[10:02] 連絡は [PERSON] from the hotel desk 経由で"],
    ["Paris from the design team looks good.", "Paris from the design team looks good."],
    ["Acme from the sales team won the bid.", "Acme from the sales team won the bid."],
  ],
});

describe("the parts of a name written family name first with a comma recur as the person within a document", () => {
  it("takes a double family name and the given name after it, and a hyphened given name, to their repeats", () => {
    const texts = [
      "| Speaker | Talk |\n|---|---|\n| Adeyemi-Cole, Tobenna | K-110 |\n| Chen, Mei-Ling | W-204 |",
      "Passports: Adeyemi-Cole A1234567, Chen 401122334.\n- Tobenna's fare is refunded. Mei-Ling: invoice from her firm.",
    ];
    expect(maskTogether(texts).map((result) => result.text)).toEqual([
      "| Speaker | Talk |\n|---|---|\n| [PERSON] | K-110 |\n| [PERSON] | W-204 |",
      "Passports: [PERSON] [PERSONAL_ID], [PERSON] 401122334.\n- [PERSON]'s fare is refunded. [PERSON]: invoice from her firm.",
    ]);
  });

  it("leaves a firm named after the family name, and a place's word that is a Korean family name too", () => {
    const texts = ["| Park, Ha-neul | remote |\n| Chen, Mei-Ling | W-204 |", "Ha-neul stays at Park Hotel Tokyo; Mei-Ling works for Chen & Ito Design Co."];
    expect(maskTogether(texts).map((result) => result.text)).toEqual([
      "| [PERSON] | remote |\n| [PERSON] | W-204 |",
      "[PERSON] stays at Park Hotel Tokyo; [PERSON] works for Chen & Ito Design Co.",
    ]);
  });
});
