import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A catalogue gift's number after 番号 alone or カタログ番号, the catalogue named shortly before, on the line before too
 * (内祝いのカタログが届きました。⏎番号 GC-6907-5063-7196; カタログギフトの番号は QX-6053-9071-6835): the code its recipient
 * redeems, theirs as the Decisions read an exchange's own number. Capitals and three groups of four digits, as the card
 * prints it; a page's or an item's number (カタログの 番号 12, 商品番号 207-51) has none of that shape.
 */
const CATALOGUE_NUMBER =
  /(?:(?<![\p{Script=Han}\p{Script=Katakana}ー])|(?<=カタログ))番号[ \t　]*(?:は|[:：])?[ \t　]*(?<secret>[A-Z]{2,4}(?:-\d{4}){3})(?![A-Za-z0-9-])/dgu;
const CATALOGUE_BEFORE = /カタログ/u;
const catalogueSaidBefore = (match: RegExpExecArray, shadow: string): boolean => CATALOGUE_BEFORE.test(shadow.slice(Math.max(0, match.index - 80), match.index));

export const CATALOGUE_GIFT_NUMBERS: readonly PiiDetector[] = [gated(/カタログ/, patternDetector("PERSONAL_ID", CATALOGUE_NUMBER, catalogueSaidBefore))];
