import { CHAT_ROLE } from "../context/chat-roles.js";
import { gated, matchesOf, nameGroupSpans, type PiiDetector } from "../detector.js";
import { isEnglishWord } from "./english-person-tagger.js";
import { asReading, commonNouns, nameLexicon, wordReadings } from "../lexicon/japanese-name-lexicon.js";
import { KATAKANA_THING, PLACE_SURNAMES, unlistedSurnameWord } from "./name-detectors.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * Who wrote a line, where a log or a mailbox heads it by its writer: a note headed by the writer's surname (柴田メモ：,
 * [柴田メモ 11/23], [2026-11-29 18:45] 秋月メモ：) and a chat line's speaker in brackets after the role they speak
 * for (ショップ（秋月）：, shop (Ravi):). At a line's head only: inside a sentence, 作業メモ or 返信（自動） are things.
 */

/** Where a line's head is: its start, perhaps after an opening bracket or a time stamp in brackets. */
const LINE_HEAD = String.raw`(?<=(?:^|\n)[ \t　]*(?:[\[［【]|[\[［【][^\]］】\n]{1,30}[\]］】][ \t　]*)?)`;

/** A kanji word, then メモ, then a colon, a closing bracket or a space before a date. */
const NOTE_WRITER = new RegExp(String.raw`${LINE_HEAD}(?<name>\p{Script=Han}{1,4})メモ(?=[ \t　]*[:：\]］】]|[ \t　]+\d)`, "dgu");
/** One kanji before a noun as a prefix (新メモ, 旧メモ, 仮メモ): no writer. */
const PREFIX_KANJI = /^[新旧前元仮各本別要短長全続追]$/u;

/** A surname the dictionary lists, a common noun too (秋月) at a note's head; one kanji not a noun's prefix. */
function isWriterSurname(name: string): boolean {
  const { surnames, boundNouns } = nameLexicon();
  if (!surnames.has(name)) return false;
  return name.length > 1 || (!PREFIX_KANJI.test(name) && !boundNouns.has(name));
}

const noteWriter: PiiDetector = gated(/\p{Script=Han}メモ/u, {
  type: "PERSON",
  find: (shadow) =>
    nameGroupSpans(NOTE_WRITER, shadow, isWriterSurname),
});

/**
 * A role word (kanji, katakana or Latin letters: 詳細は本文（…） is a sentence), a name in brackets, a colon: a kanji
 * surname or full name, katakana words, or one Latin name the lexicon lists that is no English word (Ravi; not
 * Support (EN), Note (Internal)).
 */
const SPEAKER_IN_BRACKETS = new RegExp(
  String.raw`${LINE_HEAD}[\p{Script=Han}\p{Script=Katakana}ーA-Za-z]{1,10}[ \t]?[（(](?<name>\p{Script=Han}{1,4}(?:[ 　]\p{Script=Han}[\p{Script=Han}々]{0,2})?|[\p{Script=Katakana}ー]{2,8}(?:[・ 　][\p{Script=Katakana}ー]{1,8}){0,2}|\p{Lu}\p{Ll}{2,15})[）)][ \t]*[:：]`,
  "dgu",
);

function isSpeakerName(name: string): boolean {
  const { surnames, givenNames, surnameReadings, givenNameReadings } = nameLexicon();
  if (/^\p{Lu}/u.test(name)) return (worldNames().latinGiven.has(name) || worldNames().latinFamily.has(name)) && !isEnglishWord(name);
  const [first, second] = name.split(/[ 　・]/u) as [string, string | undefined];
  if (/^\p{Script=Han}/u.test(name)) return second !== undefined ? surnames.has(first) && givenNames.has(second) && !commonNouns().has(second) : isWriterSurname(name);
  return second !== undefined || surnameReadings.has(name) || givenNameReadings.has(name);
}

const speakerInBrackets: PiiDetector = gated(/[）)][ \t]*[:：]/u, {
  type: "PERSON",
  find: (shadow) =>
    nameGroupSpans(SPEAKER_IN_BRACKETS, shadow, isSpeakerName),
});

/**
 * A chat line's speaker with no time stamp, as a LINE-like export or a pasted chat heads its lines (ひろみ: 了解〜,
 * トモコ：今日は無理, 山口 愛：着いた, めぐ「明日行こ」), perhaps after the role they speak for (ドライバー 遠藤：再配達完了,
 * 電話受付 吉田：…, Agent 井上: …): a colon and a message after it, or a whole line's quote; without a role, a message
 * in words after a kanji word alone, not a figure.
 */
