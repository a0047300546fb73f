import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { asReading, nameLexicon } from "../lexicon/japanese-name-lexicon.js";

/**
 * A spaced hiragana full name where the text speaks of a name's reading just before it (名前のふりがなを間違えました。
 * いさご こうたろう が正しいです; フリガナの訂正：はせがわ みさき): the correction is the person's name in kana. Its first
 * word a surname's reading of three kana or more, its second a given name's; a surname's reading may be a word's too
 * (ハセガワ), a short one a phrase's (ふりがなは あとで おくります stays).
 */
const READING_TALK = /ふりがな|フリガナ|よみがな|ヨミガナ|読み仮名|読み方|振り仮名/u;
const SPACED_HIRAGANA_NAME = /(?<![\p{Script=Hiragana}\p{Script=Han}\p{Script=Katakana}ー])(?<surname>\p{Script=Hiragana}{3,6})[ 　](?<given>\p{Script=Hiragana}{2,6})(?=[ 　]?(?:が|は|です|で|と|[、。，,）)」』\n]|$))/dgu;
const TALK_REACH = 40;

export const HIRAGANA_NAME_AFTER_READING_TALK: PiiDetector = gated(READING_TALK, {
  type: "PERSON",
  find: (shadow) => {
    const { surnameReadings, givenNameReadings } = nameLexicon();
    return matchesOf(SPACED_HIRAGANA_NAME, shadow).flatMap((match): Span[] => {
      if (!READING_TALK.test(shadow.slice(Math.max(0, match.index - TALK_REACH), match.index))) return [];
      const surname = asReading(match.groups!.surname!);
      const given = asReading(match.groups!.given!);
      if (!surnameReadings.has(surname) || !givenNameReadings.has(given)) return [];
      return [{ start: match.index, end: match.index + match[0].length }];
    });
  },
});
