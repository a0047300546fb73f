import { gated, nameGroupSpans, type PiiDetector } from "../detector.js";
import { commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { KIN } from "./kana-names-after-cue.js";

/**
 * A kanji given name alone after a kin's word, set apart by spaces before a particle, as a family member writes of their
 * own (主人の 勇 が入院, 妻 和美 は欠席、, 息子の 健太 も): one or two kanji the dictionary lists as a given name and no
 * common noun (母の 実家 が, 父 会社 を is no one). The space after the name is the writer's sign of a name.
 */
const KANJI_GIVEN_AFTER_KIN = new RegExp(
  `(?<!\\p{Script=Han})(?:${KIN})の?[ 　]+(?<name>\\p{Script=Han}[\\p{Script=Han}々]?)[ 　]+(?=が|は|も|を|に|と|[、。])`,
  "dgu",
);

const kanjiGivenName = (word: string): boolean => nameLexicon().givenNames.has(word) && !commonNouns().has(word);

export const KANJI_GIVEN_NAME_AFTER_KIN: PiiDetector = gated(new RegExp(`(?:${KIN})の?[ 　]+\\p{Script=Han}`, "u"), {
  type: "PERSON",
  find: (shadow) => nameGroupSpans(KANJI_GIVEN_AFTER_KIN, shadow, kanjiGivenName),
});
