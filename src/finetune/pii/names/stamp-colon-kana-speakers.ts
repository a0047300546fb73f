import { CHAT_ROLE } from "../context/chat-roles.js";
import { BRACKETED_STAMP } from "../context/chat-stamps.js";
import { PLACE_OR_TITLE_END } from "../context/neighbour-words.js";
import { gated, matchesOf, nameGroupSpans, type PiiDetector } from "../detector.js";
import { asReading, commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { isKanaNickname } from "./kana-nicknames.js";
import { isCompoundNoun, PLACE_SURNAMES, surnameEndingInBu, unlistedSurnameWord } from "./name-detectors.js";

/**
 * A chat turn's speaker after its bracketed stamp and before the colon, in a form the dictionary rules leave:
 * - a nickname or given name in hiragana (`[21:17] まさよ: …`, `[09:40] ふじ（藤ヶ谷 冬美）: …`): one that reads as a
 *   given name and as no word, or any when the speaker's full name follows in brackets, as a shared account writes it.
 *   A notice's word there (`[10:00] おしらせ:`) reads as no given name. A given name with a pet ending is one too
 *   (`[16:44] ゆきんこ:`, kana-nicknames.ts).
 * - a kanji surname, listed or with a small ヶ or ノ or of no word, before a given name the dictionary lists, in kanji
 *   or katakana (`[09:41] 藤ヶ谷 冬美:`, `[09:41] 鰐部 冬美:`, `[11/22 10:05] 鵜飼 トメ：`); not a department's or an
 *   office's word before a word (`[10:00] 本社 総務:`).
 * - a surname alone, as a desk's transcript writes its staff (`[11/02 09:09] 樋渡：`, `[11/02 08:33] オペレーター樋渡：`, the
 *   role run into the name, `[16:02] 樋渡（社内）：`, the desk in brackets after it): alone, a surname the dictionary
 *   reads first as one (not a place's, 千葉) or three kanji no list holds (isUnlistedThreeKanjiSurname: no event's,
 *   state's, place's or office's word, which a log's line heads); beside a role's word, any listed surname or one the
 *   lists lack; a label's word (`[10:00] 担当者：`, `[10:00] 受付係：`) is none.
 */
const HIRAGANA_NAME = String.raw`\p{Script=Hiragana}{2,6}`;
/**
 * Where the speaker writes from, run into a hiragana handle (`[12/03 11:15] まさみ@福岡:`, `[09:40] けんじ（札幌）:`): the
 * handle is the person's name whole, its place with it, and the hiragana a given name's reading.
 */
export const HANDLE_PLACE = String.raw`(?:[@＠]\p{Script=Han}{1,4}|[（(]\p{Script=Han}{1,4}[）)])`;
const KANJI_NAME = String.raw`\p{Script=Han}(?:\p{Script=Han}|(?<=\p{Script=Han})[ヶノ](?=\p{Script=Han})){1,3}[ 　](?:\p{Script=Han}{1,3}|\p{Script=Katakana}[\p{Script=Katakana}ー]{1,4})`;
const FULL_NAME_IN_BRACKETS = String.raw`[（(]\p{Script=Han}[\p{Script=Han}々ヶノ]{0,3}[ 　][\p{Script=Han}\p{Script=Katakana}ー]{1,6}[）)]`;
const SURNAME_ALONE = String.raw`\p{Script=Han}[\p{Script=Han}々ヶノ]{1,3}`;
/** The speaker's desk or role in brackets after the surname (`（社内）`, `（代表）`, `（オペレーター）`). */
const DESK_AFTER = String.raw`[（(](?:${CHAT_ROLE}|社内|社外|代表)[）)]`;
/** The stamp, then a role perhaps, run into the name or not (`オペレーター樋渡`, `サポート 樋渡`). */
const STAMP_AND_ROLE = String.raw`^[ \t]*${BRACKETED_STAMP}[ \t]+(?:(?<role>${CHAT_ROLE}|社内|社外)[ \t　]*)?`;
const COLON_SPEAKER = new RegExp(
  String.raw`${STAMP_AND_ROLE}(?:(?<name>(?<given>${HIRAGANA_NAME})(?:${HANDLE_PLACE}(?=[ \t]*[:：]))?|${KANJI_NAME})(?<bracket>${FULL_NAME_IN_BRACKETS})?|(?<surname>${SURNAME_ALONE})(?<desk>${DESK_AFTER})?)[ \t]*[:：]`,
  "dgmu",
);

function isKanjiSpeaker(name: string): boolean {
  const { surnames, givenNames, nounGivenNames } = nameLexicon();
  const [surname, given] = name.split(/[ 　]/u) as [string, string];
  const rareSurname = /[ヶノ]/u.test(surname) || (!commonNouns().has(surname) && (!PLACE_OR_TITLE_END.test(surname) || surnameEndingInBu(surname)));
  return (surnames.has(surname) || rareSurname) && givenNames.has(given) && !nounGivenNames.has(given);
}

function isHiraganaSpeaker(name: string, fullNameAfter: boolean): boolean {
  const { givenNameReadings, wordReadings } = nameLexicon();
  return fullNameAfter || (givenNameReadings.has(asReading(name)) && !wordReadings.has(asReading(name))) || isKanaNickname(name);
}

/** A place's or a station's last kanji (新横浜駅, 小田原市, 吉祥寺): a travel log's stop heads its line as a speaker would. */
const PLACE_END = /[都道府県市区町村郡駅寺港橋]$/u;

/**
 * Three kanji no list holds, no compound of a noun (再起動, 入金額) nor a place's name (名古屋, 新横浜): a surname the lists
 * lack (小豆沢). Two such kanji are as often a word the lists lack (重要, 夕礼), which a log's line heads too.
 */
const isUnlistedThreeKanjiSurname = (word: string): boolean =>
  word.length === 3 && unlistedSurnameWord(word) && !isCompoundNoun(word) && !PLACE_SURNAMES.has(word) && !PLACE_SURNAMES.has(word.slice(1)) && !PLACE_END.test(word);

function isSurnameSpeaker(surname: string, role: boolean): boolean {
  const { surnames, preferredSurnames } = nameLexicon();
  if (!role) return preferredSurnames.has(surname) || isUnlistedThreeKanjiSurname(surname);
  return surnames.has(surname) || (!commonNouns().has(surname) && !PLACE_OR_TITLE_END.test(surname));
}

function isSpeaker(match: RegExpExecArray): boolean {
  const { name, surname, role, desk } = match.groups!;
  if (surname !== undefined) return isSurnameSpeaker(surname, role !== undefined || desk !== undefined);
  if (/^\p{Script=Han}/u.test(name!)) return isKanjiSpeaker(name!);
  const given = match.groups!.given!;
  // A handle with its place reads as a given name, though a word's sound too (ひかる).
  return name !== given ? nameLexicon().givenNameReadings.has(asReading(given)) : isHiraganaSpeaker(given, match.groups!.bracket !== undefined);
}

export const STAMP_COLON_KANA_SPEAKER: PiiDetector = gated(/\d\][ \t][^\n]{0,30}[:：]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(COLON_SPEAKER, shadow).flatMap((match) => {
      const [start, end] = match.indices!.groups!.name ?? match.indices!.groups!.surname!;
      return isSpeaker(match) ? [{ start, end }] : [];
    }),
});

/**
 * A chat turn opening with its speaker's surname and です after the stamp (`[11/16 10:00] 小豆沢です。…`), as a caller
 * gives a name: a surname read as the colon's rule reads one alone (a listed one read first so, or three kanji no list
 * holds); a state or a thing (`[10:00] 了解です`, `[10:00] 大丈夫です`, `[10:00] 受付中です`) is none.
 */
const DESU_SPEAKER = new RegExp(String.raw`${STAMP_AND_ROLE}(?<name>${SURNAME_ALONE})です(?=[。、！!？?\s]|$)`, "dgmu");

export const STAMP_DESU_SPEAKER: PiiDetector = gated(/\d\][ \t][^\n]{0,12}です/u, {
  type: "PERSON",
  find: (shadow) => nameGroupSpans(DESU_SPEAKER, shadow, (surname) => isSurnameSpeaker(surname, false)),
});
