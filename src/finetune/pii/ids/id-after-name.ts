import { type PiiDetector, type Span } from "../detector.js";
import { afterThingWord, THING_WORD } from "./labelled-id-detectors.js";
import { THING_PREFIX } from "./named-id-detectors.js";

/**
 * A code written right beside a person a name detector found: a list or a slip names a person and then their staff,
 * member, client or patient code (渡会 聡 ST-0085530、…, Sato Ken (EMP-204118), 板垣 竜也（ME-0233）), or a member gives
 * their code and then their name (CW-SHB-02340 宇田川です). Letters in groups of capitals (CW-SHB-), then digits: five or
 * more, or, alone in brackets closing right after it, two letters or more and three or four digits after a hyphen (a
 * firm's client codes are short: ME-0233) that are no year (FY-2026); one letter is a room's (Min-ji Park (B-101)).
 * Not a thing's code by its prefix (佐藤 ORD-118822 is an order the person placed) nor a code after a thing's word
 * (請求書 AB-20417 佐藤様). A roster's CSV cell after the name's cell counts too (田中 真一, M0049217). Read after the
 * name detectors: only a name they found makes the code a person's.
 */
const LETTERS = String.raw`[A-Z]{1,4}(?:-[A-Z]{1,4}){0,2}`;
/**
 * A number's label opening the brackets after the name (栃尾（登録番号 KS-0719）, 佐藤（会員No. AB-1234）): the brackets
 * say whose number it is, and a registration's number there is the person's (a canvasser's, a guide's, a broker's).
 */
const LABEL_WORD = String.raw`[\p{Script=Han}\p{Script=Katakana}ー]{1,8}`;
const LABEL_SUFFIX = String.raw`(?:番号|ID|No\.?)[ \t]*[:：]?[ \t]*`;
const CODE_AFTER = new RegExp(
  String.raw`^(?:[ \t　]+|[ \t]*[,，][ \t]*|[ \t]*[（(][ \t]*(?:(?<label>${LABEL_WORD})${LABEL_SUFFIX})?)(?:(?<code>${LETTERS}-?\d{5,}(?:-\d+)?)(?![A-Za-z0-9]|-[A-Za-z0-9])|(?<=[（(][ \t]*(?:${LABEL_WORD}${LABEL_SUFFIX})?)(?<short>[A-Z]{2,4}(?:-[A-Z]{1,4}){0,2}-(?!(?:19|20)\d\d[)）\s])\d{3,4})(?=[ \t]*[)）]))`,
  "du",
);
/** A thing's label in the brackets (注文番号, 受付番号): the code is that thing's, whoever's name stands before it. */
const thingLabel = (label: string | undefined): boolean => label !== undefined && label !== "登録" && THING_WORD.test(label);
const CODE_BEFORE = new RegExp(String.raw`(?<![A-Za-z0-9-])(?<code>${LETTERS}-?\d{5,}(?:-\d+)?)[ \t　]+$`, "d");
/**
 * A date and a serial after the letters (AS-261102-0019, RMA-20261102-07): an order's, a claim's or a ticket's number
 * stamped by day; written before a name, the matter the person raised, not who they are.
 */
const DATED_SERIAL = /\d{6,8}-\d{2,5}$/;
/**
 * A Markdown heading opened by the code (### RK-40317-002 岸辺 美月さん, ## CASE-20417 Maria Lopez): the section is a
 * record, an interview's or a case's, and the code heading it is the record's number, the person's name its subject.
 */
const HEADING_OPENING = /(?:^|\n)#{1,6}[ \t]+$/;
const opensHeading = (shadow: string, index: number): boolean => HEADING_OPENING.test(shadow.slice(Math.max(0, index - 8), index));
/**
 * A person's home after the name (… 様宅, さん宅, 邸, 様方): the code before it numbers a job at that home, a request, a
 * visit or a delivery (R-40817 篠塚 健 様宅: a relief desk's needs slip), not who lives there.
 */
const HOME_AFTER = /^[ \t　]*(?:(?:様|さん|氏)?[ \t　]*(?:宅(?!配)|邸)|(?:様|さん)[ \t　]*方)/u;

/** How far beside a found person a code is looked for. */
const REACH = 32;

