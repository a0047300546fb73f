import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { asReading, commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";

/**
 * A child's kanji given name alone beside its age, school year or class, as a lesson sheet, a juku's notes or a school's
 * letter writes it (芽依 6歳, 陽菜 中3, 湊斗 3年1組, 2年3組 美咲 保護者様): a given name the lexicon lists, as a word of
 * its own. Not a common noun (男性 45歳, 年長 5歳, 対象 小3, 3年2組 学級通信) nor a one-kanji name that is a noun too
 * (光, 翼, 湊: 光 5歳 reads either way), nor 満 of an age in full years (満 5歳).
 */
const GRADE = String.raw`[0-9]{1,2}[ 　]?(?:歳|才)(?![0-9])|[小中高][1-6](?![0-9])|[1-6]年[0-9]{1,2}組`;
const WORD_CHAR = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々`;
const NAME_BEFORE_GRADE = new RegExp(String.raw`(?<![${WORD_CHAR}])(?<name>[\p{Script=Han}々]{1,3})[ 　]?(?=${GRADE})`, "dgu");
const NAME_AFTER_CLASS = new RegExp(String.raw`(?<=[1-6]年[0-9]{1,2}組[ 　])(?<name>[\p{Script=Han}々]{1,3})(?=[ 　、,，）)\n]|$)`, "dgu");
const AGE_WORDS = new Set(["満", "数え"]);

function isGivenName(name: string): boolean {
  const { givenNames, nounGivenNames } = nameLexicon();
  return givenNames.has(name) && !nounGivenNames.has(name) && !commonNouns().has(name) && !AGE_WORDS.has(name);
}

const givenNamesOf = (pattern: RegExp, shadow: string): Span[] =>
  matchesOf(pattern, shadow).flatMap((match): Span[] => {
    const [start, end] = match.indices!.groups!.name!;
    return isGivenName(match.groups!.name!) ? [{ start, end }] : [];
  });

/**
 * A child's given name in hiragana before its age, the age in kana too, as a cake's plate, a card or a sign writes them
 * (「ゆずは 3さい おめでとう」, ゆきの 6歳): a word of its own the dictionary lists as a given name, or reads as one and as
 * no word; not a word that says when or who (もう 5さい, おとな 2さい).
 */
const HIRAGANA_NAME_BEFORE_AGE = /(?<![\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々])(?<name>\p{Script=Hiragana}{2,5})[ 　]?(?=[0-9]{1,2}[ 　]?(?:さい|歳|才)(?![0-9]))/dgu;

/** Words that say when or who before an age (もう 5さい, ちょうど 3さい, おとな 2さい): no child's name. */
const BEFORE_AGE_WORD = /^(?:もう|あと|まだ|やっと|ついに|すでに|ちょうど|きょう|ことし|らいねん|こんど|おとな|こども|ぜんぶ)$/u;

function hiraganaGivenNamesBeforeAge(shadow: string): Span[] {
  const { givenNames, givenNameReadings, wordReadings } = nameLexicon();
  return matchesOf(HIRAGANA_NAME_BEFORE_AGE, shadow).flatMap((match): Span[] => {
    const name = match.groups!.name!;
    const reading = asReading(name);
    // A given name the dictionary lists in hiragana, or one it reads so and as no word.
    if (BEFORE_AGE_WORD.test(name) || !(givenNames.has(name) || (givenNameReadings.has(reading) && !wordReadings.has(reading)))) return [];
    const [start, end] = match.indices!.groups!.name!;
    return [{ start, end }];
  });
}

export const GIVEN_NAMES_BY_AGE_OR_CLASS: readonly PiiDetector[] = [
  gated(/\p{Script=Hiragana}[ 　]?[0-9]{1,2}[ 　]?(?:さい|歳|才)/u, { type: "PERSON", find: hiraganaGivenNamesBeforeAge }),
  gated(/歳|才|[小中高][1-6]|年[0-9]{1,2}組/u, { type: "PERSON", find: (shadow) => givenNamesOf(NAME_BEFORE_GRADE, shadow) }),
  gated(/年[0-9]{1,2}組/u, { type: "PERSON", find: (shadow) => givenNamesOf(NAME_AFTER_CLASS, shadow) }),
];
