import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { FIRM_OR_THING_WORD, ORGANISATION_WORD } from "../lexicon/firm-words.js";
import { asReading, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { isRomajiSurname, readsAsParts, spellsAsRomaji } from "./latin-name-cues.js";
import { NOT_A_GIVEN_NAME, NOT_A_NAME_WORD } from "../context/neighbour-words.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/*
 * A Japanese name in romaji alone where a line says whose hand did something: after "Reply by", "Handled by" (Reply by
 * Takamine: charger sent), or a given name before a person's verb (Sayaka logged in from home; すみれ replied). Alone, one word
 * is as often a place or a firm; the cue is what makes it a person.
 */

/** Words that end a desk's note on who did it: a reply, a check, a hand-over. Not a courier's (sent by, shipped by): Yamato and Sagawa carry parcels. */
const BY_HAND = "(?:[Rr]epl(?:y|ied)|[Aa]nswer(?:ed)?|[Hh]andled|[Cc]hecked|[Rr]eviewed|[Pp]rocessed|[Pp]repared|[Aa]pproved|[Ss]igned|[Ww]ritten|[Tt]aken|[Ii]ssued|[Rr]eceived|[Aa]ssigned(?:[ \\t]+to)?|[Ee]scalated(?:[ \\t]+to)?|[Cc]losed|[Rr]esolved|[Ll]ogged|[Uu]pdated|[Ee]ntered)";
const NAME_BY_HAND = new RegExp(`(?<![A-Za-z])${BY_HAND}[ \\t]+by[ \\t]+(?<name>[A-Z][a-z]{2,11})(?![A-Za-z0-9'’-]|[ \\t]+[A-Z])`, "dgu");

/** A person's verb after a lone given name, as a log writes what someone did (Sayaka logged in from home, Haruto said). */
const PERSON_VERB_AFTER = /^[ \t]+(?:logged[ \t]+(?:in|on|out)|signed[ \t]+(?:in|up|off)|said|says|asked|wrote|called|phoned|replied|confirmed|booked|paid|cancelled|canceled|agreed|complained|requested|visited|emailed|messaged|reported)\b/;
const GIVEN_BEFORE_VERB = /(?<![A-Za-z0-9'’.@_\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー-])(?<name>[A-Z][a-z]{3,11}|\p{Script=Hiragana}{2,4})(?=[ \t]+[a-z])/dgu;

/** Whether a capitalised word can be a person's name at all: no English word, place, title or firm's word. */
const nameShaped = (word: string): boolean =>
  !isEnglishWord(word) && !isPlaceName(word) && !NOT_A_GIVEN_NAME.test(word) && !NOT_A_NAME_WORD.test(word) && !ORGANISATION_WORD.test(word) && !FIRM_OR_THING_WORD.test(word);

/** A surname or a given name in romaji the dictionary reads, or a given name the world lists hold. */
const handName = (word: string): boolean => nameShaped(word) && (isRomajiSurname(word) || (spellsAsRomaji(word) && readsAsParts(word).given) || worldNames().latinGiven.has(word));

const nameByHand: PiiDetector = gated(/ by [A-Z]/, {
  type: "PERSON",
  find: (shadow) => matchesOf(NAME_BY_HAND, shadow).flatMap((match) => (handName(match.groups!.name!) ? [spanOf(match)] : [])),
});

/**
 * A given name only, read by the dictionary in romaji and no surname's reading (a firm takes a founder's surname:
 * Honda confirmed, Suzuki said), or in hiragana as a given name (すみれ replied by mail), before a person's verb.
 */
const givenBeforeVerb: PiiDetector = gated(/ (?:logged|signed|said|says|asked|wrote|called|phoned|replied|confirmed|booked|paid|cancell?ed|agreed|complained|requested|visited|emailed|messaged|reported)\b/, {
  type: "PERSON",
  find(shadow) {
    return matchesOf(GIVEN_BEFORE_VERB, shadow).flatMap((match) => {
      const name = match.groups!.name!;
      if (!PERSON_VERB_AFTER.test(shadow.slice(match.index + name.length, match.index + name.length + 24))) return [];
      if (/^\p{Script=Hiragana}/u.test(name)) return nameLexicon().givenNameReadings.has(asReading(name)) ? [spanOf(match)] : [];
      const reads = readsAsParts(name);
      return spellsAsRomaji(name) && reads.given && !reads.surname && nameShaped(name) ? [spanOf(match)] : [];
    });
  },
});

const spanOf = (match: RegExpExecArray): Span => {
  const [start, end] = match.indices!.groups!.name!;
  return { start, end };
};

export const ROMAJI_NAMES_BY_HAND: readonly PiiDetector[] = [nameByHand, givenBeforeVerb];