const BARE_SPEAKER = new RegExp(
  String.raw`(?<=^|\n)[ \t　]*(?:(?<role>\p{Script=Han}{0,2}${CHAT_ROLE})[ \t　]+)?(?<name>\p{Script=Han}[\p{Script=Han}々]{0,3}(?:[ 　]\p{Script=Han}[\p{Script=Han}々]{0,2})?|[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,6})(?:[ \t]*[:：](?=[ \t　]*(?<message>[^\s:：][^\n]*))|(?=(?<quote>「[^」\n]+」)[ \t　]*(?:\n|$)))`,
  "dgu",
);
/** A message holds a sentence's kana after a kanji word alone, a firm's name as often (久光: 12ケース, 住友：株価 +3%). */
const SAID = /\p{Script=Hiragana}/u;

/**
 * A speaker's name: kana of three or more that reads as a given name or a surname (not あさ: or よる: of a day's plan),
 * kanji of two or more that the dictionary lists as a surname or given name, not as a common noun or a place (備考:,
 * 福岡: 晴れ), a full name whose surname and given name it lists; after a role, a surname that is a place too
 * (ドライバー 吉田:) or one kanji (オペレーター 林:). Kana that is a word too (さくら, のぞみ, ひかり: a train, a flower,
 * a class) and a surname alone, a firm's name as often (住友：合併について, 武田：新薬を発表), only where another line's
 * speaker is sure: a transcript, not a timetable or a page of news.
 */
/** An era's name, a dairy's brand too (明治: 値上げのお知らせ), that the dictionary lists as a given name. */
const ERA = /^(?:明治|大正|昭和|平成|令和)$/u;

function speakerKind(name: string, afterRole: boolean): "sure" | "word" | undefined {
  const { surnames, givenNames, surnameReadings, givenNameReadings } = nameLexicon();
  if (!/^\p{Script=Han}/u.test(name)) {
    const reading = asReading(name);
    if (name.length < 3 || KATAKANA_THING.test(reading) || !(givenNameReadings.has(reading) || surnameReadings.has(reading))) return undefined;
    return wordReadings().has(reading) ? "word" : "sure";
  }
  const [first, second] = name.split(/[ 　]/u) as [string, string | undefined];
  if (second !== undefined) return surnames.has(first) && givenNames.has(second) && !commonNouns().has(second) ? "sure" : undefined;
  if (afterRole) return isWriterSurname(name) ? "sure" : undefined;
  if (name.length < 2 || commonNouns().has(name) || PLACE_SURNAMES.has(name) || ERA.test(name)) return undefined;
  return givenNames.has(name) && !surnames.has(name) ? "sure" : surnames.has(name) ? "word" : undefined;
}

const bareChatSpeaker: PiiDetector = gated(/[:：「]/u, {
  type: "PERSON",
  find(shadow) {
    const speakers = matchesOf(BARE_SPEAKER, shadow).map((match) => {
      const { role, name, message, quote } = match.groups!;
      const kind = speakerKind(name!, role !== undefined);
      const said = role !== undefined || !/^\p{Script=Han}+$/u.test(name!) || SAID.test(message ?? quote!);
      return { kind: said ? kind : undefined, span: { start: match.indices!.groups!.name![0], end: match.indices!.groups!.name![1] } };
    });
    const transcript = speakers.some(({ kind }) => kind === "sure");
    return speakers.flatMap(({ kind, span }) => (kind === "sure" || (kind === "word" && transcript) ? [span] : []));
  },
});

/**
 * A writer's mark closing a bracket, a surname, a space and 記 (■ 月次報告（10月分、鳥越 記）, （文責 鳥越 記）): who wrote
 * the part, as a report's heading signs it. A surname the dictionary lists, or two or three kanji no list holds
 * (unlistedSurnameWord: no noun, office or day's word); a place's name (品川 記) is none.
 */
const WRITER_MARK = /(?<=[（(、,，][ 　]?|[（(][^）)\n]{0,12}[ 　])(?<name>\p{Script=Han}{2,4})[ 　]記(?=[）)])/dgu;
const isMarkWriter = (name: string): boolean => (isWriterSurname(name) || unlistedSurnameWord(name)) && !PLACE_SURNAMES.has(name) && !commonNouns().has(name);

const writerMark: PiiDetector = gated(/記[）)]/u, {
  type: "PERSON",
  find: (shadow) => nameGroupSpans(WRITER_MARK, shadow, isMarkWriter),
});

export const LINE_WRITER_DETECTORS: readonly PiiDetector[] = [noteWriter, speakerInBrackets, bareChatSpeaker, writerMark];
