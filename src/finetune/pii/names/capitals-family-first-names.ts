import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { HEPBURN, isRomajiSurname, readsAsParts } from "./latin-name-cues.js";
import { EAST_ASIAN_FAMILY, EAST_ASIAN_FAMILY_NAMES } from "./east-asian-family-names.js";
import { isInHongKongPlace } from "../look-alikes/hong-kong-places.js";
import { isEastAsianFamily } from "./east-asian-kanji-names.js";
import { isThing } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * A Japanese name in capitals, the family name first, as an identity check or a name's romaji field writes it
 * (NAME: ISHIKAWA HARUKA, 氏名(ローマ字)：KINJO TAKUMI, YAMAMOTO TARO 1985/04/12): the first word reads as a surname and the
 * second as a given name, neither an English word or a place, after a name's label or before a date of birth. Without
 * either, two such words are as often a shop's or a product's (KOBE BEEF, SHIN OSAKA).
 */
const LABEL_BEFORE = "(?:(?<![A-Za-z])(?:NAME|Name|name|PASSENGER|Passenger|HOLDER|Holder)|氏名[^:：\\n]{0,8}|ローマ字[^:：\\n]{0,4})[ \\t]*[:：][ \\t]*";
const DATE_AFTER = "(?=[ \\t,]+(?:DOB[ \\t:]*)?(?:19|20)\\d{2}[/.-]\\d{1,2}[/.-]\\d{1,2})";
const CAPITALS_FAMILY_FIRST = new RegExp(
  `(?:${LABEL_BEFORE}(?<labelled>[A-Z]{2,12} [A-Z]{2,12})(?![A-Za-z])|(?<![A-Za-z])(?<dated>[A-Z]{2,12} [A-Z]{2,12})${DATE_AFTER})`,
  "dgu",
);

const readsFamilyFirst = (name: string): boolean => {
  const [family, given] = name.split(" ").map((word) => word[0] + word.slice(1).toLowerCase()) as [string, string];
  return readsAsParts(family).surname && readsAsParts(given).given && ![family, given].some((word) => isEnglishWord(word) || isPlaceName(word));
};

export const CAPITALS_NAME_FAMILY_FIRST: PiiDetector = gated(/[A-Z]{2} [A-Z]{2}/, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(CAPITALS_FAMILY_FIRST, shadow).flatMap((match) => {
      const [start, end] = (match.indices!.groups!.labelled ?? match.indices!.groups!.dated)!;
      return readsFamilyFirst(shadow.slice(start, end)) ? [{ start, end }] : [];
    }),
});

/**
 * A Japanese name with the family name in capitals and the given name capitalised, as a register or a school writes a
 * name for foreign readers (KOBAYASHI Yuto, SAITO Mei), a comma between them as a licence or a hotel's log copies it
 * (YAMASHIRO, Kenta): the case itself says which is the family name, so no label is asked for; both must read as the
 * dictionary's names, neither an English word or a place (TOYOTA Corolla, OSAKA Castle, OSAKA, Japan).
 */
const FAMILY_CAPITALS_GIVEN_CAPITALISED = /(?<![A-Za-z'’-])[A-Z]{2,12},? [A-Z][a-z]{1,11}(?![A-Za-z'’-]|[ \t]+[A-Z])/dg;

/**
 * A romaji surname of four letters or more, no place's prefix (NAKA Meguro is a town), and a given name of any name's
 * reading: the dictionary reads some given names only as surnames (Yuto). Or a family name spelt as romaji that the
 * dictionary lacks before a word it reads only as a given name (KAMATSUKA Ryohei). Or a family name and a given name the world
 * lists hold, as a register writes a Nepali's or a Nigerian's name (SHRESTHA Anjana, OKAFOR Chidi), no thing's word.
 */
