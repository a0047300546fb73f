import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { FIRM_OR_THING_WORD } from "../lexicon/firm-words.js";
import { isEnglishWord, isFirmName, isPlaceName } from "./english-person-tagger.js";
import { writesLatinWord } from "./latin-name-kana.js";
import { KATAKANA_THING } from "./name-detectors.js";

/**
 * A katakana word before brackets that close on a Latin name of two to four words, a short note perhaps first (タパ（実習生、
 * Thapa Mani Raj）, グルン（Gurung Hari Bahadur）): a foreign worker's surname as a Japanese record calls him, and his whole
 * name as his papers write it, its first word the one the katakana writes. Both are the person's. The katakana may be a
 * loanword too (a surname often is one): the Latin words decide, each one the name lists give or no English word, and
 * none a place's or a firm's, so a firm's or a product's stays (アマゾン（通販、Amazon Prime Video）).
 */
const KANA_THEN_LATIN_NAME =
  /(?<![\p{Script=Katakana}ー・])(?<kana>[\p{Script=Katakana}ー]{2,8})[（(](?:[^（()）、,，\n]{1,12}[、,，][ 　]?)?(?<latin>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){1,3})[）)]/dgu;

function isNameWord(word: string): boolean {
  const { latinGiven, latinFamily } = worldNames();
  if (FIRM_OR_THING_WORD.test(word) || isFirmName(word) || isPlaceName(word)) return false;
  return latinGiven.has(word) || latinFamily.has(word) || !isEnglishWord(word);
}

export const KATAKANA_NAME_WITH_LATIN_WRITING: PiiDetector = gated(/[\p{Script=Katakana}ー][（(][^（()）\n]{0,14}[A-Z][a-z]+ [A-Z]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(KANA_THEN_LATIN_NAME, shadow).flatMap((match) => {
      const { kana, latin } = match.groups!;
      const words = latin!.split(" ");
      if (!writesLatinWord(kana!, words[0]!) || KATAKANA_THING.test(kana!) || !words.every(isNameWord)) return [];
      const [kanaStart, kanaEnd] = match.indices!.groups!.kana!;
      const [latinStart, latinEnd] = match.indices!.groups!.latin!;
      return [
        { start: kanaStart, end: kanaEnd },
        { start: latinStart, end: latinEnd },
      ];
    }),
});
