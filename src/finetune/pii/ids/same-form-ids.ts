import { matchesOf, type PiiDetector, type Span } from "../detector.js";
import { afterThingWord } from "./labelled-id-detectors.js";
import { THING_PREFIX } from "./named-id-detectors.js";

/**
 * A code of the same form as a person's code found in the text — the same letters, then digits in groups of the same
 * lengths (BK-029104 found after 支援者番号, so BK-031877 in a list below; S25-1043 under 学籍番号, so S24-0877 in a row
 * the table lost): a company numbers its members, backers or students in one series, and a list or a log names them
 * again without the label. Read last: only a code the rules before found as a person's makes its series a person's. Not a
 * code after a thing's word (社員番号 EM20431, 注文 EM20477: the order's); one after a person's label is (backer #BK-…).
 */
const CODE_FORM = /^(?<letters>[A-Z]{1,5}(?:-[A-Z]{1,5})*-?)(?<digits>\d{2,}(?:-\d{2,})*)$/;

/**
 * Every code of CODE_FORM's form standing as a token of its own: read once, each kept if its series is a found one's
 * (a pattern a series read the whole text once each: a long text with many series read it as often).
 */
const CODE = /(?<![A-Za-z0-9-])(?<letters>[A-Z]{1,5}(?:-[A-Z]{1,5})*-?)(?<digits>\d{2,}(?:-\d{2,})*)(?![A-Za-z0-9]|-[A-Za-z0-9])/g;

/** A code's series: its letters and the lengths of its digits' groups (BK-6, S2-4), the same for every code of it. */
const seriesKey = (letters: string, digits: string): string => `${letters} ${digits.split("-").map((group) => group.length)}`;

/**
 * A number of digits alone printed in three groups or more (a library's patron numbers: 2300 1846 7729 after 利用者番号, so
 * 2300 0328 1150 in a list of overdue readers below): its series is its first group and its grouping, as a library or a
 * club prints its cards from one block of numbers.
 */
const GROUPED_FORM = /^\d{3,4}([ -])\d{3,4}(?:\1\d{3,4})+$/;
const GROUPED = /(?<![\d-])\d{3,4}([ -])\d{3,4}(?:\1\d{3,4})+(?!\d|-\d)/g;
const groupedKey = (number: string): string => `${number.slice(0, number.search(/[ -]/))} ${number.replace(/\d/g, "9")}`;

/**
 * A code with a letter inside its digits (a student number: the school's letter, the year, the faculty's letter and a
 * serial, S24H0726 under 学籍番号, so S25G0038 after a student's name below): its series is its first letters and its
 * shape, letter for letter and digit for digit, as one school numbers every year and faculty alike.
 */
export const INNER_LETTER_FORM = /^[A-Z]{1,3}\d{2,4}[A-Z]{1,2}\d{3,6}$/;
const INNER_LETTER = /(?<![A-Za-z0-9-])[A-Z]{1,3}\d{2,4}[A-Z]{1,2}\d{3,6}(?![A-Za-z0-9]|-[A-Za-z0-9])/g;
const innerLetterKey = (code: string): string => `${/^[A-Z]+/.exec(code)![0]} ${code.replace(/^[A-Z]+/, "").replace(/\d/g, "9").replace(/[A-Z]/g, "A")}`;

/** A found code's series, or none when the code is too short to stand for a series (four digits or more). */
function seriesOf(code: string): string | undefined {
  if (GROUPED_FORM.test(code)) return groupedKey(code);
  if (INNER_LETTER_FORM.test(code)) return innerLetterKey(code);
  const form = CODE_FORM.exec(code);
  if (form === null || THING_PREFIX.test(code)) return undefined;
  const { letters, digits } = form.groups!;
  return digits!.replace(/-/g, "").length < 4 ? undefined : seriesKey(letters!, digits!);
}

