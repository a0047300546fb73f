import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * The address classes the tenth held-out set missed (issue 13), each with the look-alikes beside it that must stay:
 * a next line that is no building, counts, prices, versions and chapters before a number. Values are made up here,
 * not the set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a Japanese address whose building and room are on the next line": [
    ["新住所\n  千葉県船橋市本町2丁目7番14号\n  グランメゾン船橋本町 803、電話", "新住所\n  [ADDRESS]、電話"],
    ["送付先：神奈川県藤沢市鵠沼石上1-3-9\n　コーポ石上 202号室", "送付先：[ADDRESS]"],
    ["住所：大阪府堺市北区中百舌鳥町2-11\n  ご確認ください。\n  2024年 12月 15件", "住所：[ADDRESS]\n  ご確認ください。\n  2024年 12月 15件"],
  ],
  "a continental street of any name, its postcode and town after the number": [
    ["Ship to: Am Hafen 7, 20457 Hamburg, Germany · +49 40", "Ship to: [ADDRESS] · +49 40"],
    ["Unter den Linden 21, 10117 Berlin; Place du Marché 3, 69002 Lyon", "[ADDRESS]; [ADDRESS]"],
    ["Chapter 3, 2024 Edition; Order 14, 10997 units shipped; Table 5, 12000 rows", "Chapter 3, 2024 Edition; Order 14, 10997 units shipped; Table 5, 12000 rows"],
  ],
  "a romaji address whose prefecture and postcode are on the next line": [
    ["proofs to:\n  2-14-6 Jiyugaoka, Meguro-ku\n  Tokyo 152-0035\n  mobile", "proofs to:\n  [ADDRESS]\n  mobile"],
    ["office: 1-2-3 Umeda, Kita-ku\nThanks for the call\nOsaka team", "office: [ADDRESS]\nThanks for the call\nOsaka team"],
  ],
  "a flat, then a building's name, then a romaji block": [
    ["Deliver to Unit 508, Brillia Tower Shinagawa, 2-5-1 Konan, Minato-ku, Tokyo.", "Deliver to [ADDRESS]."],
    ["Room 12, Level 3, Park Hyatt lounge at 3-7-1 Nishi-Shinjuku: meet there", "Room 12, Level 3, Park Hyatt lounge at 3-7-1 Nishi-Shinjuku: meet there"],
  ],
};

describeMaskingClasses("the tenth set's address classes", classes);
