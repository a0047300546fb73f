import { CHAT_ROLE } from "../context/chat-roles.js";
import { stampLineHead } from "../context/chat-stamps.js";
import { PLACE_OR_TITLE_END } from "../context/neighbour-words.js";
import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { asReading, commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { isKanaNickname } from "./kana-nicknames.js";
import { surnameEndingInBu } from "./name-detectors.js";

/**
 * A chat turn's speaker after its bracketed stamp and before the colon, in a form the dictionary rules leave:
 * - a nickname or given name in hiragana (`[21:17] まさよ: …`, `[09:40] ふじ（藤ヶ谷 冬美）: …`): one that reads as a
 *   given name and as no word, or any when the speaker's full name follows in brackets, as a shared account writes it.
 *   A notice's word there (`[10:00] おしらせ:`) reads as no given name. A given name with a pet ending is one too
 *   (`[16:44] ゆきんこ:`, kana-nicknames.ts).
 * - a kanji surname, listed or with a small ヶ or ノ or of no word, before a given name the dictionary lists
 *   (`[09:41] 藤ヶ谷 冬美:`, `[09:41] 鰐部 冬美:`); not a department's or an office's word before a word (`[10:00] 本社 総務:`).
 */
const HIRAGANA_NAME = String.raw`\p{Script=Hiragana}{2,6}`;
const KANJI_NAME = String.raw`\p{Script=Han}(?:\p{Script=Han}|(?<=\p{Script=Han})[ヶノ](?=\p{Script=Han})){1,3}[ 　]\p{Script=Han}{1,3}`;
const FULL_NAME_IN_BRACKETS = String.raw`[（(]\p{Script=Han}[\p{Script=Han}々ヶノ]{0,3}[ 　][\p{Script=Han}\p{Script=Katakana}ー]{1,6}[）)]`;
const COLON_SPEAKER = new RegExp(
  String.raw`${stampLineHead(`${CHAT_ROLE}|社内|社外`)}(?<name>${HIRAGANA_NAME}|${KANJI_NAME})(?<bracket>${FULL_NAME_IN_BRACKETS})?[ \t]*[:：]`,
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

function isSpeaker(match: RegExpExecArray): boolean {
  const name = match.groups!.name!;
  return /^\p{Script=Han}/u.test(name) ? isKanjiSpeaker(name) : isHiraganaSpeaker(name, match.groups!.bracket !== undefined);
}

export const STAMP_COLON_KANA_SPEAKER: PiiDetector = gated(/\d\][ \t][^\n]{0,30}[:：]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(COLON_SPEAKER, shadow).flatMap((match) => {
      const [start, end] = match.indices!.groups!.name!;
      return isSpeaker(match) ? [{ start, end }] : [];
    }),
});
