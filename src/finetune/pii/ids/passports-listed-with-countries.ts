import { gated, type PiiDetector, type Span } from "../detector.js";
import { THING_NAME } from "./ids-listed-after-ids.js";

/**
 * A list of passports after the passport's word, each a surname or a name, the number, then the issuing country's code in
 * brackets (Passports: Mensah G2208841 (GH), Lindqvist 88120447 (SE); 旅券番号一覧 Tran C4410927 (VN)、Kaur Z 3318820 (IN)):
 * the country's code after every entry makes the list a list of passports. Read to the paragraph's end (a blank line). A
 * flight, an order or a room before a number (Flight NH 880012 (JP)) is the thing's.
 */
const PASSPORT_CUE = /[Pp]assports?|PASSPORTS?|旅券|パスポート/g;
const LISTED_PASSPORT =
  /(?<![\p{L}\d])(?<name>\p{Lu}[\p{Ll}'’-][\p{L}'’-]*(?:[ \t]\p{Lu}[\p{Ll}'’-][\p{L}'’-]*){0,2})[ \t]+(?<code>[A-Z]{0,2}[ \t]?\d{6,9})[ \t]*[(（][A-Z]{2,3}[)）]/gu;

/**
 * Or, where the passport's line ends on a colon, the list on the lines after it with no country's code (Passport numbers
 * for the lodge's register (…):⏎  Okafor A5518207, Lindgren 70418823.): two entries or more, each a name and a
 * number alone in its place in the list (a comma, a full stop or the line's end after it); no date's eight digits.
 */
const LIST_AFTER_COLON = /^[^\n]*[:：][ \t]*\n/;
const LISTED_PASSPORT_BARE =
  /(?<![\p{L}\d])(?<name>\p{Lu}[\p{Ll}'’-][\p{L}'’-]*(?:[ \t]\p{Lu}[\p{Ll}'’-][\p{L}'’-]*){0,2})[ \t]+(?<code>[A-Z]{0,2}\d{7,9})(?=[ \t]*(?:[,，、;；.。]|$))/gmu;
const DATE_DIGITS = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/** The numbers of a list's entries, each after a name that is no thing's. */
function listedCodes(text: string, entry: RegExp, from: number): Span[] {
  const spans: Span[] = [];
  for (const found of text.matchAll(entry)) {
    if (found.groups!.name!.split(/[ \t]/).some((word) => THING_NAME.test(word))) continue;
    const start = from + found.index + found[0].indexOf(found.groups!.code!, found.groups!.name!.length);
    spans.push({ start, end: start + found.groups!.code!.length });
  }
  return spans;
}

export const PASSPORTS_LISTED_WITH_COUNTRIES: readonly PiiDetector[] = [
  gated(/[Pp]assport|PASSPORT|旅券|パスポート/, {
    type: "PERSONAL_ID",
    find(shadow) {
      const spans: Span[] = [];
      let readTo = 0;
      for (const cue of shadow.matchAll(PASSPORT_CUE)) {
        if (cue.index < readTo) continue;
        const from = cue.index;
        const blank = shadow.slice(from).search(/\n[ \t]*\n/);
        readTo = blank === -1 ? shadow.length : from + blank;
        const paragraph = shadow.slice(from, readTo);
        spans.push(...listedCodes(paragraph, LISTED_PASSPORT, from));
        const heading = LIST_AFTER_COLON.exec(paragraph);
        if (heading === null) continue;
        const listFrom = from + heading[0].length;
        const listed = listedCodes(shadow.slice(listFrom, readTo), LISTED_PASSPORT_BARE, listFrom).filter(({ start, end }) => !DATE_DIGITS.test(shadow.slice(start, end)));
        if (listed.length >= 2) spans.push(...listed);
      }
      return spans;
    },
  }),
];
