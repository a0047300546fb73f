import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { isUnlistedSingleName } from "./listed-single-names.js";

/**
 * Three or more single words listed with commas, and "and" or "&" before the last (orders for Kwame, Adaeze and
 * Bongani; the rota (Keisha, Tobias, Anjali); Sienna, Marcus and Priyanka): where two of them are given names of the
 * name lists, the list names people, and each of its words is one, though no cue stands beside any. Every word must
 * still be one a name may be (no English word, place, tool or firm's word): Tokyo, Osaka and Kyoto, or Stripe, Adyen
 * and Klarna, stay.
 */
const WORD = "\\p{Lu}\\p{Ll}{1,15}";
const LIST = new RegExp(
  `(?<![\\p{L}\\p{N}'’.@_-])${WORD}(?:[ \\t]*,[ \\t]*${WORD})+(?:,?[ \\t]+(?:and|&)[ \\t]+${WORD})?(?![\\p{L}\\p{N}@_-])`,
  "gu",
);
const ITEM = new RegExp(WORD, "gu");
/** Two listed given names make a list of people; one among places or products may be a brand's. */
const LISTED_GIVEN_NAMES = 2;

const listedGivenName = (word: string): boolean => worldNames().latinGiven.has(word) && !isEnglishWord(word) && !isPlaceName(word);

function findListedPeople(shadow: string): Span[] {
  return matchesOf(LIST, shadow).flatMap((list) => {
    const items = matchesOf(ITEM, list[0]);
    if (items.length < 3 || !items.every((item) => isUnlistedSingleName(item[0]))) return [];
    if (items.filter((item) => listedGivenName(item[0])).length < LISTED_GIVEN_NAMES) return [];
    return items.map((item) => ({ start: list.index + item.index, end: list.index + item.index + item[0].length }));
  });
}

/** The cheap test first: a capitalised word, a comma and another. */
export const GIVEN_NAMES_IN_LIST: PiiDetector = gated(/\p{Ll}[ \t]*,[ \t]*\p{Lu}/u, { type: "PERSON", find: findListedPeople });
