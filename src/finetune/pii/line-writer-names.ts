import { gated, matchesOf, type PiiDetector, type Span } from "./detector.js";
import { isEnglishWord } from "./english-person-tagger.js";
import { commonNouns, nameLexicon } from "./japanese-name-lexicon.js";
import { worldNames } from "./world-name-lexicon.js";

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
    matchesOf(NOTE_WRITER, shadow).flatMap((match) => {
      const [start, end] = match.indices!.groups!.name!;
      return isWriterSurname(match.groups!.name!) ? [{ start, end }] : [];
    }),
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
    matchesOf(SPEAKER_IN_BRACKETS, shadow).flatMap((match): Span[] => {
      const [start, end] = match.indices!.groups!.name!;
      return isSpeakerName(match.groups!.name!) ? [{ start, end }] : [];
    }),
});

export const LINE_WRITER_DETECTORS: readonly PiiDetector[] = [noteWriter, speakerInBrackets];
