import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { EAST_ASIAN_FAMILY_NAMES } from "./east-asian-family-names.js";
import { isPlaceName, PLACE_FIRST, PLACE_WORD } from "./english-person-tagger.js";
import { FIRM_OR_THING_WORD, ORGANISATION_WORD, TITLE_WORD } from "../lexicon/firm-words.js";
import { NOT_A_GIVEN_NAME, NOT_A_NAME_WORD } from "../context/neighbour-words.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/*
 * A listed given name and a surname that is an English word too (John Park, Anna Lee, Mary Young), which the lexicon's
 * rules refuse as a word, where a line says a person: after a customer's or a guest's label and a colon (customer: John
 * Park), or after "for" in a line about an order, a booking or a refund (Order 1234 for Anna Lee). The given name must be
 * listed; the surname no place, street, firm's or thing's word (Booking for Victoria Station, customer: Apple Store).
 */

const LABEL = "(?:[Cc]ustomer|[Cc]lient|[Bb]uyer|[Gg]uest|[Pp]assenger|[Rr]ecipient|[Cc]aller|[Mm]ember|[Tt]enant|[Pp]atient|[Ss]ender|[Oo]rderer|[Ss]hip[ \\t]+to|[Bb]ill[ \\t]+to)[ \\t]*[:：][ \\t]*";
const FOR_AN_ORDER = "(?:[Oo]rder|[Bb]ooking|[Rr]eservation|[Rr]efund|[Ii]nvoice|[Pp]arcel|[Dd]elivery|[Tt]ickets?|[Ss]hipment)\\b[^\\n]{0,30}?[ \\t]for[ \\t]+";
const NAME_AFTER_CUE = new RegExp(
  `(?<![A-Za-z])(?:(?<label>${LABEL})|${FOR_AN_ORDER})(?<name>(?<given>[A-Z][a-z]{1,15})[ \\t]+(?<surname>[A-Z][a-z]{1,15}))(?![A-Za-z0-9'’-]|[ \\t]+[A-Z])`,
  "dgu",
);

/**
 * A word no one is named by. After a person's label, a Korean or Chinese family name is a person's though an
 * organisation's word too (customer: John Park); after "for" it is a place booked as often (Booking for Victoria Park).
 */
const isNoOnesWord = (word: string, labelled: boolean): boolean =>
  isPlaceName(word) ||
  PLACE_WORD.test(word) ||
  FIRM_OR_THING_WORD.test(word) ||
  (ORGANISATION_WORD.test(word) && !(labelled && EAST_ASIAN_FAMILY_NAMES.has(word))) ||
  TITLE_WORD.test(word) ||
  NOT_A_NAME_WORD.test(word) ||
  NOT_A_GIVEN_NAME.test(word);

export const latinNameWithWordSurname: PiiDetector = gated(/[:：] ?[A-Z]| for [A-Z]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(NAME_AFTER_CUE, shadow).flatMap((match) => {
      const { given, surname } = match.groups! as { given: string; surname: string };
      const labelled = match.groups!.label !== undefined;
      if (!worldNames().latinGiven.has(given) || PLACE_FIRST.test(given) || isNoOnesWord(given, false) || isNoOnesWord(surname, labelled)) return [];
      const [start, end] = match.indices!.groups!.name!;
      return [{ start, end }];
    }),
});
