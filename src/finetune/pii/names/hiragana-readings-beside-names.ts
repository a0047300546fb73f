import type { Span } from "../detector.js";
import type { Finding } from "../context/neighbour-spans.js";
import { asReading, nameLexicon } from "../lexicon/japanese-name-lexicon.js";

/** A found full name: a kanji surname, a space, a given name in kanji, kana or both (權藤 キミ子, 十文字 颯). */
const FULL_NAME = /^(\p{Script=Han}{1,4})[ 　]([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{1,4})$/u;
const READING = String.raw`\p{Script=Hiragana}{2,9}(?:[ 　]\p{Script=Hiragana}{1,8})?`;
/**
 * The reading after the name: in brackets (after its honorific perhaps), closing a web page's cell after a line break
 * (or a Markdown table's cell after the space the break became), or after the honorific and a space before a bracket or
 * the line's end (大廻 悠真 様 おおまわり ゆうま（父）).
 */
const BRACKETED = new RegExp(String.raw`^[ \t]?(?:さん|様|氏)?[ \t]?[（(](${READING})[）)]`, "u");
const CELL_AFTER_BREAK = new RegExp(String.raw`^(?:[ \t]*<br ?\/?>[ \t]*|[ \t](?=[^|\n]*\|))(\p{Script=Hiragana}{2,9}[ 　]\p{Script=Hiragana}{1,8})[ \t]*(?=<\/td>|<br|\||$)`, "mu");
const AFTER_HONORIFIC = new RegExp(String.raw`^[ \t]?(?:さん|様)[ \t]+(\p{Script=Hiragana}{2,9}[ 　]\p{Script=Hiragana}{1,8})(?=[（(、,]|[ \t]*$)`, "mu");
/**
 * Or as the next item of a roster's list, both parts, the list going on or ending (纐纈 大輔、こうけつ だいすけ、…, …、
 * 大豆生田 実、おおまみゅうだ みのる …ほか23名): a list names no word's reading after a person's name, but its given
 * name's part must read as a given name.
 */
const NEXT_LIST_ITEM = new RegExp(String.raw`^[ \t]?[、,，][ \t]?(\p{Script=Hiragana}{2,9}[ 　]\p{Script=Hiragana}{2,8})(?=[ \t]?(?:[、,，。）)\n…]|ほか|$))`, "u");
/** Or before it, the cell's first line, the name in brackets after the break (ほしの そうま<br>（星野 颯真・小4）). */
const CELL_BEFORE_BREAK = new RegExp(String.raw`(?:^|>|[|｜\t][ \t]?)(\p{Script=Hiragana}{2,9}[ 　]\p{Script=Hiragana}{1,8})[ \t]*(?:<br ?\/?>[ \t]*)?[（(]$`, "u");
const HONORIFIC_WORD = /^(?:さま|さん|くん|ちゃん|どの|ほか)$/u;

/** Whether kana can read the written part: a kanji or kana reads as one to three kana, and one more for a long sound. */
const fits = (kana: string, written: string): boolean => kana.length >= written.length && kana.length <= 3 * written.length + 1;

/** A surname the dictionary gives no reading: its reading alone may be a word's too (一尾 美樹（いちお）). */
const rareSurname = (surname: string): boolean => (nameLexicon().readingsOfSurname.get(surname) ?? []).length === 0;
/** A table's cell ending: a rare surname's reading alone there is the cell's note on the name, no phrase going on. */
const CELL_ENDS = /^[ \t]*(?:\||<\/td>|\n|$)/u;

/** Whether kana can read a surname: one of the dictionary's readings of it, or, for one it gives none, any that fits. */
function readsSurname(kana: string, surname: string): boolean {
  const readings = nameLexicon().readingsOfSurname.get(surname);
  return readings === undefined || readings.length === 0 ? fits(kana, surname) : readings.includes(asReading(kana));
}

/**
 * A surname's reading alone in brackets that the dictionary gives some surname but not this one (仁平 あおい（にへい）: it
 * reads 仁平 にだいら), of three kana or more and fitting the written surname: a family's own reading, however the word
 * reads too (笹生 様（ささお）).
 */
const readsAsOtherSurname = (kana: string, writtenSurname: string): boolean =>
  kana.length >= 3 && fits(kana, writtenSurname) && nameLexicon().surnameReadings.has(asReading(kana));

/**
 * A reading of both parts the dictionary gives no surname of it (仁平 ハル（にへい はる）: it reads 仁平 にだいら): the
 * surname's part some surname's reading, fitting it, and the given name's the found kana given name or a given name's
 * reading.
 */
function readsAsFullName(surname: string, given: string | undefined, writtenSurname: string, writtenGiven: string): boolean {
  if (given === undefined || !fits(surname, writtenSurname) || !nameLexicon().surnameReadings.has(asReading(surname))) return false;
  return asReading(given) === asReading(writtenGiven) || (nameLexicon().givenNameReadings.has(asReading(given)) && fits(given, writtenGiven));
}

/**
 * The given name's reading alone in brackets, closing them or before a note (石動 美咲（みさき）, 石動 蓮（れん、小3）), as
 * a roster gives a child's name whose kanji read several ways: a given name's reading by the dictionary (a word's too:
 * つばさ), fitting the given name's part and no reading of the surname (佐藤 健（さとう）is the surname's).
 */
const GIVEN_READING_BRACKETED = /^[ \t]?[（(](\p{Script=Hiragana}{2,5})(?=[）)、,，])/u;
function readsGivenName(kana: string, surname: string, given: string): boolean {
  const { givenNameReadings, givenNames } = nameLexicon();
  const surnameReading = (nameLexicon().readingsOfSurname.get(surname) ?? []).includes(asReading(kana));
  return /^\p{Script=Han}+$/u.test(given) && fits(kana, given) && !surnameReading && !HONORIFIC_WORD.test(kana) && (givenNameReadings.has(asReading(kana)) || givenNames.has(kana));
}

/**
 * A found surname in quotes, then は and its reading in quotes, as a note on how to read a register's names says it
 * (※「百目鬼」は「どうめき」): the reading, of a surname's length, is the person's name too.
 */
const QUOTED_READING_AFTER = /^[」』]は[「『](\p{Script=Hiragana}{2,9})[」』]/u;
function quotedSurnameReading(shadow: string, finding: Finding): Span | undefined {
  const surname = shadow.slice(finding.start, finding.end);
  if (!/^\p{Script=Han}(?:[ノヶ]?[\p{Script=Han}々]){1,3}$/u.test(surname) || !/[「『]$/u.test(shadow.slice(finding.start - 1, finding.start))) return undefined;
  const reading = QUOTED_READING_AFTER.exec(shadow.slice(finding.end, finding.end + 16));
  if (reading === null || !readsSurname(reading[1]!, surname) || HONORIFIC_WORD.test(reading[1]!)) return undefined;
  const start = finding.end + 3;
  return { start, end: start + reading[1]!.length };
}

/**
 * A found kanji full name's reading in hiragana beside it, as a form, a register or a care sheet gives it (權藤 キミ子
 * さん（ごんどう きみこ）, 大豆生田 功 様（おおまみゅうだ）, 十文字 颯<br>じゅうもんじ はやて). The surname's reading one the
 * dictionary gives, or, for a rare surname it gives none, any that fits; a web page's cell may give it first, the name in
 * brackets after the break (not 佐藤 健 様（ごほんにん）); the given name's
 * fitting its part's length. A surname's reading alone only in brackets, of three kana or more and no word's reading
 * (not （ほか）), unless the surname is one the dictionary gives no reading and the bracket ends a table's cell (| 一尾
 * 美樹（いちお） |); after an honorific without a bracket the given name must read as one (not 様 よろしく おねがいします).
 */
export function hiraganaReadingsBesideNames(shadow: string, findings: readonly Finding[]): Span[] {
  const spans: Span[] = [];
  const { givenNameReadings, wordReadings } = nameLexicon();
  for (const finding of findings) {
    const surnameReading = finding.type === "PERSON" ? quotedSurnameReading(shadow, finding) : undefined;
    if (surnameReading !== undefined) spans.push(surnameReading);
    const name = finding.type === "PERSON" ? FULL_NAME.exec(shadow.slice(finding.start, finding.end)) : null;
    if (name === null) continue;
    const before = CELL_BEFORE_BREAK.exec(shadow.slice(Math.max(0, finding.start - 40), finding.start));
    if (before !== null) {
      const [surname, given] = before[1]!.split(/[ 　]/u) as [string, string];
      const start = finding.start - before[0].length + before[0].indexOf(before[1]!);
      if (!HONORIFIC_WORD.test(given) && readsSurname(surname, name[1]!) && fits(given, name[2]!)) spans.push({ start, end: start + before[1]!.length });
    }
    const rest = shadow.slice(finding.end, finding.end + 40);
    const givenReading = GIVEN_READING_BRACKETED.exec(rest)?.[1];
    if (givenReading !== undefined && readsGivenName(givenReading, name[1]!, name[2]!)) {
      const start = finding.end + rest.indexOf(givenReading);
      spans.push({ start, end: start + givenReading.length });
      continue;
    }
    const afterHonorific = AFTER_HONORIFIC.exec(rest);
    const bracketed = BRACKETED.exec(rest);
    const listItem = NEXT_LIST_ITEM.exec(rest);
    const reading = bracketed ?? CELL_AFTER_BREAK.exec(rest) ?? afterHonorific ?? listItem;
    if (reading === null) continue;
    const [surname, given] = reading[1]!.split(/[ 　]/u) as [string, string?];
    const otherSurnameReading = reading === bracketed && given === undefined && readsAsOtherSurname(surname, name[1]!);
    if (HONORIFIC_WORD.test(surname) || (given !== undefined && HONORIFIC_WORD.test(given)) || !(readsSurname(surname, name[1]!) || otherSurnameReading || readsAsFullName(surname, given, name[1]!, name[2]!) || (reading === listItem && fits(surname, name[1]!)))) continue;
    const wordToo = wordReadings.has(asReading(surname)) && !otherSurnameReading && !(rareSurname(name[1]!) && reading === bracketed && CELL_ENDS.test(rest.slice(reading[0].length)));
    if (given === undefined ? surname.length < 3 || wordToo : !fits(given, name[2]!)) continue;
    if ((reading === afterHonorific || reading === listItem) && !givenNameReadings.has(asReading(given!))) continue;
    const start = finding.end + reading.index + reading[0].lastIndexOf(reading[1]!);
    spans.push({ start, end: start + reading[1]!.length });
  }
  return spans;
}
