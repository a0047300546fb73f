import { southernChineseParts } from "./asian-romanised-names.js";
import { isEastAsianFamily } from "./east-asian-kanji-names.js";
import { vietnameseKatakanaParts } from "./katakana-foreign-names.js";
import { isEnglishWord } from "./english-person-tagger.js";
import { asReading, commonNouns, nameLexicon, wordReadings } from "../lexicon/japanese-name-lexicon.js";
import { isHiraganaGivenName, KATAKANA_THING, NAME_PREFIX, ORGANISATION_WORD, PLACE_SURNAMES, surnameEndingInBu } from "./name-detectors.js";
import { NOT_A_GIVEN_NAME, NOT_A_NAME_WORD } from "../context/neighbour-words.js";

/*
 * The parts of a found full name that name the person alone where they recur (mask-pii.ts masks them all over the
 * text): a name is written whole once and by its surname or given name after, and only the parts a reader knows to be
 * that person's may be masked, not a word the surname also is.
 */

/**
 * A surname and a given name with a space between (上野 真理子, 小野寺　正男, 藤ヶ谷 巌): the surname alone names the same
 * person.
 */
export const KANJI_FULL_NAME = /^(\p{Script=Han}(?:\p{Script=Han}|(?<=\p{Script=Han})[ヶノ](?=\p{Script=Han})){1,3})[ 　]+([\p{Script=Han}\p{Script=Hiragana}々]{1,4})$/u;

/**
 * A Latin full name of two to four words, letters beyond Latin-1 too (Takashi Imai, Yuko Ferreira-Sato, Nguyen Minh
 * Chau, Nguyễn Thị Hồng Nhung, Jae-won Park), a middle initial too (Jonathan P. Whitcombe), an Irish family name's
 * apostrophe too (Declan O'Sullivan), a family name's particle too (Mateus Ferreira da Costa, Oisín Mac Giolla Phádraig):
 * its first and its last word, whichever is the given name; an Irish family name's Ó with it (Colm Ó Faoláin … C. Ó
 * Faoláin), which alone names no one. A first word of two letters leads a Vietnamese or a Chinese name of three words
 * (Lê Văn Hiếu, Võ Thị Lan): its family name, so only the last word names the person alone (Hiếu), unless it is an
 * English word too (Đỗ Văn Hung).
 */
const LATIN_FULL_NAME =
  /^(\p{Lu}[\p{Ll}'’]{1,15}|\p{Lu}[\p{Ll}]{1,5}-\p{Ll}{2,5})[ \t]+(?:(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|(?:da|das|de|del|della|di|do|dos|du|van|von|der|den|la|le|bin|binti)(?=[ \t]))[ \t]+){0,2}((?:Ó[ \t]+)?\p{Lu}(?:['’]\p{Lu})?[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?)$/u;
