import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { FIRM_OR_THING_WORD, TITLE_WORD } from "../lexicon/firm-words.js";
import { ORGANISATION_WORD } from "./name-detectors.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * A name in a table's cell as a crew list, a manifest or a roster writes it, the family name in capitals, a comma and
 * the given names (KOVALENKO, Andriy; DE GUZMAN, Ariel; VAN DER BERG, Pieter; TAN, Wei Jie Marcus): the cell stands alone between a column's
 * gap (a tab, two spaces, a bar) or the line's ends. A place and its country (TOKYO, Japan), a note (NOTE, Please see)
 * or a product's colours (SKU, Blue Large) are kept: no word may be a place's, a firm's or a thing's, and one must be a
 * name the lexicon knows, or none an English word.
 */
const CELL_NAME = new RegExp(
  `(?:^|\\t|[ ]{2}|\\|)[ \\t]*(?<name>(?<family>[A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z'’-]+){0,2}),[ ]?(?<given>[A-Z][a-z'’-]+(?:[ ][A-Z][a-z'’-]+){0,3}))(?=[ \\t]*(?:\\t|[ ]{2}|\\||$))`,
  "dgmu",
);

const capitalised = (word: string): string => word[0] + word.slice(1).toLowerCase();

function readsAsCrewName(family: readonly string[], given: readonly string[]): boolean {
  const words = [...family, ...given];
  if (words.some((word) => isPlaceName(word) || FIRM_OR_THING_WORD.test(word) || ORGANISATION_WORD.test(word) || TITLE_WORD.test(word))) return false;
  const { latinGiven, latinFamily } = worldNames();
  if (given.some((word) => latinGiven.has(word)) || family.some((word) => latinFamily.has(word) && !isEnglishWord(word))) return true;
  // Names the lexicon lacks (KOVALENKO, Andriy): no word English, and a family name longer than an airport's or a currency's code (NRT, Narita).
  return family.join("").length >= 4 && !words.some(isEnglishWord);
}

export const SURNAME_FIRST_TABLE_CELL: PiiDetector = gated(/[A-Z]{2}, ?[A-Z][a-z]/, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(CELL_NAME, shadow).flatMap((match) => {
      const family = match.groups!.family!.split(" ").map(capitalised);
      const given = match.groups!.given!.split(" ");
      const [start, end] = match.indices!.groups!.name!;
      return readsAsCrewName(family, given) ? [{ start, end }] : [];
    }),
});
