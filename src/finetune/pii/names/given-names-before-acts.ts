import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { WORD } from "../lexicon/lexicon-latin-names.js";
import { isListedSingleName } from "./listed-single-names.js";

/**
 * A given name alone at a clause's start before what a colleague or a client does (Tuan fixed the flaky test, Linh
 * declined the offer, Bastien moved to the B dorm, Sabitha will start on 1 July, Eirik has joined), or two joined by
 * "and" (Priyanka and Mateus both left 5 stars, Olga & Ravi have joined): a listed name only, since a tool or a fix
 * fixes and merges too (Hotfix merged, Jenkins broke; Jira and Slack both broke). A clause opens after ", and", a dash
 * between spaces, if, when or says too (…, and Svea takes the late shift; the desk says Radek already checked out; if
 * Ottilie turns up, …), and what the person does may be to take, cover, collect or bring something.
 */
const ACT_VERB =
  "fixed|merged|approved|declined|accepted|agreed|resigned|volunteered|broke|moved|cancell?ed|brought|visited|arrived|joined|left|started|finished|reviewed|confirmed|thinks|thought|missed|lost|forgot|injured|signed|pushed|reopened|closed|deployed|takes|took|covers|covered|collects|collected|brings|bringing|checked out|turns up|turned up";
const NAME_BEFORE_ACT = new RegExp(
  `(?:^|(?<=[.!?;:>|][ \\t]*|^[ \\t]*[-*•][ \\t]+|,[ \\t]+and[ \\t]+|[ \\t]-[ \\t]+|(?<![\\p{L}])(?:if|when|says)[ \\t]+))(?<name>${WORD})(?:[ \\t]+(?:and|&)[ \\t]+(?<other>${WORD})[ \\t]+(?:both[ \\t]+)?(?:(?:will|have|had)[ \\t]+)?|[ \\t]+(?:(?:will|has|had|is|already)[ \\t]+)?)(?:${ACT_VERB}|start|join|lead|leave|arrive|take|cover|collect|bring)(?![\\p{L}])`,
  "dgmu",
);

function findNamesBeforeActs(shadow: string): Span[] {
  return matchesOf(NAME_BEFORE_ACT, shadow).flatMap((match) => {
    const { name, other } = match.groups!;
    if (!isListedSingleName(name!) || (other !== undefined && !isListedSingleName(other))) return [];
    return [match.indices!.groups!.name!, match.indices!.groups!.other].flatMap((at) => (at === undefined ? [] : [{ start: at[0], end: at[1] }]));
  });
}

/** The cue: a small letter, a space and a verb of the list (or will, has, have, had, is, already). */
export const GIVEN_NAME_BEFORE_ACT: PiiDetector = gated(new RegExp(`[a-z] (?:will |has |have |had |is |already )?(?:${ACT_VERB}|take|cover|collect|bring)`), { type: "PERSON", find: findNamesBeforeActs });
