import { asReading, nameLexicon } from "../lexicon/japanese-name-lexicon.js";

/** A pet ending friends put on a given name (ゆかり → ゆかりん, ゆき → ゆきんこ, まさ → まさっち). */
const PET_ENDING = /^(\p{Script=Hiragana}{2,4}?)(?:りん|んこ|っち|ぴょん|たん|ちん|ん)$/u;

/**
 * A hiragana nickname made of a given name's reading and a pet ending (ゆかりん, ゆきんこ, みほっち): the whole no word's
 * reading (みかん, a mandarin, is みか and ん), the stem one of two kana or more the dictionary reads as a given name.
 */
export function isKanaNickname(word: string): boolean {
  const stem = PET_ENDING.exec(word)?.[1];
  const { givenNameReadings, wordReadings } = nameLexicon();
  return stem !== undefined && !wordReadings.has(asReading(word)) && givenNameReadings.has(asReading(stem));
}
