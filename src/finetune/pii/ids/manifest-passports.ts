import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A passenger's or a crew member's passport on a manifest's line: the name, the nationality's three-letter code in
 * brackets, a dash, then one or two capitals and seven or eight digits (Mr. Erdene Bold (MNG) — E2210594, Ana Ruiz (ESP) -
 * PAB123456 is no passport): the nationality before it makes the code the person's document. A flight's number is shorter.
 */
const MANIFEST_PASSPORT =
  /\p{Lu}[\p{Ll}\p{Lu}'’.-]+[ \t]*[(（][A-Z]{3}[)）][ \t]*[—–-][ \t]*(?<secret>[A-Z]{1,2}\d{7,8})(?![A-Za-z0-9-])/dgu;

/**
 * A person's NHS number in its printed 3-3-4 groups, a little after the label, a line's break allowed (NHS number written
 * on her health form: 943 476 5919): the label names the number. Not a phone's (0 or + first).
 */
const NHS_NUMBER_AFTER = /(?<![A-Za-z])NHS[ \t]+(?:[Nn]umber|[Nn]o\.?)(?:[^\n。.]|\n(?![ \t]*\n)){0,40}?(?<![\d+])(?<secret>[1-9]\d{2} \d{3} \d{4})(?![\d])/dg;

export const MANIFEST_PASSPORTS: readonly PiiDetector[] = [
  gated(/[)）][ \t]*[—–-]/, patternDetector("PERSONAL_ID", MANIFEST_PASSPORT)),
  gated(/NHS/, patternDetector("PERSONAL_ID", NHS_NUMBER_AFTER)),
];
