import { detectorsOverOneFinding, digitsOf, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { LETTER_NAMES, SPOKEN_DIGIT_DETECTORS } from "./spoken-digit-detectors.js";

/**
 * Speech-to-text transcripts (a call centre's logs) write what was said: numbers in groups joined by の or ハイフン
 * (080 の 6673 の 2291), fillers between a cue and its value (パスワードはたぶん …), letters read out in katakana (ケーエー
 * 007391), and a value given alone as the answer to the question of the turn before (郵便番号は? → 333-0851 です).
 */

/** The word a speaker says between the groups of a number: の or ハイフン (080 の 6673 の 2291), within the line. */
export const SPOKEN_PARTICLE = " ?(?:の|ハイフン) ?";
/** What joins the groups of a number read out: the word, a hyphen or a space. */
const SPOKEN_JOIN = `(?:${SPOKEN_PARTICLE}|[ -])`;

/**
 * Words a speaker fills a pause with before giving a value (えーと, たぶん, 確か), with the commas around them; empty
 * when there are none.
 */
export const FILLERS = "(?:[、,]? *(?:えーと|えっと|ええと|えー|あー|あの|うーん|たぶん|多分|確か|たしか|一応|まあ))*[、,]? *";

/**
 * A turn of a transcript: an optional time stamp, the speaker and a colon (`[00:00:49] オペレーター：`, `顧客:`); the
 * width-folded shadow writes the full-width colon as `:`.
 */
export const TURN = "(?:\\[\\d{1,2}:\\d{2}(?::\\d{2})?\\]\\s*)?[^\\s:\\n]{1,12}:";

/**
 * A number a person is known by at a firm, as an operator asks for it: a member's, a customer's, a contract's, an
 * employee's, a student's, a patient's or a policy's (会員番号, 契約ID, 診察券番号, 証券番号, member ID, policy number).
 */
const PERSON_NUMBER_ASKED =
  "会員番号|お客様番号|顧客番号|契約者?番号|契約ID|会員ID|お客様ID|社員番号|証券番号|受験番号|学籍番号|患者番号|診察券(?:の)?番号|(?<![A-Za-z])(?:[Mm]ember(?:ship)?|[Cc]ustomer|[Aa]ccount|[Pp]olicy|[Ee]mployee|[Ss]tudent|[Pp]atient) (?:ID|[Nn]umber|[Nn]o\\.?)";

/**
 * What the operator asks for, in the last sentence of a turn (郵便番号はお分かりでしょうか。ご登録のお電話番号をお願いいたします。,
 * Can I have your policy number, please?), then the whole next turn: its answer. The question is the sentence the cue
 * is in, so a cue in an earlier sentence of the turn (パスワードはお伺いしなくても大丈夫です。バージョンは…でしょうか) asks nothing.
 */
/** The asking turn's speaker may be a desk's role and the agent's name, after a time stamp ([10:05] サポート Hasebe:). */
const ASKING_TURN = `(?:\\[\\d{1,2}:\\d{2}(?::\\d{2})?\\]\\s*[^\\s:\\n]{1,12} [^\\s:\\n]{1,16}:|${TURN})`;
const QUESTION_THEN_ANSWER = new RegExp(
  `^${ASKING_TURN}[^\\n]*?(?<cue>郵便番号|電話番号|携帯(?:番号)?|連絡先|${PERSON_NUMBER_ASKED})[^\\n。？?]{0,30}(?:か[。？?]?|[？?]|ください。?|お願い(?:いた)?します。?|頂戴(?:でき)?(?:ます)?。?)[ \\t]*\\n(?<answer>${TURN}[^\\n]*)`,
  "dgmu",
);

const LEADING_TURN = new RegExp(`^${TURN}`);

/** The shape of each kind's value in an answer, read out. */
const ANSWER_VALUES: Record<"PHONE" | "POSTAL_CODE" | "PERSONAL_ID", RegExp> = {
  // A number from its 0, whole or in part (080 の 6637 before the speaker corrects it): six digits or more.
  PHONE: new RegExp(`(?<![\\d.])0\\d{1,4}(?:${SPOKEN_JOIN}\\d{1,4}){1,2}(?![\\d.]|${SPOKEN_JOIN}\\d)`, "dg"),
  POSTAL_CODE: new RegExp(`(?<![\\d.-])\\d{3}${SPOKEN_JOIN}?\\d{4}(?![\\d.]|-\\d)`, "dg"),
  // Letters (read out in katakana or written) before four digits or more: ケーエー 007391, KA-007391.
  // Capitals may stand a space before the digits (HM 4471029); not a year said alone (since 2019), and a full stop ends
  // the sentence unless a digit follows it.
  PERSONAL_ID: new RegExp(
    `(?:(?:${LETTER_NAMES}[、・\\s]?){1,4}\\s?|(?<![A-Za-z])(?:[A-Za-z]{1,4}-?|[A-Z]{1,4} ))?(?<![\\d.])(?!(?:19|20)\\d\\d(?!\\d|[.,]\\d))\\d{4,}(?!\\d|[.,]\\d|\\s?[年月日時分秒円件個%])`,
    "dgu",
  ),
};

const kindOfCue = (cue: string): AnswerKind =>
  cue === "郵便番号" ? "POSTAL_CODE" : /電話|携帯|連絡先/.test(cue) ? "PHONE" : "PERSONAL_ID";

type AnswerKind = keyof typeof ANSWER_VALUES;

/** The values in the answers to the questions asking for them, by kind. */
function findAnswers(shadow: string): Record<AnswerKind, Span[]> {
  const found: Record<AnswerKind, Span[]> = { PHONE: [], POSTAL_CODE: [], PERSONAL_ID: [] };
  for (const match of matchesOf(QUESTION_THEN_ANSWER, shadow)) {
    const kind = kindOfCue(match.groups!.cue!);
    const offset = match.indices!.groups!.answer![0];
    // The speaker's label and time stamp blanked, so that only what was said is read.
    const answer = match.groups!.answer!.replace(LEADING_TURN, (turn) => " ".repeat(turn.length));
    for (const value of answer.matchAll(ANSWER_VALUES[kind])) {
      if (kind === "PHONE" && digitsOf(value[0]).length < 6) continue;
      found[kind].push({ start: offset + value.index, end: offset + value.index + value[0].length });
    }
  }
  return found;
}

/** Most texts hold no line break (no turns) or no cue, and are passed over without the pattern. */
const CUE = /番号|連絡先|携帯|ID|[Nn]umber|[Nn]o\./;
const answersByKind = (shadow: string): ReadonlyMap<string, Span[]> =>
  !shadow.includes("\n") || !CUE.test(shadow) ? new Map() : new Map(Object.entries(findAnswers(shadow)));

export const SPOKEN_ANSWER_DETECTORS: readonly PiiDetector[] = [
  ...detectorsOverOneFinding(["PHONE", "POSTAL_CODE", "PERSONAL_ID"], answersByKind),
  // Numbers read out digit by digit, in words or spaced: after the answers, which know the kind asked for.
  ...SPOKEN_DIGIT_DETECTORS,
];
