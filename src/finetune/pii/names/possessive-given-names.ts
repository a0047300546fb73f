import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isNameOnlyWord, WORD } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * A listed first name alone with a possessive before what a person has (Mihail's bag, Priscila's laptop, Oyelaran's
 * wife, Fenella's dog, Ingrid's cat carrier): a belonging, a kin word, a pet or an account says the owner is someone. A shop or a brand takes a possessive too
 * (Wendy's burgers, Claire's Accessories, Trader Joe's): before any other word, or after a capitalised one, it stays.
 */
const BELONGING =
  "bag|backpack|laptop|phone|wallet|purse|keys?|car|bike|bicycle|desk|locker|room|seat|badge|coat|jacket|umbrella|passport|account|password|e-?mail|address|number|mother|father|mum|mom|dad|wife|husband|partner|son|daughter|kids?|children|sister|brother|parents|family|boss|manager|team|shift|birthday|pets?|cat|kitten|dog|puppy|rabbit|hamster|parrot|carrier|cage|luggage|suitcase";
const POSSESSIVE_NAME = new RegExp(`(?<![\\p{L}\\p{N}'’.@_-])(?<name>${WORD})['’]s[ \\t]+(?:new[ \\t]+|old[ \\t]+)?(?:${BELONGING})(?![\\p{L}])`, "dgu");
/** A capitalised word right before: the possessive ends a shop's or a firm's name (Trader Joe's bag). */
const CAPITALISED_WORD_BEFORE = /\p{Lu}\p{L}*[ \t]+$/u;

const ownerName = (word: string): boolean => worldNames().latinGiven.has(word) && isNameOnlyWord(word);

export const POSSESSIVE_GIVEN_NAME: PiiDetector = gated(/['’]s /, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(POSSESSIVE_NAME, shadow).flatMap((match): Span[] => {
      const [start, end] = match.indices!.groups!.name!;
      if (!ownerName(match.groups!.name!) || CAPITALISED_WORD_BEFORE.test(shadow.slice(Math.max(0, start - 20), start))) return [];
      return [{ start, end }];
    }),
});