const readsAsCapitalsFamilyName = (name: string): boolean => {
  const [family, given] = name.split(/,? /).map((word) => word[0] + word.slice(1).toLowerCase()) as [string, string];
  if (isEnglishWord(given) || isPlaceName(given)) return false;
  const givenReads = readsAsParts(given);
  if (isRomajiSurname(family) && (givenReads.given || givenReads.surname)) return true;
  // A rare surname the dictionary lacks (KAMATSUKA Ryohei), spelt as romaji is, before a word it reads only as a given name.
  if (family.length >= 4 && HEPBURN.test(family) && givenReads.given && !givenReads.surname && !isEnglishWord(family) && !isPlaceName(family) && !isThing(family)) return true;
  const { latinFamily, latinGiven } = worldNames();
  return latinFamily.has(family) && latinGiven.has(given) && ![family, given].some((word) => isThing(word)) && !isEnglishWord(family) && !isPlaceName(family);
};

/**
 * A first family name in capitals before the one the match begins with, as a Brazilian's or a Spaniard's two are written
 * (ARRIETA | SALAS Joana): a family name of the world lists, no English word, place or thing's word (TOKYO | ISHIDA Wataru).
 */
const FAMILY_CAPITALS_BEFORE = /(?<![A-Za-z'’-])([A-Z]{2,12}) $/;

function firstFamilyBefore(shadow: string, start: number): number {
  const before = FAMILY_CAPITALS_BEFORE.exec(shadow.slice(Math.max(0, start - 14), start));
  const family = before === null ? undefined : asWritten(before[1]!);
  if (family === undefined || !worldNames().latinFamily.has(family) || isEnglishWord(family) || isPlaceName(family) || isThing(family)) return start;
  return start - before![0].length;
}

export const CAPITALS_FAMILY_CAPITALISED_GIVEN: PiiDetector = gated(/[A-Z]{2},? [A-Z][a-z]/, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(FAMILY_CAPITALS_GIVEN_CAPITALISED, shadow).flatMap((match) =>
      readsAsCapitalsFamilyName(match[0]) ? [{ start: firstFamilyBefore(shadow, match.index), end: match.index + match[0].length }] : [],
    ),
});

/**
 * A Korean or Chinese name with the family name in capitals and the given name capitalised, as an exchange list or a
 * register writes it (KIM Minjun, PARK Seo-yeon, CHEN Yiming, CHAN Hoi Ling): a family name of the list and a given name of one or two
 * romanised Korean or pinyin syllables, no English word or place (PARK Avenue, HONG Kong, LEE Cooper, WONG Tai Sin).
 */
const EAST_ASIAN_CAPITALS_FAMILY_GIVEN = new RegExp(
  `(?<![A-Za-z'’-])(?<family>${EAST_ASIAN_FAMILY.toUpperCase()})[ \\t]+(?<name>[A-Z][a-z]{1,7}(?:-[a-z]{2,5}|[ \\t][A-Z][a-z]{1,5})?)(?![A-Za-z'’-]|[ \\t]+[A-Z])`,
  "dg",
);
const ROMANISED_SYLLABLE =
  "(?:kk|tt|pp|ss|jj|ch|zh|sh|[bcdfghjklmnpqrstwxyz])?(?:iang|iong|uang|yeo|yae|wae|iao|ian|uai|uan|eo|ae|ya|ye|oe|yo|wa|wo|we|wi|yu|eu|ui|oo|ai|ei|ao|ou|ia|ie|iu|ua|uo|a|e|i|o|u)(?:ng|[klmnpt])?";
const ROMANISED_GIVEN = new RegExp(`^(?:${ROMANISED_SYLLABLE}){1,2}(?:-(?:${ROMANISED_SYLLABLE}){1,2})?$`, "i");

/** The name's Chinese or Korean writing in brackets after it (ZHAO Min (赵 敏)): a given name that is an English word too is the person's. */
const HAN_WRITING_AFTER = /^[ \t]*[（(][\p{Script=Han}\p{Script=Hangul}]/u;

/**
 * One given word, or a Hong Kong register's two syllables written apart (CHAN Hoi Ling, WONG Siu Ming): each syllable
 * a place's word of none, and not every one an English word (a given name of two English words is a thing's: CHAN Tin Can).
 */
const readsAsEastAsianGiven = (match: RegExpExecArray): boolean => {
  const { family, name: given } = match.groups as { family: string; name: string };
  const written = `${family.charAt(0)}${family.slice(1).toLowerCase()} ${given}`;
  const syllables = given.split(/[ \t]/);
  const wordToo = syllables.length > 1 ? syllables.every(isEnglishWord) : isEnglishWord(given) && !HAN_WRITING_AFTER.test(match.input.slice(match.index + match[0].length));
  return syllables.every((syllable) => ROMANISED_GIVEN.test(syllable) && !isPlaceName(syllable)) && !wordToo && !isPlaceName(written) && !isPlaceName(given) && !isInHongKongPlace(match.input, match.index, match.index + match[0].length);
};

export const EAST_ASIAN_CAPITALS_FAMILY: PiiDetector = gated(/[A-Z]{2} [A-Z][a-z]/, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(EAST_ASIAN_CAPITALS_FAMILY_GIVEN, shadow).flatMap((match) =>
      readsAsEastAsianGiven(match) ? [{ start: match.index, end: match.index + match[0].length }] : [],
    ),
});

/**
 * A name in capitals after a Japanese word for a person's name and its particle or colon, as a form's romaji or a
 * uniform's name print writes it (氏名は RAMOS MARIA CRISTINA DELA CRUZ で, ネーム HARUTO, 名前：NGUYEN VAN AN): two to six
 * words, none an English word, a thing's or a place's (氏名は NOT FOUND, ネーム TEAM); one word only as a given name or a
 * surname the dictionary reads in romaji (ネーム SAKURA), for a uniform prints a team's or a brand's word as often.
 */
const JAPANESE_NAME_LABEL = "(?:氏名|名前|お名前|ネーム|ローマ字)(?:[ \\t　]*(?:は|[:：]))?[ \\t　]*";
const CAPITALS_AFTER_JAPANESE_LABEL = new RegExp(`(?<=${JAPANESE_NAME_LABEL})(?<name>[A-Z]{2,16}(?: [A-Z]{2,16}){0,5})(?![A-Za-z0-9])`, "dgu");
const asWritten = (word: string): string => word.charAt(0) + word.slice(1).toLowerCase();

function readsAsCapitalsName(name: string): boolean {
  const words = name.split(" ").map(asWritten);
  if (words.some((word) => isEnglishWord(word) || isPlaceName(word) || isThing(word))) return false;
  if (words.length > 1) return true;
  const reads = readsAsParts(words[0]!);
  return words[0]!.length >= 3 && (reads.given || reads.surname);
}

export const CAPITALS_NAME_AFTER_JAPANESE_LABEL: PiiDetector = gated(/(?:名前|氏名|ネーム|ローマ字)[^A-Z\n]{0,4}[A-Z]{2}/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(CAPITALS_AFTER_JAPANESE_LABEL, shadow).flatMap((match) => {
      const [start, end] = match.indices!.groups!.name!;
      return readsAsCapitalsName(match.groups!.name!) ? [{ start, end }] : [];
    }),
});

