import { gated, matchesOf, type PiiDetector } from "./detector.js";
import { asReading, nameLexicon } from "./japanese-name-lexicon.js";

/**
 * A name written in kana, as a caller spells it or a report quotes it, before the words that introduce a person: a
 * surname and a given name in hiragana before です or と申します (ひがしで ゆうこです), and a surname in katakana before
 * という and a person's noun (ヤマグチ という男性). Both read as names by the dictionary's readings.
 */

/** Two hiragana words, a space between, before a self-introduction's ending. */
const HIRAGANA_NAME_INTRODUCED = /(?<!\p{Script=Hiragana})(?<surname>\p{Script=Hiragana}{2,5})[ 　](?<given>\p{Script=Hiragana}{2,4})(?=です|と申|でござ)/dgu;

const hiraganaNameIntroduced: PiiDetector = gated(/\p{Script=Hiragana}[ 　]\p{Script=Hiragana}+(?:です|と申|でござ)/u, {
  type: "PERSON",
  find: (shadow) => {
    const { surnameReadings, givenNameReadings } = nameLexicon();
    return matchesOf(HIRAGANA_NAME_INTRODUCED, shadow).flatMap((match) => {
      const { surname, given } = match.groups!;
      return surnameReadings.has(asReading(surname!)) && givenNameReadings.has(asReading(given!)) ? [{ start: match.index, end: match.index + match[0].length }] : [];
    });
  },
});

/** A katakana word of three kana or more, then という and a word for a person (男性, 女性, 方, 人, お客様). */
const KATAKANA_NAME_SO_CALLED = /(?<![\p{Script=Katakana}ー・])(?<name>[\p{Script=Katakana}ー]{3,8})[ 　]?という(?:男性|女性|男|女|方|人|者|お客様|客)/dgu;

const katakanaNameSoCalled: PiiDetector = gated(/[\p{Script=Katakana}ー][ 　]?という/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(KATAKANA_NAME_SO_CALLED, shadow).flatMap((match) => {
      const [start, end] = match.indices!.groups!.name!;
      return nameLexicon().surnameReadings.has(match.groups!.name!) ? [{ start, end }] : [];
    }),
});

export const KANA_NAME_BEFORE_CUE_DETECTORS: readonly PiiDetector[] = [hiraganaNameIntroduced, katakanaNameSoCalled];