/** A Latin name's possessive ending ('s, ’s), no part of any name. */
const LATIN_POSSESSIVE = /(?<=\p{Ll})['’]s$/u;
/** A nickname in quotes between a full name's words (quoted-nickname-names.ts), with the space before it. */
const QUOTED_NICKNAME = /[ \t]+["“][^"”\n]{1,16}["”](?=[ \t])/u;
/**
 * A family name in capitals, then one to three capitalised given names (NGUYEN Duc Anh, KIM Min Jun), and perhaps an
 * English name after a comma, as Hong Kong writes one (CHAN Hoi Ling, Natalie).
 */
const CAPITALS_FIRST = /^\p{Lu}{2,16}[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})(?:,[ \t]*\p{Lu}\p{Ll}+)?$/u;
/** A whole name in capitals family first, as a passport writes it (HIGA SOICHIRO, TAKARABE KANA): its family name leads,
 * unless a particle does (VAN DER BERG). */
const ALL_CAPITALS_FIRST = /^(?!(?:DEL|LOS|LAS|DOS|DAS|VAN|VON|DER|DEN|BIN|BINTI) )([A-Z]{3,16})(?: [A-Z]{2,16}){1,3}$/;
/**
 * A Latin name written family name first, a comma and the given names (Reyes, Maricel; SCHMIDT, Katharina Anna; DE
 * GUZMAN, Ariel; O'Brien, Siobhan; Byun, Seo-yeon), a double family name too (Adeyemi-Cole, Tobi) and a given name of two
 * short syllables hyphened (Chen, Yu-Ning; Kim, Ha-eun).
 */
const FAMILY_COMMA_GIVEN =
  /^(\p{Lu}(?:['’]\p{Lu})?[\p{Ll}'’]{2,15}(?:-\p{Lu}\p{Ll}{2,15})?|\p{Lu}{2,16}(?: \p{Lu}{2,16}){0,2}),[ \t]*(\p{Lu}(?:[\p{Ll}'’]{2,15}(?:-\p{Ll}{2,8})?|\p{Ll}{1,5}-\p{Lu}?\p{Ll}{2,8}))(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,3}$/u;
const IN_CAPITALS = /^[\p{Lu} ]+$/u;
/** Given names that are words too, at a sentence's start or in a title (Will you, May we, Grant application). */
const GIVEN_NAME_WORD = /^(?:Will|May|Mark|Grant|Bill|Rose|Joy|Hope|June|Art|Faith|Sue|Pat|Rich|Guy|Don|Ken)$/u;

/**
 * The parts of a found full name that name the same person alone, to mask where they repeat: a Japanese surname the
 * dictionary lists (上野 真理子 … 以上、上野) and the given name in kanji, a Latin name's family name and given name
 * (Takashi Imai … with Imai; Rachel Whitcombe … Rachel should not), a Singaporean one's family name and given name
 * (Lim Wei Jie: Lim, Wei Jie), a Vietnamese one's family name in katakana (ブイ・ヴァン・ナム: ブイ).
 * A Vietnamese name's given name of three kana or more too (ブイ・ヴァン・トゥン: トゥン).
 */
export function partsOfFullName(value: string): string[] {
  // A name spelt with a Hawaiian ʻokina is written without it too, where a form or a certificate lacks the letter
  // (Keʻalohi Akana … Kealohi): the plain spelling and its parts name the same person.
  if (value.includes("ʻ")) {
    const plain = value.replaceAll("ʻ", "");
    return [plain, ...partsOfFullName(plain)];
  }
  // What the person goes by, in quotes inside the name (Kenji "KJ" Ohama): the parts are those of the name without it.
  const nickname = QUOTED_NICKNAME.exec(value);
  if (nickname !== null) return partsOfFullName(value.slice(0, nickname.index) + value.slice(nickname.index + nickname[0].length));
  // A name found with its possessive (Dr. Otto Brenneke's assistant): its parts are the name's (Brenneke prefers …).
  if (LATIN_POSSESSIVE.test(value)) return partsOfFullName(value.replace(LATIN_POSSESSIVE, ""));
  // A name found as one with its Latin writing after it, as a register's cell gives both (タパ・ディパク Dipak Thapa):
  // each writing names the person alone, and so do its parts.
  const twoWritings = KATAKANA_AND_LATIN_WRITING.exec(value);
  if (twoWritings !== null) return [twoWritings[1]!, twoWritings[2]!, ...partsOfFullName(twoWritings[1]!), ...partsOfFullName(twoWritings[2]!)];
  const joined = joinedWriting(value);
  const kanji = KANJI_FULL_NAME.exec(value);
  if (kanji !== null) {
    const [, surname, given] = kanji;
    // A surname the dictionary lacks names the person alone too when the given name is one it lists (石動 達也 … 所長 石動 が).
    // So does one before a given name in hiragana of three kana or four it lists (鰐部 ゆかり … | 持ち主 | 鰐部 |), not an
    // organisation's word (経理部 ゆかり is a department and a person).
    const kanaGiven = /^\p{Script=Hiragana}{3,4}$/u.test(given!) && !ORGANISATION_WORD.test(surname!) && (!/[部課室係班局]$/u.test(surname!) || surnameEndingInBu(surname!));
    // A one-kanji given name it lists too, after a surname of two kanji or more (松先 修 … 松先さん管理).
    const unlisted = (/^[\p{Script=Han}々]{2,}$/u.test(given!) || (/^\p{Script=Han}$/u.test(given!) && surname!.length >= 2) || kanaGiven) && nameLexicon().givenNames.has(given!) && !nameLexicon().nounGivenNames.has(given!) && !commonNouns().has(surname!);
    // So does one written with a small ヶ or ノ (藤ヶ谷 巌 … 藤ヶ谷 フミ), no word's form.
    if (!nameLexicon().surnames.has(surname!) && !unlisted && !/[ヶノ]/u.test(surname!)) return [];
    // A given name in kanji names the same person alone (石原 凛 … 凛の誕生日), and so does one of three or four hiragana
    // that is a given name (上村 かえで … （かえで 記入）) where it stands as a word of its own (name-repeats.ts); a
    // shorter one in kana is a piece of other words.
    if (/^[\p{Script=Han}々]+$/u.test(given!)) return [surname!, given!, ...joined];
    return /^\p{Script=Hiragana}{3,4}$/u.test(given!) && isHiraganaGivenName(given!) ? [surname!, given!, ...joined] : [surname!, ...joined];
  }
  if (joined.length > 0) return joined;
  const spaced = spacedWritings(value);
  if (spaced.length > 0) return spaced;
  // A kana surname and a kanji given name (うるま 沙織, フェルト 亜紀): each names the person alone (夜間（うるま 記）).
  const mixed = KANA_SURNAME_KANJI_GIVEN.exec(value);
  if (mixed !== null) return [mixed[1]!, mixed[2]!];
  const vietnamese = vietnameseKatakanaParts(value);
  if (vietnamese.length > 0) return vietnamese;
  // A foreign name in katakana, its parts joined by ・ (グルン・サビン … サビンが通訳): each part of three kana or more names
  // the person alone, as a note calls a trainee by one, unless it is a word of the dictionary or a thing's (パンダ, センター).
  if (KATAKANA_DOTTED_NAME.test(value)) return value.split("・").filter((part) => part.length >= 3 && !wordReadings().has(asReading(part)) && !KATAKANA_THING.test(part));
  // The family name in capitals first, as a passport or a school's register writes it (NGUYEN Duc Anh): the given
  // names, by which a teacher's note calls the student (student Duc Anh), and the family name in capitals alone
  // (KOBAYASHI くんが) or capitalised (Shrestha), unless it is a word's too (NEW Delhi).
  const capitalsFirst = CAPITALS_FIRST.exec(value);
  if (capitalsFirst !== null) {
    const given = capitalsFirst[1]!;
    if (given.split(/[ \t]+/).some((word) => isEnglishWord(word) || NOT_A_GIVEN_NAME.test(word) || NOT_A_NAME_WORD.test(word))) return [];
    const family = value.slice(0, value.search(/[ \t]/));
    const word = family[0] + family.slice(1).toLowerCase();
    return family.length >= 3 && !isEnglishWord(word) && !NOT_A_NAME_WORD.test(word) && !ORGANISATION_WORD.test(word) ? [given, family, word] : [given];
  }
  // The family name alone later, in capitals or capitalised, is the same person (paid by card (TAKARABE), Takarabe called); not a word's (NEW, ROOM).
  const allCapitals = ALL_CAPITALS_FIRST.exec(value);
  if (allCapitals !== null) {
    const family = allCapitals[1]!;
    const word = family[0] + family.slice(1).toLowerCase();
    return isEnglishWord(word) || NOT_A_NAME_WORD.test(word) || ORGANISATION_WORD.test(word) ? [] : [family, word];
  }
  // Family name first, the given name two syllables (Lim Wei Jie … Wei Jie signs alone).
  const southern = southernChineseParts(value);
  if (southern !== undefined) return southern;
  const latinWords = LATIN_FULL_NAME.exec(value);
  const shortFirst = latinWords !== null && latinWords[1]!.length < 3;
  const latin = shortFirst && (value.split(/[ \t]+/).length < 3 || isEnglishWord(latinWords[2]!)) ? null : latinWords;
  const commaFirst = latin === null ? FAMILY_COMMA_GIVEN.exec(value) : null;
  if (latin === null && commaFirst === null) return [];
  const [given, family] = latin !== null ? [latin[1]!, latin[2]!] : [commaFirst![2]!, commaFirst![1]!];
  // A family name that is a place's or a firm's word too (Park, Hall → Central Park) is masked only where found.
  const parts = family.length >= 3 && !NOT_A_NAME_WORD.test(family) && !ORGANISATION_WORD.test(family) ? [family, ...capitalisedFamily(family), ...familyHalves(family)] : [];
  // A given name written after the comma may be an English word too (Cheng, Ivy): alone, it is the word as often. After
  // a family name in capitals, as a crew list or a register writes one (MANALO, Christian Jay), it is the person's.
  const wordToo = commaFirst !== null && isEnglishWord(given) && !IN_CAPITALS.test(family);
  const capitals = latin !== null ? [...inCapitals(value), ...familyInCapitals(family)] : [];
  return given.length > 2 && !wordToo && !NOT_A_GIVEN_NAME.test(given) && !NOT_A_NAME_WORD.test(given) && !GIVEN_NAME_WORD.test(given) ? [...parts, given, ...capitals] : [...parts, ...capitals];
}

/**
 * A family name found in capitals (FONSECA, Caio) written capitalised later, as a heading or a sentence writes it
 * (## Case — Fonseca): the same person, unless the word is an English or a firm's word (WOOD → Wood, GROUP → Group).
 */
function capitalisedFamily(family: string): string[] {
  if (!/^\p{Lu}{3,}$/u.test(family)) return [];
  const word = family[0] + family.slice(1).toLowerCase();
  return isEnglishWord(word) || NOT_A_NAME_WORD.test(word) || ORGANISATION_WORD.test(word) ? [] : [word];
}

/**
 * A double family name hyphened (Kenta Sugita-Berglund): each half names the person alone where it recurs (the Sugita
 * family home), unless it is an English, a place's or a firm's word (Brook-Smith → Brook).
 */
function familyHalves(family: string): string[] {
  const halves = /^(\p{Lu}\p{Ll}{3,15})-(\p{Lu}\p{Ll}{3,15})$/u.exec(family);
  if (halves === null) return [];
  return [halves[1]!, halves[2]!].filter((half) => !isEnglishWord(half) && !NOT_A_NAME_WORD.test(half) && !ORGANISATION_WORD.test(half));
}

/**
 * A found name's family name written in capitals alone later, as a name tag or a badge prints it (Bishnu Gurung …
 * 「GURUNG」): the same person, unless the family name is an English or a firm's word (Rose → ROSE, Group).
 */
function familyInCapitals(family: string): string[] {
  if (family.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(family) || isEnglishWord(family) || NOT_A_NAME_WORD.test(family) || ORGANISATION_WORD.test(family)) return [];
  return [family.toUpperCase()];
}

/**
 * A two-word Latin name in capitals, in its order and the other, as an HR system or a passport prints it (Hina Aimono
 * … AIMONO HINA, Aimono Hina … HINA AIMONO): the same person, whichever word leads.
 */
function inCapitals(value: string): string[] {
  const words = value.split(/[ \t]+/);
  if (words.length !== 2) return [];
  return [words.join(" ").toUpperCase(), [...words].reverse().join(" ").toUpperCase()];
}

/** A katakana name of two or three words joined by ・ or a space, a space, and the name in Latin letters. */
const KATAKANA_AND_LATIN_WRITING = /^([\p{Script=Katakana}ー]{2,8}(?:[・ 　][\p{Script=Katakana}ー]{2,8}){1,2})[ 　]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3})$/u;

/** Two or three katakana words joined by ・, as a foreign name is written. */
const KATAKANA_DOTTED_NAME = /^[\p{Script=Katakana}ー]{2,8}(?:・[\p{Script=Katakana}ー]{2,8}){1,2}$/u;

/** A surname in kana, a space and a given name in kanji (mixed-script-names.ts). */
const KANA_SURNAME_KANJI_GIVEN = /^(\p{Script=Hiragana}{3,5}|[\p{Script=Katakana}ー]{3,8})[ 　](\p{Script=Han}[\p{Script=Han}々]{1,2})$/u;

/**
 * The given name of two hiragana a found kanji full name ends in, one the dictionary lists (川村 きよ: きよ): it names the
 * person alone only before an honorific (きよ様は), elsewhere it is a piece of words (きよらか), so it is no part above.
 */
export function twoKanaGivenName(value: string): string | undefined {
  const given = KANJI_FULL_NAME.exec(value)?.[2];
  return given !== undefined && /^\p{Script=Hiragana}{2}$/u.test(given) && nameLexicon().givenNames.has(given) ? given : undefined;
}

/** A kanji surname, one character too (王 建国), a space, and a kanji given name. */
const SPACED_KANJI_NAME = /^(\p{Script=Han}{1,4})[ 　]+([\p{Script=Han}々]{1,3})$/u;

/**
 * A spaced kanji full name written without its space (王 建国 … 我是 王建国), the surname the dictionary's or a Chinese
 * or Korean family name's (權 英植); and a one-kanji surname alone (王 俊傑 … 王さん), which recurs as the person only
 * before an honorific or a particle, and a Chinese given name alone.
 */
function joinedWriting(value: string): string[] {
  const spaced = SPACED_KANJI_NAME.exec(value);
  if (spaced === null || !(nameLexicon().surnames.has(spaced[1]!) || isEastAsianFamily(spaced[1]!) || unlistedOneKanjiSurname(spaced[1]!, spaced[2]!))) return [];
  const [, surname, given] = spaced as unknown as [string, string, string];
  if (surname.length > 1) return [surname + given];
  // A Chinese given name of two kanji after a one-kanji family name, by which classmates and a roster call the child
  // (王 雨萱 … 光、雨萱): no word's nor a surname's.
  const chineseGiven = isEastAsianFamily(surname) && given.length === 2 && !commonNouns().has(given) && !nameLexicon().surnames.has(given) && !PLACE_SURNAMES.has(given);
  return chineseGiven ? [surname + given, surname, given] : [surname + given, surname];
}

/**
 * A kanji full name found written solid (工藤真理子さん) written with a space elsewhere, as a table's cell or a list sets it
 * (工藤 真理子, 工藤　真理子): the same person. Split after the longest surname the dictionary lists that leaves a given
 * name of two kanji or more, which may be one it lacks but no noun.
 */
function spacedWritings(value: string): string[] {
  if (!/^\p{Script=Han}[\p{Script=Han}々]{2,5}$/u.test(value)) return [];
  const { surnames, nounGivenNames } = nameLexicon();
  for (let at = Math.min(4, value.length - 2); at >= 1; at--) {
    const [surname, given] = [value.slice(0, at), value.slice(at)];
    if (!surnames.has(surname)) continue;
    return nounGivenNames.has(given) || commonNouns().has(given) ? [] : [`${surname} ${given}`, `${surname}　${given}`];
  }
  return [];
}

/**
 * A one-kanji surname the dictionary lacks before a given name of two kanji or more it lists as no noun (蓑 晴美 … 担当
 * 蓑）): the surname names the person alone as a listed one does; not a kin's, a desk's or a role's kanji before a given
 * name (母 晴美, 係 晴美).
 */
function unlistedOneKanjiSurname(surname: string, given: string): boolean {
  const { givenNames, nounGivenNames } = nameLexicon();
  return surname.length === 1 && given.length >= 2 && givenNames.has(given) && !nounGivenNames.has(given) && !commonNouns().has(given) && !NAME_PREFIX.test(surname) && !ROLE_KANJI.test(surname);
}

const ROLE_KANJI = /^[係課部室班局店社長員宛]$/u;
