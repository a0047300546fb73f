import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { spellsRomanisedSyllable } from "./east-asian-family-comma-given.js";
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
const listOf = (item: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}'’.@_-])${item}(?:[ \\t]*,[ \\t]*${item})+(?:,?[ \\t]+(?:and|&)[ \\t]+${item})?(?![\\p{L}\\p{N}@_-])`, "gu");
const LIST = listOf(WORD);
const ITEM = new RegExp(WORD, "gu");
/**
 * A Malaysian or Singaporean Chinese given name is two romanised syllables written apart (Kai Xuan, Yu Ting, Zi Han)
 * and is listed among Malay and English given names as one item; either syllable may be an English word (Bo, Yan).
 */
const PAIRED_WORD = `${WORD}(?:[ \\t]${WORD})?`;
const LIST_WITH_PAIRS = listOf(PAIRED_WORD);
const PAIRED_ITEM = new RegExp(PAIRED_WORD, "gu");
/** Two listed given names make a list of people; one among places or products may be a brand's. */
const LISTED_GIVEN_NAMES = 2;

const listedGivenName = (word: string): boolean => worldNames().latinGiven.has(word) && !isEnglishWord(word) && !isPlaceName(word);

/** A two-syllable given name: each word one syllable, not both English words, and no place (Hong Kong). */
const syllablePair = (item: string): boolean => {
  const words = item.split(/[ \t]/);
  return words.every(spellsRomanisedSyllable) && !words.every(isEnglishWord) && !isPlaceName(item) && !words.some(isPlaceName);
};

const itemMayBePerson = (item: string): boolean => (/[ \t]/.test(item) ? syllablePair(item) : isUnlistedSingleName(item));

function findListedPeople(shadow: string, list: RegExp, item: RegExp): Span[] {
  return matchesOf(list, shadow).flatMap((found) => {
    const items = matchesOf(item, found[0]);
    if (items.length < 3 || !items.every((each) => itemMayBePerson(each[0]))) return [];
    if (items.filter((each) => listedGivenName(each[0])).length < LISTED_GIVEN_NAMES) return [];
    return items.map((each) => ({ start: found.index + each.index, end: found.index + each.index + each[0].length }));
  });
}

/** Single words first; a list holding two-syllable names is read again with pairs as items. */
const findListedPeopleAndPairs = (shadow: string): Span[] => [...findListedPeople(shadow, LIST, ITEM), ...findListedPeople(shadow, LIST_WITH_PAIRS, PAIRED_ITEM)];

/** The cheap test first: a capitalised word, a comma and another. */
export const GIVEN_NAMES_IN_LIST: PiiDetector = gated(/\p{Ll}[ \t]*,[ \t]*\p{Lu}/u, { type: "PERSON", find: findListedPeopleAndPairs });
