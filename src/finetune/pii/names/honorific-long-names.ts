import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { isThing, WORD } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/** A family name's particle inside a Portuguese or Spanish name (Priscila dos Santos Okada), with its space. */
const PARTICLE = "(?:d[aeo]s?|del|de[ \\t]+la)[ \\t]+";

/**
 * A Spanish or Portuguese courtesy title before a name of up to four words (Sr. Alejandro Fuentes Ibarra, Sra. Lucía
 * Ramos, Dña. María José Ortega Ruiz), and an English one before a name of three or four (Mr. Alejandro Fuentes Ibarra):
 * the English title's two-word rule stops short of a second family name; Prof. too (Prof. Ram Krishna Poudel), and a
 * family name's particle between the words (Mrs. Priscila dos Santos Okada). Sr. is also an English job's Senior (Sr.
 * Manager, Sr. Software Engineer): there the first word must be a listed given or family name. A Spanish title is
 * masked with the name, as a religious Sr. (Sister) is by the clergy rule; an English one is left, as its own rule does.
 */
const TITLED_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<spanish>Sr|Sra|Srta|Dña|Dra|Sres)\\.?|(?:Mr|Mrs|Ms|Dr|Prof)\\.?(?=(?:[ \\t]+(?:${PARTICLE})?${WORD}){3}))[ \\t]+(?<name>${WORD}(?:[ \\t]+(?:${PARTICLE})?${WORD}){0,3})(?![\\p{L}\\p{N}@_-])`,
  "dgu",
);

const listedName = (word: string): boolean => worldNames().latinGiven.has(word) || worldNames().latinFamily.has(word);
/** A word of a name: listed, or no English word; never a thing's, a title's or a place's word. */
const nameWord = (word: string): boolean => !isThing(word) && !isPlaceName(word) && (listedName(word) || !isEnglishWord(word));

const NAME_WORD = new RegExp(WORD, "gu");

/** The name's words up to the first that is none (Sr. Ramos Dental Clinic keeps Dental Clinic out), each title's least count met. */
function findTitledNames(shadow: string): Span[] {
  return matchesOf(TITLED_NAME, shadow).flatMap((match) => {
    const words = matchesOf(NAME_WORD, match.groups!.name!);
    const first = words.findIndex((word) => !nameWord(word[0]));
    const kept = words.slice(0, first === -1 ? words.length : first);
    if (kept.length === 0 || (match.groups!.spanish !== undefined ? !listedName(kept[0]![0]) : kept.length < 3)) return [];
    const [start] = match.indices!.groups!.name!;
    const last = kept.at(-1)!;
    return [{ start: match.groups!.spanish !== undefined ? match.index : start, end: start + last.index + last[0].length }];
  });
}

export const HONORIFIC_LONG_NAME: PiiDetector = gated(/(?:Sr|Sra|Srta|Dña|Dra|Sres|Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+\p{Lu}/u, { type: "PERSON", find: findTitledNames });
