import { gated, nameGroupSpans, type PiiDetector, type Span } from "../detector.js";
import { isPlaceName, lexiconTags } from "./english-person-tagger.js";
import { isVoiceAssistant } from "../lexicon/firm-words.js";
import { familyName, WORD } from "../lexicon/lexicon-latin-names.js";

/**
 * A given name no list holds, alone at a clause's start before a verb only a person does (Marites asked about the
 * payslip, Siddharth said, Thandiwe apologised): a word of no dictionary, no thing's and no place's. The lists lack
 * many Filipino, Indian and African given names; a tool or a firm may send, book or fix, but does not ask or apologise.
 */
const SPEECH_VERB = "asked|said|says|told|wrote|phoned|emailed|complained|promised|apologi[sz]ed|replied|forgot|insisted";
const NAME_BEFORE_SPEECH = new RegExp(
  `(?:^|(?<=[.!?;:>|][ \\t]*|^[ \\t]*[-*•][ \\t]+))(?<name>${WORD})[ \\t]+(?:${SPEECH_VERB})(?![\\p{L}])`,
  "dgmu",
);

/** A word no dictionary, list of things or of places holds: compromise's lexicon has no tag for it at all. */
const unlistedName = (word: string): boolean => word.length >= 4 && familyName(word) && lexiconTags(word).length === 0 && !isPlaceName(word) && !isVoiceAssistant(word);

function findNamesBeforeSpeech(shadow: string): Span[] {
  return nameGroupSpans(NAME_BEFORE_SPEECH, shadow, unlistedName);
}

/** The cue: a small letter, a space and a verb of speech. */
export const UNLISTED_NAME_BEFORE_SPEECH: PiiDetector = gated(new RegExp(`[a-z] (?:${SPEECH_VERB})`), { type: "PERSON", find: findNamesBeforeSpeech });
