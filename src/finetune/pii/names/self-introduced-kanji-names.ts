import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { asReading, commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { COMPANY_WORD, KATAKANA_THING, NOT_A_NAME, OFFICE_END, ORGANISATION_WORD, TITLE_AT_END } from "./name-detectors.js";

/**
 * A kanji full name before と申します, a space perhaps before と (副住職、野々宮 慈照 と申します): the caller introduces
 * themself, so a surname (with 々, ヶ or ノ too) and a given name the dictionary lacks, a priest's or an old family's, are
 * still a person's. After a clause's mark, a space, は or the line's start; neither word a common noun, nor a title,
 * an office's or a firm's word (経理部 主任 と申します, 株式会社 長命寺 と申します).
 */
const INTRODUCED = /(?<=^|[、。，,\s]|は)(?<surname>\p{Script=Han}(?:[\p{Script=Han}々ヶ]|ノ(?=\p{Script=Han})){1,3})[ 　](?<given>\p{Script=Han}[\p{Script=Han}々]{0,2})[ 　]?と申(?:します|し上げ)/dgmu;

/** An office's end (館, 舘) ends a surname too where the word is no noun (漆館; 図書館 and 本館 are nouns): `officeEndsName`. */
const isWordNotName = (word: string, officeEndsName = false): boolean =>
  commonNouns().has(word) || TITLE_AT_END.test(word) || (!officeEndsName && OFFICE_END.test(word)) || COMPANY_WORD.test(word) || ORGANISATION_WORD.test(word) || NOT_A_NAME.test(word);

export const SELF_INTRODUCED_KANJI_NAME: PiiDetector = gated(/\p{Script=Han}[ 　]?と申/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(INTRODUCED, shadow).flatMap((match) => {
      const { surname, given } = match.groups!;
      if (isWordNotName(surname!) || isWordNotName(given!)) return [];
      const [start] = match.indices!.groups!.surname!;
      return [{ start, end: match.indices!.groups!.given![1] }];
    }),
});

/**
 * A writer's kanji surname and katakana given name, half-width too (島袋 ﾘｴ です, 比嘉 エリカ と申します), opening a
 * message or its line after a channel's tag (【メール】): a Nikkei or an Okinawan family's way of writing a daughter's name.
 * The surname one the dictionary lists, the kana a given name it reads; not a firm's or a shop's word (山田 サービスです).
 */
const INTRODUCED_KATAKANA_GIVEN =
  /(?<=^|\n|[】」>])[ \t　]*(?<name>(?<surname>\p{Script=Han}[\p{Script=Han}々ヶ]{0,2})[ 　](?<given>[\p{Script=Katakana}ー\uFF66-\uFF9F]{2,6}))[ 　]?(?:です|と申します)/dgu;

export const SELF_INTRODUCED_KATAKANA_GIVEN_NAME: PiiDetector = gated(/[\p{Script=Katakana}ー\uFF66-\uFF9F][ 　]?(?:です|と申します)/u, {
  type: "PERSON",
  find: (shadow) => {
    const { surnames, givenNameReadings } = nameLexicon();
    return matchesOf(INTRODUCED_KATAKANA_GIVEN, shadow).flatMap((match) => {
      const { surname, given } = match.groups!;
      // A surname that is a noun too (島袋) is one here: the given name after it says so.
      if (!surnames.has(surname!) || OFFICE_END.test(surname!) || COMPANY_WORD.test(surname!) || ORGANISATION_WORD.test(surname!) || !givenNameReadings.has(asReading(given!))) return [];
      const [start, end] = match.indices!.groups!.name!;
      return [{ start, end }];
    });
  },
});

/**
 * A writer naming themself after 私は, a space between, the name closing the clause (私は 漆館 光、080…; 私は ヴィジャヌエバ
 * 恵。): a kanji surname that is no noun, title's or firm's word (an office's end allowed: 漆館), or a katakana one of three
 * kana or more that is no katakana word, before a kanji given name the dictionary lists (a noun too: 光). Not 私は 営業
 * 部長、 nor 私は 東京 出身。
 */
const SELF_STATED =
  /(?:私|わたし|僕|わたくし)は[ 　](?<surname>\p{Script=Han}(?:[\p{Script=Han}々ヶ]|ノ(?=\p{Script=Han})){1,3}|\p{Script=Katakana}[\p{Script=Katakana}ー]{2,9})[ 　](?<given>\p{Script=Han}[\p{Script=Han}々]{0,2})(?=[、。,，]|です|[ 　]?[（(])/dgu;

function isStatedSurname(surname: string): boolean {
  if (/^\p{Script=Han}/u.test(surname)) return !isWordNotName(surname, true);
  return !nameLexicon().wordReadings.has(surname) && !KATAKANA_THING.test(surname);
}

export const SELF_STATED_NAME: PiiDetector = gated(/は[ 　][\p{Script=Han}\p{Script=Katakana}]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(SELF_STATED, shadow).flatMap((match) => {
      const { surname, given } = match.groups!;
      if (!isStatedSurname(surname!) || !nameLexicon().givenNames.has(given!) || TITLE_AT_END.test(given!) || OFFICE_END.test(given!)) return [];
      const [start] = match.indices!.groups!.surname!;
      return [{ start, end: match.indices!.groups!.given![1] }];
    }),
});
