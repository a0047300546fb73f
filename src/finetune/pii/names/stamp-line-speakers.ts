import { CHAT_ROLE } from "../context/chat-roles.js";
import { stampLineHead } from "../context/chat-stamps.js";
import { gated, nameGroupSpans, type PiiDetector } from "../detector.js";
import { asReading, commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { isHangulName } from "./hangul-names.js";

/**
 * A chat export's turn headed by a line of its own: a stamp in brackets, the speaker's role or desk perhaps, and the
 * speaker in kanji, katakana (half-width too) or Hangul, the message on the lines below (`[10:21] 滝口`, `[2026-12-03
 * 08:55] 社内 滝口`, `[13:33] ﾊﾞﾄﾁｮｸﾞﾄ ｴﾝﾌﾄｩｼﾝ`, `[11:03] ハ・ジウ`); the same line's Latin speaker is
 * chat-line-speakers.ts's, its stamp and role read alike (chat-stamps.ts). An event log heads its lines so too (`[10:00] 開場`, `[10:30] システム メンテナンス`):
 * a kanji speaker must start with a listed surname, katakana ones be two words or more none of which is a word's
 * reading, and the next line must be a message, not the log's next stamp.
 */
const KANJI_NAME = String.raw`\p{Script=Han}{1,4}(?:[ 　]\p{Script=Han}{1,3})?`;
const KATAKANA_WORD = String.raw`[\p{Script=Katakana}ー\uFF70\uFF9E\uFF9F]{1,12}`;
const KATAKANA_NAME = `${KATAKANA_WORD}(?:[ 　・･]${KATAKANA_WORD}){1,3}`;
const HANGUL_NAME = String.raw`\p{Script=Hangul}{2,4}`;
const STAMP_LINE_SPEAKER = new RegExp(
  String.raw`${stampLineHead(`${CHAT_ROLE}|社内|社外`)}(?<name>${KANJI_NAME}|${KATAKANA_NAME}|${HANGUL_NAME})[ \t]*\n(?![ \t]*\[\d|[ \t]*\n)[ \t]*\S`,
  "dgmu",
);

function isSpeaker(name: string): boolean {
  const words = name.split(/[ 　・･]/u);
  if (/^\p{Script=Han}/u.test(name)) {
    const { surnames, givenNames } = nameLexicon();
    const [first, second] = words as [string, string?];
    return surnames.has(first) && (second === undefined || givenNames.has(second) || !commonNouns().has(second));
  }
  if (/^\p{Script=Hangul}/u.test(name)) return isHangulName(name);
  const { wordReadings } = nameLexicon();
  return words.every((word) => !wordReadings.has(asReading(word)));
}

export const STAMP_LINE_SPEAKER_NAME: PiiDetector = gated(/\d\][^\n:：]*\n/u, {
  type: "PERSON",
  find: (shadow) => nameGroupSpans(STAMP_LINE_SPEAKER, shadow, isSpeaker),
});