/**
 * A name in capitals after an English name's label, the family name first and a comma, as a cruise card, a boarding pass
 * or a passport's copy prints it (Name per boarding pass: LAU, WAI KEUNG; Name: CHEUNG, HOI YEE VIVIAN): a family name of
 * the East Asian list or the world lists, then given names that are each a romanised syllable or a listed given name,
 * not all English words, no place's or thing's (Name: TOKYO, JAPAN; Name per list: SALES, TEAM MAIN).
 */
const ENGLISH_NAME_LABEL = "(?<![A-Za-z])(?:[Nn]ame|NAME)(?:[ \\t]+(?:per|on|as on|in)[ \\t]+[A-Za-z]{2,15}(?:[ \\t][A-Za-z]{2,15})?)?[ \\t]*[:：][ \\t]*";
const CAPITALS_COMMA_AFTER_LABEL = new RegExp(`(?<=${ENGLISH_NAME_LABEL})(?<family>[A-Z]{2,16}),[ \\t]*(?<given>[A-Z]{2,16}(?: [A-Z]{2,16}){0,3})(?![A-Za-z0-9])`, "dgu");

function readsAsCapitalsCommaName(family: string, given: string): boolean {
  const { latinFamily, latinGiven } = worldNames();
  const [surname, givens] = [asWritten(family), given.split(" ").map(asWritten)];
  if ([surname, ...givens].some((word) => isPlaceName(word) || isThing(word))) return false;
  const familyReads = EAST_ASIAN_FAMILY_NAMES.has(surname) || (latinFamily.has(surname) && !isEnglishWord(surname));
  return familyReads && givens.every((word) => ROMANISED_GIVEN.test(word) || latinGiven.has(word)) && !givens.every(isEnglishWord);
}

