import type { PiiDetector, Span } from "../detector.js";

/**
 * A number listed right after a person's number the rules before found, with no label of its own but a word saying whose
 * or what it is, or none after "and" or a comma: a family member's document of the same shape (Passport FV482913, spouse
 * GA117706; 旅券 TK1204417、妻 TZ8830219; Passport nos. C4829107 and C5011386; a list of names each before theirs), or the household's other utility account (customer no. 0412-7738-2219, gas 58-3371-0042). Read after the
 * IDs, like same-form-ids.ts: only a found number makes the list a person's.
 */
const KIN_WORD = String.raw`(?:(?:his|her|their|the)[ \t]+)?(?:spouse|wife|husband|partner|son|daughter|child|mother|father)(?:'s)?|配偶者|妻|夫|長男|長女|次男|次女|子|母|父`;
const KIN_CODE = new RegExp(String.raw`^[ \t]*[,;、，][ \t]*(?:${KIN_WORD})[ \t]*[:：]?[ \t]*(?<code>[A-Z]{1,3}\d{6,9})(?![A-Za-z0-9])`, "u");
/** Or the next of a list joined by "and" or a comma (Passport nos. C4829107 and C5011386; 旅券 TK1204417、TK1204425). */
const JOINED_CODE = /^[ \t]*(?:,|、|，|(?:,[ \t]*)?and|&|と|及び|および)[ \t]*(?<code>[A-Z]{1,3}\d{6,9})(?![A-Za-z0-9])/u;
/**
 * Or the next of a list that gives each person's name before their number, after a comma (パスポート番号付き: WANG
 * XIAOMING EK5203916、LI WEI EJ7310482; Passports: Tran An C1234567, Le Mai C7654321; members' codes in hyphened groups:
 * 会員番号: 森 KB-M-00412、Rossi KB-F-00093): a name of one to three capitalised words, not a thing's word (Order,
 * Booking, Flight …: that number is the thing's); the code of the found one's shape.
 */
export const THING_NAME = /^(?:Order|Booking|Reservation|Ref|Reference|Ticket|Flight|Invoice|Receipt|Case|Tracking|Confirmation|Room|Seat|Item|Model|Lot|No|Tel)$/i;
const NAMED_CODE = /^[ \t]*[,;、，][ \t]*(?<name>[A-Z][A-Za-z'-]*(?:[ \t][A-Z][A-Za-z'-]*){0,2})(?:[ \t]*[:：])?[ \t]+(?<code>[A-Z]{1,3}\d{6,9}|[A-Z]{1,4}(?:-[A-Z0-9]{1,4}){0,2}-\d{4,9})(?![A-Za-z0-9-])/u;
const namedCode = (rest: string): RegExpExecArray | null => {
  const next = NAMED_CODE.exec(rest);
  return next !== null && !next.groups!.name!.split(/[ \t]/).some((word) => THING_NAME.test(word)) ? next : null;
};
/**
 * Or the number that replaced it, after an arrow (カード番号 4417-2093-81 → 新番号 4417-5560-02, member no. M-20417 → new
 * M-20988): the same person's, reissued; of the same shape.
 */
const REPLACING_CODE = /^[ \t]*(?:→|->|⇒)[ \t]*(?:新(?:しい)?番号|新|[Nn]ew(?: (?:number|no\.?))?)?[ \t]*[:：は]?[ \t]*(?<code>[A-Z0-9][A-Z0-9-]{4,23})(?![A-Za-z0-9-])/u;
/** A utility the same household pays, then perhaps its number word, then digits in groups (six digits or more). */
const UTILITY_NUMBER =
  /^[ \t]*[,;、，][ \t]*(?:and[ \t]+)?(?:gas|water|electricity|power|internet|broadband|ガス|水道|電気)(?:[ \t]+(?:customer|account|contract)(?:[ \t]+(?:no\.?|number))?)?[ \t]*[:：]?[ \t]*(?<code>\d{2,5}(?:-\d{2,5}){1,3})(?![\d-])/u;
/** The found kinds a list starts from: a customer number in twelve digits may have been taken as a My Number first. */
const PERSON_NUMBER_TYPES = new Set(["PERSONAL_ID", "MY_NUMBER"]);
/** What a found number must look like to start a utility list: digits in groups (a meter's or a customer's). */
const GROUPED_DIGITS = /^\d{2,5}(?:-\d{2,5}){1,3}$/;
/** How a code's letters and digits are laid out (FV482913 → AA999999): a family's passports share it. */
const shapeOf = (code: string): string => code.replace(/[A-Z]/g, "A").replace(/\d/g, "9");

export const IDS_LISTED_AFTER_IDS: PiiDetector = {
  type: "PERSONAL_ID",
  find(shadow, found) {
    const spans: Span[] = [];
    for (const id of found?.list ?? []) {
      if (id.type === undefined || !PERSON_NUMBER_TYPES.has(id.type)) continue;
      const value = shadow.slice(id.start, id.end);
      const rest = shadow.slice(id.end, id.end + 80);
      const next = KIN_CODE.exec(rest) ?? JOINED_CODE.exec(rest) ?? REPLACING_CODE.exec(rest) ?? namedCode(rest);
      const listed = next !== null && shapeOf(next.groups!.code!) === shapeOf(value) ? next : GROUPED_DIGITS.test(value) ? UTILITY_NUMBER.exec(rest) : null;
      if (listed === null) continue;
      const start = id.end + listed.index + listed[0].length - listed.groups!.code!.length;
      spans.push({ start, end: start + listed.groups!.code!.length });
    }
    return spans;
  },
};
