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
        for (const entry of shadow.slice(from, readTo).matchAll(LISTED_PASSPORT)) {
          if (entry.groups!.name!.split(/[ \t]/).some((word) => THING_NAME.test(word))) continue;
          const start = from + entry.index + entry[0].indexOf(entry.groups!.code!, entry.groups!.name!.length);
          spans.push({ start, end: start + entry.groups!.code!.length });
        }
      }
      return spans;
    },
  }),
];
