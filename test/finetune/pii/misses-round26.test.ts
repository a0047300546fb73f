import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/** Values made up here, each class in layouts other than the misses that showed it. */
const classes: Record<string, MaskingCase[]> = {
  "a given name, a middle initial and a family name, after a title, a label or nothing": [
    ["Ms. Ana P. Reyes will attend.", "Ms. [PERSON] will attend."],
    ["Dr. Lee J. Park signed it.", "Dr. [PERSON] signed it."],
    ["Mrs. Olena V. Kovalenko", "Mrs. [PERSON]"],
    ["Chief Engineer: Arnel T. Bautista", "Chief Engineer: [PERSON]"],
    ["Ana P. Reyes Santos signed", "[PERSON] signed"],
  ],
  "a list's letter, a firm or a place after the same layout": [
    ["Plan B. Smith", "Plan B. Smith"],
    ["Exhibit A. Morgan", "Exhibit A. Morgan"],
    ["Arnel T. Bautista Shipping Co.", "Arnel T. Bautista Shipping Co."],
    ["Grace A. Park Hotel", "Grace A. Park Hotel"],
    ["See Appendix C. Table 3", "See Appendix C. Table 3"],
    ["Version 2.3.1 by Mr. K. Tanaka", "Version 2.3.1 by Mr. K. Tanaka"],
  ],
  "a listed family name in capitals, a space and the given names after a person's label": [
    ["Trainee: TRAN Thi Mai", "Trainee: [PERSON]"],
    ["Student | NGUYEN Van Minh |", "Student | [PERSON] |"],
    ["Member: SMITH John", "Member: [PERSON]"],
  ],
  "a firm's capitals and its words after the same labels": [
    ["Client: NTT Docomo", "Client: NTT Docomo"],
    ["Student: TOEIC Listening Part", "Student: TOEIC Listening Part"],
    ["Guest: WIFI Password", "Guest: WIFI Password"],
  ],
  "a family name in capitals that is a place's too, a comma and listed given names": [
    ["Crew list\nOiler  LIMA, Ana Beatriz\nCook  REYES, Juan", "Crew list\nOiler  [PERSON]\nCook  [PERSON]"],
    ["| PARIS, Maria Elena |", "| [PERSON] |"],
  ],
  "a place and its country or a second place in the same layout": [
    ["| MENDOZA, Argentina |", "| MENDOZA, Argentina |"],
    ["Sites: Lima, Santiago", "Sites: Lima, Santiago"],
    ["| Paris, France |", "| Paris, France |"],
  ],
  "a full name with a particle family name after a verb": [
    ["Call João dos Santos and the clinic", "Call [PERSON] and the clinic"],
    ["Tell Anna van der Berg about it", "Tell [PERSON] about it"],
    ["Ask Pieter de Vries to sign", "Ask [PERSON] to sign"],
  ],
  "a verb before a place or a work with the same particle": [
    ["Visit Santa Maria de la Paz soon", "Visit Santa Maria de la Paz soon"],
    ["Fly to Charles de Gaulle Airport", "Fly to Charles de Gaulle Airport"],
    ["Ask about Leonardo da Vinci airport", "Ask about Leonardo da Vinci airport"],
  ],
  "Japanese family names in romaji after Latin given names, ending a field": [
    ["<td>Father<br>Ricardo Kenji Nakamura Tanaka</td>", "<td>Father<br>[PERSON]</td>"],
    ["Mother: Patricia Emi Nakamura Tanaka\nNext", "Mother: [PERSON]\nNext"],
  ],
  "a dish's romaji words after a found name": [
    ["John Smith Sakura Mochi", "[PERSON] Sakura Mochi"],
  ],
};

describeMaskingClasses("misses of round 26", classes);