/**
 * A list under a person's ID's label, each person then their number (技能者ID：滝沢 51-0082-4417-93、五十嵐 51-0144-2096-08;
 * 会員番号: 佐藤 0012-448812): digits in groups, eight digits or more, right after a found name, where the line opens the
 * list with a label of a person's number (a word ending as a person's, then ID, 番号 or No., and a colon); not a date.
 */
const GROUPED_AFTER = /^[ \t　]+(?<code>\d{2,6}(?:-\d{2,6}){1,4})(?![\d-])/d;
const PERSON_LABEL_ON_LINE = /(?:[者員生客]|会員|顧客|社員|職員)(?:ID|ＩＤ|番号|No\.?)[ \t]*[:：][^\n]*$/u;
const LIST_REACH = 160;
/** A date in digit groups (2026-11-24): when the person joined or came, no number of theirs. */
const DATE = /^(?:19|20)\d\d-\d{1,2}-\d{1,2}$/;

function groupedNumberAfter(shadow: string, person: Span): Span | undefined {
  const after = GROUPED_AFTER.exec(shadow.slice(person.end, person.end + REACH));
  if (after === null || after.groups!.code!.replace(/-/g, "").length < 8 || DATE.test(after.groups!.code!)) return undefined;
  if (!PERSON_LABEL_ON_LINE.test(shadow.slice(Math.max(0, person.start - LIST_REACH), person.start))) return undefined;
  const [start, end] = after.indices!.groups!.code!;
  return { start: person.end + start, end: person.end + end };
}

/**
 * A register's codes listed each after a person's name and honorific, the list opened by the register's number's label
 * and a bracket or a colon (要支援者台帳の登録番号（東 ツル さん 要支援-0317、八角 進 さん 要支援-0322）, 受給者番号：佐藤 様
 * 介護-20411): a word of kanji or katakana, a hyphen and digits. Not under a thing's label (注文番号：… 発送-0412).
 */
