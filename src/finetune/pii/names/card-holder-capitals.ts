import { gated, matchesOf, nameGroupSpans, type PiiDetector, type Span } from "../detector.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { isThing } from "../lexicon/lexicon-latin-names.js";
import { isEnglishWord } from "./english-person-tagger.js";
import { CAPITALS_NOT_A_NAME } from "./name-detectors.js";

/**
 * A card's holder as the card is embossed, an initial and the family name in capitals, after the holder's word (holder
 * M DELACOURT ONO, Cardholder: J SMITH, name on card R. OKAFOR-BELL): the person the card is in. Not a card's kind or a
 * placeholder (holder A VISA, holder N NAME), which the capitals' stop list names.
 */
const EMBOSSED_HOLDER =
  /(?<![A-Za-z])(?:[Cc]ard ?holder|[Hh]older|HOLDER|[Nn]ame on (?:the )?card)[ \t]*[:：]?[ \t]*(?<name>[A-Z]\.? [A-Z]{2,}(?:[ -][A-Z]{2,}){0,2})(?![A-Za-z0-9])/dg;

function findEmbossedHolder(shadow: string): Span[] {
  return matchesOf(EMBOSSED_HOLDER, shadow).flatMap((match) => {
    const words = match.groups!.name!.split(/[ .-]+/).slice(1);
    if (words.some((word) => CAPITALS_NOT_A_NAME.test(word))) return [];
    const [start, end] = match.indices!.groups!.name!;
    return [{ start, end }];
  });
}

export const EMBOSSED_CARD_HOLDER: PiiDetector = gated(/[Hh]older|HOLDER|[Nn]ame on/, { type: "PERSON", find: findEmbossedHolder });

/**
 * A card's holder in capitals in brackets right after the card's number, as a note copies the card's face (4980 …
 * 6018（TARO YAMADA）, 5354 … 0436 (AYAKA MORI, exp 08/29)): two or three words, the name the card is embossed with. Not
 * the card's brand or tier (VISA GOLD), nor English words (APPLE PAY, NEW CARD) unless a list holds them as names, nor
 * after an account's number, which no card's issuer's first digit (2 to 6) opens (0101 … (SWIFT BANKJPJT)).
 */
const HOLDER_AFTER_NUMBER = /(?<![\d-])(?=[2-6])(?:\d{4}(?:[ -]?\d{4}){3}|\d{4}[ -]?\d{6}[ -]?\d{5})[ \t]*\((?<name>[A-Z]{2,12}(?: [A-Z]\.?)?(?: [A-Z]{2,12}){1,2})(?=[),、，;])/dg;

const titleCase = (word: string): string => word[0] + word.slice(1).toLowerCase();
const holderWord = (word: string): boolean => {
  if (word.length === 1) return true;
  const written = titleCase(word);
  if (CAPITALS_NOT_A_NAME.test(word) || isThing(written)) return false;
  return !isEnglishWord(written) || worldNames().latinGiven.has(written) || worldNames().latinFamily.has(written);
};

export const CARD_HOLDER_AFTER_NUMBER: PiiDetector = gated(/\([A-Z]{2,12} [A-Z]/, {
  type: "PERSON",
  find: (shadow) => nameGroupSpans(HOLDER_AFTER_NUMBER, shadow, (name) => name.split(/[ .]+/).filter(Boolean).every(holderWord)),
});
