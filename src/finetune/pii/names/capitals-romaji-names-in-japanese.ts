import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { FIRM_OR_THING_WORD, ORGANISATION_WORD, TITLE_WORD } from "../lexicon/firm-words.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { readsAsParts } from "./latin-name-cues.js";
import { CAPITALS_NOT_A_NAME } from "./name-detectors.js";

/**
 * A Japanese name in capitals standing alone in a Japanese sentence, as a card's holder is copied into a message
 * (カード 3696…（ダイナース）、YASUTAKA KIRIHARA、セキュリティコード): the given name first as the card embosses it, or the
 * family name first as a passport prints it. Japanese text or its punctuation on both sides, both words read as a
 * Japanese given name and surname, and neither an English, a place's, a firm's or a card's word (SHIN OSAKA, KOBE
 * BEEF, VISA GOLD); a longer run of capitals (ASAHI SUPER DRY) is a product's.
 */
const JAPANESE = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー、。，．・「」『』（）【】：";
const CAPITALS_IN_JAPANESE = new RegExp(`(?<=[${JAPANESE}][ \\t　]?)(?<![A-Z][ \\t])[A-Z]{2,12} [A-Z]{2,12}(?=[ \\t　]?[${JAPANESE}])`, "gu");

const titleCase = (word: string): string => word[0] + word.slice(1).toLowerCase();

const readsAsJapaneseName = (name: string): boolean => {
  const words = name.split(" ");
  if (words.some((word) => CAPITALS_NOT_A_NAME.test(word))) return false;
  const [first, second] = words.map(titleCase) as [string, string];
  if ([first, second].some((word) => isEnglishWord(word) || isPlaceName(word) || [ORGANISATION_WORD, FIRM_OR_THING_WORD, TITLE_WORD].some((kind) => kind.test(word)))) return false;
  const [one, two] = [readsAsParts(first), readsAsParts(second)];
  return (one.given && two.surname) || (one.surname && two.given);
};

export const CAPITALS_ROMAJI_NAME_IN_JAPANESE: PiiDetector = gated(/[A-Z]{2} [A-Z]{2}/, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(CAPITALS_IN_JAPANESE, shadow).flatMap((match) => (readsAsJapaneseName(match[0]) ? [{ start: match.index, end: match.index + match[0].length }] : [])),
});