export const CAPITALS_COMMA_NAME_AFTER_LABEL: PiiDetector = gated(/(?:[Nn]ame|NAME)[^:：\n]{0,30}[:：][ \t]*[A-Z]{2,16}, ?[A-Z]{2}/, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(CAPITALS_COMMA_AFTER_LABEL, shadow).flatMap((match) =>
      readsAsCapitalsCommaName(match.groups!.family!, match.groups!.given!) ? [{ start: match.index, end: match.index + match[0].length }] : [],
    ),
});

/**
 * A Korean or Chinese name all in capitals (KIM MINSEO, PARK SEOYEON, ZHOU YUXUAN) beside its own writing in Hangul or
 * kanji, after a line break, a cell's border, a bracket or a slash (KIM MINSEO<br>김민서, PARK SEOYEON</td><td>朴 瑞妍): the
 * writing says it is a person's. A family name of the list, a given name of one or two romanised syllables, no English
 * word or place (PARK HOTEL, LEE GARDEN stay).
 */
const EAST_ASIAN_CAPITALS_BESIDE_WRITING = new RegExp(
  `(?<![A-Za-z'’-])(?<family>${EAST_ASIAN_FAMILY.toUpperCase()})[ \\t]+(?<given>[A-Z]{2,10}(?:-[A-Z]{2,5})?)(?=[ \\t]*(?:<br[ \\t]*/?>|</t[dh]>[ \\t]*<t[dh][^>]*>|[（(/／|])?[ \\t　]*(?:\\p{Script=Hangul}{2,4}(?!\\p{Script=Hangul})|\\p{Script=Han}{1,2}[ 　]?\\p{Script=Han}{1,2}(?!\\p{Script=Han})))`,
  "dgu",
);

/**
 * The same name in capitals after its own writing, in brackets (刘 雨萱（LIU YUXUAN）, 권도윤 (KWON DOYUN)), as a form's
 * field pairs them: the writing in Hangul, or in kanji led by a Chinese or Korean family name (not 本店（HONG KONG）).
 */
const EAST_ASIAN_CAPITALS_AFTER_WRITING = new RegExp(
  `(?<=(?<writing>\\p{Script=Hangul}{2,4}|(?<!\\p{Script=Han})\\p{Script=Han}{1,2}[ 　]?\\p{Script=Han}{1,2})[ \\t　]*[（(][ \\t]*)(?<family>${EAST_ASIAN_FAMILY.toUpperCase()})[ \\t]+(?<given>[A-Z]{2,10}(?:-[A-Z]{2,5})?)(?=[ \\t]*[)）])`,
  "dgu",
);

const writtenByFamilyName = (match: RegExpExecArray): boolean => /^\p{Script=Hangul}/u.test(match.groups!.writing!) || isEastAsianFamily(match.groups!.writing!.charAt(0));

