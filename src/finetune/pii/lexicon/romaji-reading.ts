import { isKatakana, toKatakana, toRomaji } from "wanakana";

/** A kana with the small kana that make one mora with it (シュ, ティ). */
const MORA = /[ァ-ヺー][ァィゥェォャュョヮ]?/gu;
const MOST_READINGS = 16;

/**
 * The katakana readings of a Japanese word written in Hepburn romaji (Sato → サト, サトウ; Yuki → ユキ, ユウキ), or none
 * when it is not one (Smith, Teams), to look it up among the name dictionary's readings. Hepburn drops long vowels, so
 * each mora ending in o or u may stand for オウ, ウウ: every such reading is given, up to a few.
 */
export function romajiReadings(word: string): string[] {
  const kana = toKatakana(word.toLowerCase());
  if (!isKatakana(kana)) return [];
  let readings = [""];
  for (const mora of kana.match(MORA) ?? []) {
    const long = /[ou]$/.test(toRomaji(mora)) && readings.length < MOST_READINGS;
    readings = readings.flatMap((reading) => (long ? [reading + mora, `${reading + mora}ウ`] : [reading + mora]));
  }
  return readings;
}