const HONORIFIC_THEN_CODE = /^[ \t　]*(?:さん|様|氏)[ \t　]*(?<code>[\p{Script=Han}\p{Script=Katakana}ー]{1,4}-\d{3,6})(?![\d-])/du;
const NUMBER_LABEL_OPENING_LIST = /(?<label>[\p{Script=Han}\p{Script=Katakana}ー]{1,8})番号[ \t]*[（(:：][^\n（(]*$/u;

function codeAfterHonorific(shadow: string, person: Span): Span | undefined {
  const after = HONORIFIC_THEN_CODE.exec(shadow.slice(person.end, person.end + REACH));
  if (after === null) return undefined;
  const label = NUMBER_LABEL_OPENING_LIST.exec(shadow.slice(Math.max(0, person.start - LIST_REACH), person.start));
  if (label === null || thingLabel(label.groups!.label)) return undefined;
  const [start, end] = after.indices!.groups!.code!;
  return { start: person.end + start, end: person.end + end };
}

/**
 * A travel document's number given after each person's name and は or a colon, the document named earlier on the line
 * (旅券番号が要ります。Tran Van An は C1234567、Le Thi Mai は C7654321; Passports — Kim Minji: M12345678): one or two
 * capitals and seven or eight digits, as a passport is numbered. So is a certificate's or a licence's, each person's
 * perhaps with 分 (their share of the list: 資格証の番号 … 山田 花子 分: KS-12-004417), its issuer's capitals and two
 * groups of digits; not a thing's code by its prefix (PO-…: an order the person placed).
 */
const DOCUMENT_AFTER_NAME =
  /^[ \t　]*(?:分[ \t　]*)?(?:は|[:：])[ \t　]*(?<code>[A-Z]{1,2}\d{7,8}(?![A-Za-z0-9])|[A-Z]{1,4}-\d{2,4}-\d{4,8}(?![A-Za-z0-9-]))/d;
const DOCUMENT_ON_LINE = /(?:旅券|パスポート|[Pp]assport|PASSPORT|資格証|免許証|登録証|修了証)[^\n]*$/;

function documentAfterName(shadow: string, person: Span): Span | undefined {
  const after = DOCUMENT_AFTER_NAME.exec(shadow.slice(person.end, person.end + REACH));
  if (after === null || THING_PREFIX.test(after.groups!.code!) || !DOCUMENT_ON_LINE.test(shadow.slice(Math.max(0, person.start - LIST_REACH), person.start))) return undefined;
  const [start, end] = after.indices!.groups!.code!;
  return { start: person.end + start, end: person.end + end };
}

/**
 * A staff code in brackets after a found name and its honorific, a word saying what the person is before it and a comma
 * (勘解由小路 澄 様（嘱託、S0088104）, 佐藤さん（パート, P004417）): the aside is their employment or their section; a thing's
 * word there (注文、ORD-44120) makes the code that thing's.
 */
const CODE_AFTER_ASIDE = new RegExp(
  String.raw`^[ \t　]*(?:さん|様|氏)?[ \t　]*[（(][ \t]*(?<aside>[\p{Script=Han}\p{Script=Katakana}ー]{1,6})[、,][ \t]*(?<code>${LETTERS}-?\d{5,})(?=[ \t]*[)）])`,
  "du",
);

function codeAfterAside(shadow: string, person: Span): Span | undefined {
  const after = CODE_AFTER_ASIDE.exec(shadow.slice(person.end, person.end + REACH));
  if (after === null || THING_WORD.test(after.groups!.aside!) || THING_PREFIX.test(after.groups!.code!)) return undefined;
  const [start, end] = after.indices!.groups!.code!;
  return { start: person.end + start, end: person.end + end };
}

/**
 * A member's or a producer's number in digits alone, in brackets right after a found name and its honorific (宮坂 喜一
 * さん（03-011）, Ramos, Joselito（12-015）), or closing the brackets the name stands in (（… 名簿は 小椋 光枝、05-076）):
 * a register's district and serial. Two groups, the last of three digits or more: a date (11-12), a score (3-1) or a
 * span of years (1948-2026) is none, and a part's code has letters.
 */
const DIGITS_IN_BRACKETS_AFTER =
  /^[ \t　]*(?:さん|様|氏|君|くん|ちゃん)?[ \t　]*(?:[（(]|[、,][ \t　]*(?=\d{2,4}-\d{3,5}[ \t　]*[)）]))[ \t　]*(?<code>\d{2,4}-\d{3,5})[ \t　]*[)）]/du;
const YEAR_SPAN = /^(?:1[89]|20)\d\d-(?:1[89]|20)\d\d$/;

function digitsInBracketsAfter(shadow: string, person: Span): Span | undefined {
  const after = DIGITS_IN_BRACKETS_AFTER.exec(shadow.slice(person.end, person.end + REACH));
  if (after === null || YEAR_SPAN.test(after.groups!.code!)) return undefined;
  const [start, end] = after.indices!.groups!.code!;
  return { start: person.end + start, end: person.end + end };
}

export const ID_AFTER_NAME_DETECTORS: readonly PiiDetector[] = [
  {
    type: "PERSONAL_ID",
    find(shadow, found) {
      const spans: Span[] = [];
      for (const person of found?.list ?? []) {
        if (person.type !== "PERSON") continue;
        const grouped = groupedNumberAfter(shadow, person);
        if (grouped !== undefined) spans.push(grouped);
        const listed = codeAfterHonorific(shadow, person);
        if (listed !== undefined) spans.push(listed);
        const document = documentAfterName(shadow, person);
        if (document !== undefined) spans.push(document);
        const bracketed = digitsInBracketsAfter(shadow, person);
        if (bracketed !== undefined) spans.push(bracketed);
        const aside = codeAfterAside(shadow, person);
        if (aside !== undefined) spans.push(aside);
        const after = CODE_AFTER.exec(shadow.slice(person.end, person.end + REACH));
        if (after !== null) {
          const [start, end] = (after.indices!.groups!.code ?? after.indices!.groups!.short)!;
          if (!THING_PREFIX.test(after.groups!.code ?? after.groups!.short!) && !thingLabel(after.groups!.label)) spans.push({ start: person.end + start, end: person.end + end });
        }
        const from = Math.max(0, person.start - REACH);
        const beforeCode = CODE_BEFORE.exec(shadow.slice(from, person.start));
        if (beforeCode === null) continue;
        const [start, end] = beforeCode.indices!.groups!.code!;
        if (HOME_AFTER.test(shadow.slice(person.end, person.end + 8))) continue;
        if (!THING_PREFIX.test(beforeCode.groups!.code!) && !DATED_SERIAL.test(beforeCode.groups!.code!) && !afterThingWord(shadow, from + start) && !opensHeading(shadow, from + start)) spans.push({ start: from + start, end: from + end });
      }
      return spans;
    },
  },
];