const readsAsEastAsianCapitals = (given: string): boolean =>
  ROMANISED_GIVEN.test(given) && !isEnglishWord(asWritten(given)) && !isPlaceName(asWritten(given)) && !isThing(asWritten(given));

export const EAST_ASIAN_CAPITALS_BESIDE_NATIVE_WRITING: PiiDetector = gated(/[A-Z]{2} [A-Z]{2}/, {
  type: "PERSON",
  find: (shadow) =>
    [...matchesOf(EAST_ASIAN_CAPITALS_BESIDE_WRITING, shadow), ...matchesOf(EAST_ASIAN_CAPITALS_AFTER_WRITING, shadow).filter(writtenByFamilyName)].flatMap((match) =>
      readsAsEastAsianCapitals(match.groups!.given!) ? [{ start: match.index, end: match.index + match[0].length }] : [],
    ),
});

/**
 * A Chinese or Korean name all in capitals before a passport's number, as a list of travellers writes it (WANG XIAOMING
 * EK4410728, LI NA EJ9928174): the number says the list is of people. A family name of the list, a given name of one
 * or two romanised syllables, no English word or place (LEE GARDEN GA1234567 stays).
 */
const EAST_ASIAN_CAPITALS_BEFORE_PASSPORT = new RegExp(
  `(?<![A-Za-z'’-])(?<family>${EAST_ASIAN_FAMILY.toUpperCase()})[ \\t]+(?<given>[A-Z]{2,10}(?:-[A-Z]{2,5})?)(?=[ \\t]+[A-Z]{1,2}[0-9]{7,8}(?![A-Za-z0-9]))`,
  "dgu",
);

export const EAST_ASIAN_CAPITALS_BEFORE_PASSPORT_NUMBER: PiiDetector = gated(/[A-Z]{2} [A-Z]{1,2}[0-9]{7}/, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(EAST_ASIAN_CAPITALS_BEFORE_PASSPORT, shadow).flatMap((match) =>
      readsAsEastAsianCapitals(match.groups!.given!) ? [{ start: match.index, end: match.index + match[0].length }] : [],
    ),
});

/**
 * Two family names in capitals, a comma and the given names capitalised, as a Brazilian's or a Spaniard's passport
 * order writes a name (SANTOS YOSHIDA, Maria Luiza; GARCIA LOPEZ, Ana Isabel): a given name the lists hold, no English
 * word, place or thing's word on either side (TOKYO OFFICE, Main Desk; HOTEL OKURA, Tokyo stay).
 */
const TWO_FAMILIES_COMMA_GIVEN = /(?<![\p{L}\p{N}'’-])(?<family>\p{Lu}{2,16}[ \t]+\p{Lu}{2,16}),[ \t]*(?<given>\p{Lu}\p{Ll}{2,15}(?:[ \t]+\p{Lu}\p{Ll}{2,15}){0,2})(?![\p{L}\p{N}'’-])/dgu;

function readsAsFamiliesAndGiven(families: string, given: string): boolean {
  const words = [...families.split(/[ \t]+/).map(asWritten), ...given.split(/[ \t]+/)];
  if (words.some((word) => isEnglishWord(word) || isPlaceName(word) || isThing(word))) return false;
  return given.split(/[ \t]+/).some((word) => worldNames().latinGiven.has(word) || readsAsParts(word).given);
}

export const TWO_CAPITALS_FAMILIES_COMMA_GIVEN: PiiDetector = gated(/[A-Z]{2} [A-Z]{2,16}, ?[A-Z][a-z]/, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(TWO_FAMILIES_COMMA_GIVEN, shadow).flatMap((match) =>
      readsAsFamiliesAndGiven(match.groups!.family!, match.groups!.given!) ? [{ start: match.index, end: match.index + match[0].length }] : [],
    ),
});
