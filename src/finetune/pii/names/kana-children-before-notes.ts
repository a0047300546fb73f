import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { asReading, nameLexicon, wordReadings } from "../lexicon/japanese-name-lexicon.js";

/**
 * A child's name in hiragana before ちゃん or くん and the child's school year or age in brackets, as a lesson's roster or
 * a booking writes its children (ゆうとくん（小2）, そうた ちゃん（年長）, あいもの りくくん（3歳）): the note says a child is
 * named, so the name is taken whatever else the dictionary reads it as (ゆうと, あいもの are words' readings too). A
 * hiragana surname and a space before it are the same child's, not a possessive before the name (うちの, むすこの,
 * となりの: a word and の). Kin words and animals take the same honorific and notes (おにいちゃん（小5）, うさぎさん).
 */
const CHILD_WITH_NOTE =
  /(?<![\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー])(?:(?<surname>\p{Script=Hiragana}{3,6})[ 　])?(?<given>\p{Script=Hiragana}{2,6}?)[ 　]?(?:ちゃん|くん)[ 　]?(?=[（(](?:[小中高][1-6]|年[長中少]|[0-9]{1,2}[歳才])[）)])/dgu;
const KIN_OR_ANIMAL =
  /^(?:お?(?:にい|ねえ|あに|あね|とう|かあ|じい|ばあ|じ|ば|ねぇ|にぃ)|あか|ぼっ|ばっ|じっ|うち|みんな|ともだち|おともだち|うさぎ|ひよこ|くま|ねこ|いぬ|わんこ|ぞう|さる|とり)$/u;
const PARTICLE_END = /[のはがをにでともへや]$/u;

/** A possessive or a clause before the name (うちの, むすこの, きょうは): a word, or two kana, and a particle. */
const isPhraseBefore = (word: string): boolean => PARTICLE_END.test(word) && (word.length <= 3 || wordReadings().has(asReading(word.slice(0, -1))));

/**
 * A particle run into the name after a word in kanji or a bracket (…さん（大連出身）とゆうかちゃん（小2）): the name is the
 * rest, where the rest reads as a given name and the whole does not.
 */
const PARTICLE_START = /^[とはのもや]/u;
const particleBefore = (given: string): boolean => {
  const { givenNameReadings } = nameLexicon();
  return PARTICLE_START.test(given) && given.length >= 3 && givenNameReadings.has(asReading(given.slice(1))) && !givenNameReadings.has(asReading(given));
};

function childNames(shadow: string): Span[] {
  return matchesOf(CHILD_WITH_NOTE, shadow).flatMap((match): Span[] => {
    const { surname, given } = match.groups!;
    if (KIN_OR_ANIMAL.test(given!)) return [];
    const [givenStart, end] = match.indices!.groups!.given!;
    const start = surname === undefined && particleBefore(given!) ? givenStart + 1 : givenStart;
    const withSurname = surname !== undefined && !isPhraseBefore(surname) && !KIN_OR_ANIMAL.test(surname);
    return [{ start: withSurname ? match.index : start, end }];
  });
}

export const KANA_CHILD_BEFORE_NOTE: PiiDetector = gated(/(?:ちゃん|くん)[ 　]?[（(][小中高年0-9]/u, { type: "PERSON", find: childNames });
