import { gated, nameGroupSpans, type PiiDetector, type Span } from "../detector.js";
import { WORD } from "../lexicon/lexicon-latin-names.js";
import { isListedSingleName } from "./listed-single-names.js";

/**
 * A given name alone at a clause's start before what a colleague or a client does (Tuan fixed the flaky test, Linh
 * declined the offer, Bastien moved to the B dorm, Sabitha will start on 1 July, Eirik has joined): a listed name
 * only, since a tool or a fix fixes and merges too (Hotfix merged, Jenkins broke).
 */
const ACT_VERB =
  "fixed|merged|approved|declined|accepted|agreed|resigned|volunteered|broke|moved|cancell?ed|brought|visited|arrived|joined|left|started|finished|reviewed|confirmed|thinks|thought|missed|lost|forgot|injured|signed|pushed|reopened|closed|deployed";
const NAME_BEFORE_ACT = new RegExp(
  `(?:^|(?<=[.!?;:>|][ \\t]*|^[ \\t]*[-*•][ \\t]+))(?<name>${WORD})[ \\t]+(?:(?:will|has|had)[ \\t]+)?(?:${ACT_VERB}|start|join|lead|leave|arrive)(?![\\p{L}])`,
  "dgmu",
);

function findNamesBeforeActs(shadow: string): Span[] {
  return nameGroupSpans(NAME_BEFORE_ACT, shadow, isListedSingleName);
}

/** The cue: a small letter, a space and a verb of the list (or will, has, had). */
export const GIVEN_NAME_BEFORE_ACT: PiiDetector = gated(new RegExp(`[a-z] (?:will |has |had )?(?:${ACT_VERB})`), { type: "PERSON", find: findNamesBeforeActs });
