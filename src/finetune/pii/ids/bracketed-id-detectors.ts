import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { CHILD_HONORIFICS, FORMAL_HONORIFICS, honorificAlternation, POLITE_HONORIFICS } from "../lexicon/honorifics.js";

/**
 * An ID in brackets right after a person: after an honorific (井上 様（PT-004418）) or after a name's reading in
 * half-width kana, family and given name (ﾀﾅｶ ﾕｳｷ（EM-0061234）), or a foreign name in katakana, its names joined by
 * ・ (ルイス・ガルシア（EM-0061235）), as a list of patients or staff names whom it means; the bracket may go on after a
 * comma (藤巻 様（GF-0017742、72歳）).
 * An ID's shape: letters, perhaps a hyphen, then four digits or more (a date, a count or a word in brackets stays).
 */
const ID_IN_BRACKETS = String.raw`[ \t]*[（(][ \t]*(?<secret>[A-Za-z]{1,6}-?\d{4,}(?:-[A-Za-z0-9]+)?)[ \t]*(?:[、,，][^）)\n]{1,24})?[）)]`;

/** The honorific after a patient or a member of staff listed: anyone's, a letter's or a child's. */
const HONORIFIC = honorificAlternation(...POLITE_HONORIFICS, ...FORMAL_HONORIFICS, ...CHILD_HONORIFICS);
const AFTER_HONORIFIC = new RegExp(`${HONORIFIC}${ID_IN_BRACKETS}`, "dg");
const AFTER_KANA_READING = new RegExp(String.raw`(?:[ｦ-ﾟ]{2,}[ 　][ｦ-ﾟ]{2,}|[ァ-ヺー]{2,}・[ァ-ヺー]{2,})${ID_IN_BRACKETS}`, "dgu");

/**
 * Digits that open with a day (yymmdd or yyyymmdd) and end with that day's serial (KB-26110702, SO-2026110415): an
 * order's, a purchase's or a slip's number stamped by the day it was taken, the matter the person is written beside, not
 * their register number (PT-004418, GF-0017742 count up from zero).
 */
const DAY_THEN_SERIAL = /^[A-Za-z]{1,6}-?(?:20)?\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{2,4}$/;

export const BRACKETED_ID_DETECTORS: readonly PiiDetector[] = [
  gated(new RegExp(`${HONORIFIC}[ \\t]*[（(][ \\t]*[A-Za-z]`), patternDetector("PERSONAL_ID", AFTER_HONORIFIC, (match) => !DAY_THEN_SERIAL.test(match.groups!.secret!))),
  gated(/[ｦ-ﾟァ-ヺー][（(][ \t]*[A-Za-z]/, patternDetector("PERSONAL_ID", AFTER_KANA_READING)),
];
