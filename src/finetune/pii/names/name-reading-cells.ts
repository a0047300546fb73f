import { type Found, gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import type { SpanIndex } from "../span-index.js";
import { asReading, commonNouns, longestName, nameLexicon, wordReadings } from "../lexicon/japanese-name-lexicon.js";

/**
 * A kanji name and its kana reading in the next cell, as a register, a CSV export or a form's table writes a person
 * (2031,仲村渠 勇,なかんだかり いさむ,物流; "比屋根 舞";"ひやね まい"; 1025,宇野美里,ウノミサト,総務): the reading, a surname's
 * and a given name's read by the dictionary, vouches for the kanji before it, whose given name alone (勇, 舞: common
 * nouns too) no cell rule takes. Both cells are masked. A place or a product and its reading (青森,あおもり, 林檎,りんご)
 * reads as no surname and given name together.
 */
const NAME_THEN_READING =
  /(?<=^|[,;\t|｜][ 　]?)"?(?<name>\p{Script=Han}[\p{Script=Han}々]{0,3}[ 　]?\p{Script=Han}[\p{Script=Han}々]{0,2})"?[ 　]?[,;\t|｜][ 　]?"?(?<reading>[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,8}(?:[ 　][\p{Script=Hiragana}\p{Script=Katakana}ー]{1,8})?)"?(?=[ 　]?(?:[,;\t|｜]|$))/dgmu;

/**
 * Kana that reads as a surname then a given name, split at its space or, written on as the kanji are, at any kana; not
 * a word of the dictionary (ヴァイオリン after 小田 圭 in a roster is the instrument, not his reading).
 */
function readsAsFullName(kana: string, kanjiSpaced: boolean): boolean {
  const { surnameReadings, givenNameReadings } = nameLexicon();
  const reading = asReading(kana);
  const parts = reading.split(/[ 　]/u);
  if (parts.length === 2) return surnameReadings.has(parts[0]!) && givenNameReadings.has(parts[1]!);
  if (kanjiSpaced || wordReadings().has(reading)) return false;
  for (let cut = 2; cut <= reading.length - 2; cut++) {
    if (surnameReadings.has(reading.slice(0, cut)) && givenNameReadings.has(reading.slice(cut))) return true;
  }
  return false;
}

/**
 * Kanji that open with a surname of the dictionary: then a space and any given name (仲村渠 勇), or written on, a given
 * name it lists that is no common noun (宇野美里; not 田中歯科 or 熊本城, whose readings たなかしか and くまもとじょう split
 * as a surname's and an old given name's too).
 */
function opensWithSurname(kanji: string): boolean {
  const [surname, given] = kanji.split(/[ 　]/u) as [string, string | undefined];
  const { surnames, givenNames } = nameLexicon();
  if (given !== undefined) return surnames.has(surname);
  const surnameLength = longestName(kanji, surnames, false, 4);
  const rest = kanji.slice(surnameLength);
  return surnameLength > 0 && givenNames.has(rest) && !commonNouns().has(rest);
}

export const NAME_READING_CELLS: PiiDetector = gated(/\p{Script=Han}"?[ 　]?[,;\t|｜][ 　]?"?[\p{Script=Hiragana}\p{Script=Katakana}]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(NAME_THEN_READING, shadow).flatMap((match): Span[] => {
      const { name, reading } = match.groups!;
      if (!readsAsFullName(reading!, /[ 　]/u.test(name!)) || !opensWithSurname(name!)) return [];
      const [nameStart, nameEnd] = match.indices!.groups!.name!;
      const [readingStart, readingEnd] = match.indices!.groups!.reading!;
      return [
        { start: nameStart, end: nameEnd },
        { start: readingStart, end: readingEnd },
      ];
    }),
});

/** Two kana words, hiragana, katakana or half-width katakana: a person's reading as a form or a register writes it. */
const KANA_READING = "(?:\\p{Script=Hiragana}{1,8}|[\\p{Script=Katakana}ー\\uFF66-\\uFF9F]{1,12})[ 　](?:\\p{Script=Hiragana}{1,8}|[\\p{Script=Katakana}ー\\uFF66-\\uFF9F]{1,12})";
/** A kanji surname, ノ or ヶ perhaps joining its kanji (一ノ瀬, 八ヶ代), a space and a kanji given name. */
const KANJI_NAME = "\\p{Script=Han}(?:[ノヶ]?[\\p{Script=Han}々]){0,3}[ 　]\\p{Script=Han}[\\p{Script=Han}々]{0,2}";
/**
 * A kana reading and a kanji full name, one in brackets right after the other (ひがしかた ゆうへい（東方 祐平）, 東方 祐平
 * （ひがしかた ゆうへい）, いおろい ゆうと くん（五百蔵 悠斗、…）, 鮭川 源蔵 殿（サケガワ ゲンゾウ）), as a register or an applicant writes a name the dictionary does not read: a surname that is a
 * word too (東方) or that it lacks. The reading's second word reads as a given name and the kanji's second is a listed
 * given name, no common noun; a heading and its note (新商品（おすすめ です）, 東京 本社（とうきょう ほんしゃ）) are not.
 */
