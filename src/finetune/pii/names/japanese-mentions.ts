import { gated, nameGroupSpans, type PiiDetector } from "../detector.js";
import { asReading, commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { PLACE_SURNAMES } from "./name-detectors.js";

/**
 * A chat's mention of a person in Japanese (@けんた 明日大丈夫？, @リョウ, @佐々木 確認お願いします): kana of three or
 * more that reads as a given name or a surname, or kanji that the dictionary lists as a surname or a given name and not
 * as a common noun or a place. Not an @ after a word, as a post says where it was (ランチ@渋谷, 集合@駅前), nor a
 * handle's Latin letters (the handle rules take those).
 */
const MENTION = /(?<![\p{L}\p{N}._@/+-])@(?<name>[\p{Script=Hiragana}\p{Script=Katakana}ー]{3,6}|\p{Script=Han}[\p{Script=Han}々]{1,3})(?![\p{Script=Hiragana}\p{Script=Katakana}ー\p{Script=Han}々])/dgu;

function isMentionedName(name: string): boolean {
  const { surnames, givenNames, surnameReadings, givenNameReadings } = nameLexicon();
  if (!/^\p{Script=Han}/u.test(name)) return givenNameReadings.has(asReading(name)) || surnameReadings.has(asReading(name));
  return (surnames.has(name) || givenNames.has(name)) && !commonNouns().has(name) && !PLACE_SURNAMES.has(name);
}

export const JAPANESE_MENTION: PiiDetector = gated(/@[^\x00-\x7f]/u, {
  type: "PERSON",
  find: (shadow) =>
    nameGroupSpans(MENTION, shadow, isMentionedName),
});
