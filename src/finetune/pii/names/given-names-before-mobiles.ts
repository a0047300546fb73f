import { gated, nameGroupSpans, type PiiDetector } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { isThing } from "../lexicon/lexicon-latin-names.js";
import { isCommonEnglishWord } from "../lexicon/common-english-words.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { readsAsParts } from "./latin-name-cues.js";

/**
 * A given name alone right before a mobile number (Staff phones: Akane 080-…, Ravi 090-…; Yuki：070-…): a staff list's
 * or a note's way to say whom to ring. A mobile (070, 080, 090) is a person's, where a shop's or a desk's line is a
 * landline or 0120; a label of the number itself (Tel, Mobile) or a place (Osaka 090-…) is no name.
 */
const NAME_BEFORE_MOBILE = /(?<![\p{L}\p{N}'’.@_/-])(?<name>\p{Lu}\p{Ll}{1,15})[ \t]*[:：]?[ \t]*0[789]0-\d{4}-\d{4}(?!\d)/dgu;
const NUMBER_LABEL = /^(?:Tel|Fax|Mob|Cell|Phone|Mobile|Keitai|Denwa|No|Num)$/;

const readsAsGivenName = (word: string): boolean =>
  (worldNames().latinGiven.has(word) || readsAsParts(word).given) &&
  !NUMBER_LABEL.test(word) &&
  !isThing(word) &&
  !isPlaceName(word) &&
  !isEnglishWord(word) &&
  !isCommonEnglishWord(word);

export const GIVEN_NAME_BEFORE_MOBILE: PiiDetector = gated(/\p{Ll}[ \t:：]*0[789]0-\d/u, {
  type: "PERSON",
  find: (shadow) => nameGroupSpans(NAME_BEFORE_MOBILE, shadow, readsAsGivenName),
});
