import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { isThing } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * A name written family first as a register's field holds it, capitalised, a comma, then the given names: with a middle
 * initial after them (Arrieta, Quirino B.), or with two family names before the comma, as a Brazilian's or a Spaniard's
 * (Sandoval Figueroa, Joana). The field ends after it (a bracket, a cell's bar, gap or quote, the line's end, or the
 * name's katakana writing), or a note in brackets follows it (Sandoval Figueroa, Joana （同伴 …）; its katakana writing in
 * brackets is the other writings' rule), so that a place and its country or two towns in a sentence (Lyon, France, and …)
 * are no match.
 */
const FAMILY_COMMA_GIVEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.-])(?<family>\p{Lu}\p{Ll}{2,15}(?:[ \t]\p{Lu}\p{Ll}{2,15})?),[ \t]?(?<given>\p{Lu}\p{Ll}{2,15}(?:[ \t]\p{Lu}\p{Ll}{2,15}){0,2})(?<initial>[ \t]\p{Lu}\.)?(?=[ \t]*(?:[)）|"\t]|$|[ \t]{2}|[\p{Script=Katakana}])|[ \t]?[(（](?![\p{Script=Katakana}]))`,
  "dgmu",
);

const words = (text: string): string[] => text.split(/[ \t]+/);

/**
 * Whether the words read as a person's: none a firm's, a thing's or a title's, no given name an English word or a place's;
 * with no initial, two family names the lists hold and a given name they hold too (Hotel Aster, Sapporo is no one). A
 * family name may be a town's (Lucena, Estela M.): the initial after the given names says a person.
 */
function readsAsFamilyCommaGiven(match: RegExpExecArray): boolean {
  const { family, given, initial } = match.groups as { family: string; given: string; initial?: string };
  const [families, givens] = [words(family), words(given)];
  if ([...families, ...givens].some(isThing) || givens.some((word) => isEnglishWord(word) || isPlaceName(word))) return false;
  if (initial !== undefined) return true;
  const { latinGiven, latinFamily } = worldNames();
  return families.length === 2 && families.every((word) => latinFamily.has(word) && !isPlaceName(word)) && givens.some((word) => latinGiven.has(word));
}

export const FAMILY_COMMA_GIVEN_NAME: PiiDetector = gated(/[a-z], ?[A-Z]/, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(FAMILY_COMMA_GIVEN, shadow).flatMap((match): Span[] => (readsAsFamilyCommaGiven(match) ? [{ start: match.index, end: match.index + match[0].length }] : [])),
});
