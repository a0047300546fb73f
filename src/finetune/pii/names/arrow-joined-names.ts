import type { Span } from "../detector.js";
import { asReading, commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { DEPARTMENT_WORD, STAFF_WORD } from "./name-detectors.js";
import { isRomajiSurname } from "./latin-name-cues.js";
import type { Beside } from "../context/neighbour-spans.js";

/**
 * A kana name after an arrow from a found name, as a hand-over is written (担当交代：[唐沢 伸] → ミナト): the one the work
 * passed to is a person too, but written in kana with no honorific no detector knows it; the arrow from a name does.
 * Only a word the dictionary reads as a surname or a given name: an arrow also leads to a step or a state (→ カンリョウ).
 */
/** An arrow and a whole katakana word after a found name. */
const KANA_AFTER_ARROW = /^[ 　]*(?:→|->|⇒)[ 　]*([\p{Script=Katakana}ー]{2,8})(?![\p{Script=Katakana}ー\p{Script=Han}])/u;

export function kanaNameAfterArrow({ span, after }: Beside): Span | undefined {
  const handedTo = KANA_AFTER_ARROW.exec(after)?.[1];
  if (handedTo === undefined || !(nameLexicon().surnameReadings.has(asReading(handedTo)) || nameLexicon().givenNameReadings.has(asReading(handedTo)))) return undefined;
  const start = span.end + after.indexOf(handedTo, after.search(/→|->|⇒/u));
  return { start, end: start + handedTo.length };
}

/**
 * A spaced kanji name after an arrow from a found name, ending the chat's header or the clause (… [蒲生] → 鳩間谷 真琴：,
 * [蒲生 隆] → 大鷹 悠人、): the one a message goes to. Its given name's part one of the dictionary (a noun's too: 真琴, 大地,
 * not a one-kanji noun), its first part no department's or staff's word (→ 総務 真琴 is a desk's person the cues read).
 */
const KANJI_NAME_AFTER_ARROW = /^[ 　]*(?:→|->|⇒)[ 　]*((\p{Script=Han}[\p{Script=Han}々]{0,3})[ 　](\p{Script=Han}[\p{Script=Han}々]{0,2}))(?=[ 　]*(?:[:：、。,，\n]|$))/u;

export function kanjiNameAfterArrow({ span, after }: Beside): Span | undefined {
  const match = KANJI_NAME_AFTER_ARROW.exec(after);
  if (match === null) return undefined;
  const [, name, surname, given] = match as unknown as [string, string, string, string];
  const { givenNames, nounGivenNames } = nameLexicon();
  if (!givenNames.has(given) || nounGivenNames.has(given) || DEPARTMENT_WORD.test(surname) || STAFF_WORD.test(surname) || (commonNouns().has(surname) && !nameLexicon().surnames.has(surname))) return undefined;
  const start = span.end + match[0].length - name.length;
  return { start, end: start + name.length };
}

/** A whole capitalised word and an arrow right before a found name. */
const LATIN_BEFORE_ARROW = /(?<![\p{L}\p{N}'’.@_-])([A-Z][a-z]{3,11})[ 　]*(?:→|->|⇒)[ 　]*$/u;

/**
 * A surname in romaji before an arrow to a found name, as a hand-over or an escalation is written (判断を Ikeda →
 * [西沢 千春] 課長へ): the one the work passed from is a person too. Only a word the dictionary reads as a surname that is
 * no English word or place: an arrow also leaves a state or a step (Draft → [PERSON]).
 */
export function romajiSurnameBeforeArrow({ span, before }: Beside): Span | undefined {
  const match = LATIN_BEFORE_ARROW.exec(before);
  if (match === null || !isRomajiSurname(match[1]!)) return undefined;
  const start = span.start - match[0].length;
  return { start, end: start + match[1]!.length };
}