/** The codes in `shadow` of the series of any of `codes` (person's codes found here or in another part of the document). */
export function codesOfSeries(shadow: string, codes: Iterable<string>): Span[] {
  // Each series' codes, the series in the order their first codes were given.
  const series = new Map<string, Span[]>();
  for (const code of codes) {
    const key = seriesOf(code);
    if (key !== undefined && !series.has(key)) series.set(key, []);
  }
  if (series.size === 0) return [];
  const add = (key: string, match: RegExpExecArray) => {
    const spans = series.get(key);
    if (spans !== undefined && !afterThingWord(shadow, match.index)) spans.push({ start: match.index, end: match.index + match[0].length });
  };
  for (const match of matchesOf(CODE, shadow)) add(seriesKey(match.groups!.letters!, match.groups!.digits!), match);
  if ([...series.keys()].some((key) => /^\d/.test(key))) for (const match of matchesOf(GROUPED, shadow)) add(groupedKey(match[0]), match);
  if ([...series.keys()].some((key) => / 9+A/.test(key))) for (const match of matchesOf(INNER_LETTER, shadow)) add(innerLetterKey(match[0]), match);
  return [...series.values()].flat();
}

/** A number of digits alone, eight to twelve: a register's, long enough that its first four digits name its block. */
const DIGITS_ALONE = /^\d{8,12}$/;
/**
 * Or digits in hyphened groups, eight or more, the first no year (a card's 0603-19520): its siblings have its first group
 * and its grouping (手帳 第 0603-19520 号 ではなく番号は 0603-19502: the number corrected), as a year's first group
 * (2026-0709) would make a date one.
 */
const HYPHENED_DIGITS = /^(?!(?:19|20)\d\d-)\d{3,6}(?:-\d{2,8}){1,3}$/;
/** A register's 第 and 号 around a found number (第 0603-19520 号): the number inside is the sibling's form. */
const unwrapped = (value: string): string => value.replace(/^第[ \t　]?/u, "").replace(/[ \t　]?号$/u, "");
/** How far after a found number its sentence is read for its siblings. */
const SENTENCE_REACH = 120;

/** The pattern of a number's siblings: its first four digits, or its first group, and its length or its grouping. */
function siblingPattern(value: string): RegExp | undefined {
  if (DIGITS_ALONE.test(value)) return new RegExp(`(?<![\\d-])${value.slice(0, 4)}\\d{${value.length - 4}}(?![\\d-])`, "g");
  if (!HYPHENED_DIGITS.test(value) || value.replace(/-/g, "").length < 8) return undefined;
  const [first, ...groups] = value.split("-");
  return new RegExp(`(?<![\\d-])${first}${groups.map((group) => `-\\d{${group.length}}`).join("")}(?![\\d-])`, "g");
}

/**
 * Numbers of a found number's length and first four digits later in its sentence (競技者登録番号 20931877 は主将、副将は
 * 20935512): a register numbers its members from one block, and a list after one label gives the next member's with no
 * label of its own. Within the sentence only (up to 。, a line break or a full stop and a space), and not after a thing's
 * word (注文 2093…: the order's).
 */
function sentenceSiblings(shadow: string, ids: readonly Span[]): Span[] {
  const siblings: Span[] = [];
  for (const id of ids) {
    const sibling = siblingPattern(unwrapped(shadow.slice(id.start, id.end)));
    if (sibling === undefined) continue;
    const rest = shadow.slice(id.end, id.end + SENTENCE_REACH);
    const sentence = rest.slice(0, rest.search(/[。\n]|\. |$/));
    for (const match of sentence.matchAll(sibling)) {
      const start = id.end + match.index;
      if (!afterThingWord(shadow, start)) siblings.push({ start, end: start + match[0].length });
    }
  }
  return siblings;
}

export const SAME_FORM_ID_DETECTORS: readonly PiiDetector[] = [
  {
    type: "PERSONAL_ID",
    find(shadow, found) {
      const ids = (found?.list ?? []).filter((id) => id.type === "PERSONAL_ID");
      const series = codesOfSeries(shadow, ids.map((id) => shadow.slice(id.start, id.end)));
      const siblings = sentenceSiblings(shadow, ids);
      return siblings.length === 0 ? series : [...series, ...siblings];
    },
  },
];
