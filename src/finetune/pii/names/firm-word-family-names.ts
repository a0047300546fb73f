import { isNameOnlyWord } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { isFirmName } from "./english-person-tagger.js";

/**
 * A family name that is a firm's word too (Ford, Dell), one word, before a comma and a given name the lists hold that
 * only a name is (Ford, Harrison): a person written family first. Two firms listed so (Hewlett-Packard, Dell; Ford,
 * Toyota) have no such given name.
 */
export const firmWordFamilyBeforeGiven = (family: string, given: string): boolean =>
  /^\p{Lu}\p{Ll}+$/u.test(family) && isFirmName(family) && worldNames().latinGiven.has(given) && isNameOnlyWord(given) && !isFirmName(given);
