import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { readsAsParts } from "./latin-name-cues.js";
import { isNameTaggedWord, isThing, TEAM, WORD } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/*
 * A given name alone, then the team, the desk or the firm the person speaks for (Priya from the agency, Grace from
 * legal, Kenta from IT, Ngozi from the embassy, Aisha from the venue team): how a log or a note names a contact it knows
 * by the first name. The word must be a given name of the lists or one in romaji, an English word only as a name (Grace), no place or thing (Paris
 * from the office, Nike from the agency).
 */
const SIDE =
  "legal|finance|accounts|accounting|payroll|billing|sales|support|security|facilities|procurement|reception|admin|engineering|marketing|logistics|housekeeping|front desk|agency|embassy|consulate|landlord|bank|insurer|office|lab|clinic|council|ward office|city office|school|university";
/** A team named by what it does, in small letters (the sponsor team, the venue desk, the hotel side). */
const NAMED_TEAM = "[a-z]{3,12}[ \\t]+(?:team|desk|side|crew)";
const NAME_FROM_SIDE = new RegExp(
  `(?<![\\p{L}\\p{N}'’.@_-])(?<name>${WORD})[ \\t]+from[ \\t]+(?:(?:the|our|your|their)[ \\t]+)?(?:${TEAM}|${SIDE}|${NAMED_TEAM})(?![\\p{L}\\p{N}-])`,
  "dgu",
);

const givenName = (word: string): boolean => {
  if (isThing(word) || isPlaceName(word)) return false;
  if (isEnglishWord(word)) return isNameTaggedWord(word);
  return worldNames().latinGiven.has(word) || readsAsParts(word).given;
};

function findNamesFromSides(shadow: string): Span[] {
  return matchesOf(NAME_FROM_SIDE, shadow).flatMap((match) => {
    const [start, end] = match.indices!.groups!.name!;
    return givenName(match.groups!.name!) ? [{ start, end }] : [];
  });
}

export const GIVEN_NAME_FROM_TEAM: PiiDetector = gated(/\p{Ll} from /u, { type: "PERSON", find: findNamesFromSides });
