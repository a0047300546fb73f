import { gated, nameGroupSpans, type PiiDetector } from "../detector.js";

/**
 * A posthumous Buddhist name after its word (戒名 蓮光院妙照慈雲大姉, 法名：釋浄信, 戒名は 清風道明居士): the dead person's
 * name as a temple, a mason or a funeral desk writes it, a run of kanji ending in its rank (大姉, 居士, 信士, 信女, 童子,
 * 童女, 禅定門, 禅定尼) or a Jōdo Shinshū name starting 釋 or 釈. Only after the word: a rank alone ends other words too
 * (一言居士), and the word alone is a service's (戒名追加 2名, 戒名彫刻).
 */
const RANK = "大居士|大姉|居士|信士|信女|童子|童女|禅定門|禅定尼";
const POSTHUMOUS_NAME = new RegExp(
  `(?:戒名|法名|法号)(?:は|[ 　]*[:：])?[ 　]*[「『]?(?<name>\\p{Script=Han}{2,12}(?:${RANK})|[釋釈]\\p{Script=Han}{1,4}(?![\\p{Script=Han}]))`,
  "dgu",
);

export const POSTHUMOUS_BUDDHIST_NAME: PiiDetector = gated(/戒名|法名|法号/u, {
  type: "PERSON",
  find: (shadow) => nameGroupSpans(POSTHUMOUS_NAME, shadow, () => true),
});
