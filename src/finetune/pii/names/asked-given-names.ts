import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { VOICE_ASSISTANT } from "../lexicon/firm-words.js";
import { readsAsParts } from "./latin-name-cues.js";
import { isThing, WORD } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * A given name alone between a request's verb and what is asked (Please ask Junpei to send his timesheet, remind Mirela
 * to sign, let Kenta know): a given name of the lists or a Japanese one in romaji, no English word, thing or place. A
 * team, a place or a voice assistant is asked so too (ask Support to, tell Osaka to, ask Alexa to) and stays.
 */
const ASKED_NAME = new RegExp(`(?<![\\p{L}])(?:[Aa]sk|[Tt]ell|[Rr]emind|[Ll]et)[ \\t]+(?!${VOICE_ASSISTANT})(?<name>${WORD})[ \\t]+(?:to|know)(?![\\p{L}])`, "dgu");

const givenName = (word: string): boolean =>
  !isThing(word) && !isPlaceName(word) && !isEnglishWord(word) && (worldNames().latinGiven.has(word) || readsAsParts(word).given);

function findAskedNames(shadow: string): Span[] {
  return matchesOf(ASKED_NAME, shadow).flatMap((match) => {
    if (!givenName(match.groups!.name!)) return [];
    const [start, end] = match.indices!.groups!.name!;
    return [{ start, end }];
  });
}

export const ASKED_GIVEN_NAME: PiiDetector = gated(/(?:[Aa]sk|[Tt]ell|[Rr]emind|[Ll]et)[ \t]+\p{Lu}/u, { type: "PERSON", find: findAskedNames });
