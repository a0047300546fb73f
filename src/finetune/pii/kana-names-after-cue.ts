import { gated, matchesOf, type PiiDetector, type Span } from "./detector.js";
import { asReading, nameLexicon } from "./japanese-name-lexicon.js";

/**
 * A name written in kana alone after the words that introduce a person: a staff member's post (アシスタント にしな,
 * 運営 ミナト), a spouse's or a child's word (つまの キミコ が行きます), a name's label (なまえ ちとせ です). Read as a
 * name by the dictionary's readings: kana alone is a word as often.
 */

/** A whole kana word: hiragana of three to six, or katakana of two to eight, half-width too. */
const KANA_WORD = "(?<name>\\p{Script=Hiragana}{3,6}|[\\p{Script=Katakana}ー\\uFF66-\\uFF9F]{2,8})(?![\\p{Script=Hiragana}\\p{Script=Katakana}ー\\uFF66-\\uFF9F])";

/** The name's end: the text's, the line's or a clause's, a particle or です. */
const NAME_ENDS = "(?=[ 　]*(?:$|\\n|[、。,，)）/／]|が|は|に|も|と|を|です|だけど))";

const STAFF_POST = "アシスタント|スタイリスト|スタッフ|マネージャー|運営|受付|店長|担当";
const KIN = "妻|夫|母|父|娘|息子|家内|主人|つま|おっと|むすめ|むすこ";
const NAME_LABEL = "なまえ|名前|お名前";

const KANA_AFTER_CUE = new RegExp(
  `(?:(?<![\\p{Script=Katakana}ー\\p{Script=Han}])(?:${STAFF_POST})[ 　]*[:：]?[ 　]*|(?<!\\p{Script=Han})(?:${KIN})の?[ 　]+|(?:${NAME_LABEL})は?[ 　]*[:：]?[ 　]*)${KANA_WORD}${NAME_ENDS}`,
  "dgmu",
);

/** Whether a kana word reads as a surname or a given name of the dictionary. */
const readsAsName = (word: string): boolean => {
  const { surnameReadings, givenNameReadings } = nameLexicon();
  const reading = asReading(word);
  return surnameReadings.has(reading) || givenNameReadings.has(reading);
};

const kanaNameAfterCue: PiiDetector = gated(new RegExp(`${STAFF_POST}|${KIN}|${NAME_LABEL}`, "u"), {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(KANA_AFTER_CUE, shadow).flatMap((match) => {
      const [start, end] = match.indices!.groups!.name!;
      return readsAsName(match.groups!.name!) ? [{ start, end }] : [];
    }),
});

/**
 * A person's real name after 本名, a spaced kanji name whatever the dictionary lists (本名 柊 颯), and the kana or the
 * handle's word right before （本名 …）: the same person's other name, a player's or a pen name (ひいらぎ（本名 …）).
 */
const REAL_NAME =
  /(?:(?<![\p{Script=Hiragana}\p{Script=Katakana}ー\p{L}\p{N}_])(?<other>[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,10}|[A-Za-z][A-Za-z0-9_]{1,15})[ 　]?[（(])?本名[ 　]*[:：は]?[ 　]*(?<name>\p{Script=Han}[\p{Script=Han}々]{0,3}[ 　][\p{Script=Han}\p{Script=Hiragana}々]{1,4}(?![\p{Script=Han}\p{Script=Hiragana}々]))?/dgu;

const realName: PiiDetector = gated(/本名/u, {
  type: "PERSON",
  find: (shadow): Span[] =>
    matchesOf(REAL_NAME, shadow).flatMap((match) =>
      [match.indices!.groups!.other, match.indices!.groups!.name].flatMap((group) => (group ? [{ start: group[0], end: group[1] }] : [])),
    ),
});

export const KANA_NAME_AFTER_CUE_DETECTORS: readonly PiiDetector[] = [kanaNameAfterCue, realName];