const READING_BESIDE_NAME = new RegExp(
  `(?<![\\p{Script=Hiragana}\\p{Script=Katakana}ー\\uFF66-\\uFF9F])(?<reading>${KANA_READING})(?:[ 　]?(?:くん|さん|様|ちゃん|殿|氏))?[ 　]?[（(](?<name>${KANJI_NAME})(?=[）)、,，])|(?<![\\p{Script=Han}々])(?<name2>${KANJI_NAME})(?:[ 　]?(?:くん|さん|様|ちゃん|殿|氏))?[ 　]?[（(](?<reading2>${KANA_READING})(?=[）)、,，／/])`,
  "dgu",
);

/**
 * Whether a reading and a kanji name vouch for each other: the reading's first word is one of the surname's readings,
 * its second a given name's reading, the kanji's second a listed given name. Two of these, or one (the surname may be
 * a word too, 東方, or one the dictionary lacks; a Chinese given name is no Japanese one, 王 雨桐（おう うとう）) where
 * neither the given name nor its reading is a word (青森 林檎（あおもり りんご）, 王 将棋（おう しょうぎ）).
 */
function readingVouchesForName(reading: string, name: string): boolean {
  const { givenNameReadings, givenNames, readingsOfSurname } = nameLexicon();
  const [surnameReading, givenReading] = reading.split(/[ 　]/u).map(asReading) as [string, string];
  const [surname, given] = name.split(/[ 　]/u) as [string, string];
  const readsSurname = (readingsOfSurname.get(surname) ?? []).includes(surnameReading);
  const readsGiven = givenNameReadings.has(givenReading);
  const listedGiven = givenNames.has(given) && !commonNouns().has(given);
  const signals = [readsSurname, readsGiven, listedGiven].filter(Boolean).length;
  // A reading that a surname vouches for may give a given name that is a word's sound too (うとう).
  const noWord = !commonNouns().has(given) && (readsSurname || !wordReadings().has(givenReading));
  return signals >= 2 || (signals === 1 && noWord);
}

/**
 * A kanji full name a rule before took whole as a person's (百済 真白 さん, before its reading): it vouches for the kana
 * beside it as its reading, the surname one the dictionary lacks (くだら) and the given name one it reads as a word (ましろ),
 * when both words are of one script, as a reading is written: a job's katakana before a hiragana surname (元スタイリスト
 * にしかわ(西川 遥)) is the person's past, not the reading's first word.
 */
const ONE_SCRIPT_READING = /^(?:\p{Script=Hiragana}+[ 　]\p{Script=Hiragana}+|[\p{Script=Katakana}ー\uFF66-\uFF9F]+[ 　][\p{Script=Katakana}ー\uFF66-\uFF9F]+)$/u;
const foundWhole = (found: SpanIndex<Found> | undefined, start: number, end: number): boolean =>
  found?.overlapping({ start, end }).some((span) => span.type === "PERSON" && span.start <= start && span.end >= end) ?? false;

export const NAME_READING_IN_BRACKETS: PiiDetector = gated(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\uFF66-\uFF9F][ 　]?[（(]/u, {
  type: "PERSON",
  find: (shadow, found) =>
    matchesOf(READING_BESIDE_NAME, shadow).flatMap((match): Span[] => {
      const groups = match.groups!;
      const reading = groups.reading ?? groups.reading2!;
      const name = groups.name ?? groups.name2!;
      const indices = match.indices!.groups!;
      const [readingStart, readingEnd] = indices.reading ?? indices.reading2!;
      const [nameStart, nameEnd] = indices.name ?? indices.name2!;
      if (!readingVouchesForName(reading, name) && !(ONE_SCRIPT_READING.test(reading) && foundWhole(found, nameStart, nameEnd))) return [];
      return [
        { start: nameStart, end: nameEnd },
        { start: readingStart, end: readingEnd },
      ];
    }),
});
