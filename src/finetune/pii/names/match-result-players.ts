import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isPlaceName } from "./english-person-tagger.js";
import { readsAsParts } from "./latin-name-cues.js";
import { familyName, WORD } from "../lexicon/lexicon-latin-names.js";

/*
 * The players of a match's result as a club's ladder or a draw writes it, the winner, "d." or "def." and the loser,
 * then the set scores (T. Okafor d. R. Lindahl 6-3 7-5; K. Mori def. A. Brandt 6-4 2-6 10-8): an initial and a family
 * name either side. The scores say it is a result; a team's or a town's name (Kobe d. Osaka 3-1) has no initial.
 */
const PLAYER = `\\p{Lu}\\.[ \\t]?${WORD}`;
const MATCH_RESULT = new RegExp(
  `(?<![\\p{L}\\p{N}.-])(?<winner>${PLAYER})[ \\t]+(?:d|def|bt)\\.[ \\t]+(?<loser>${PLAYER})(?=[ \\t,;:(|]+\\d{1,2}[-–]\\d{1,2}(?!\\d))`,
  "dgu",
);

const player = (name: string): boolean => {
  const family = name.replace(/^\p{Lu}\.[ \t]?/u, "");
  return (familyName(family) || readsAsParts(family).surname) && !isPlaceName(family);
};

function findMatchResultPlayers(shadow: string): Span[] {
  return matchesOf(MATCH_RESULT, shadow).flatMap((match) => {
    const sides = ["winner", "loser"] as const;
    // Both sides players: a brand under an initial (J. Crew) makes the line no result of people.
    if (!sides.every((side) => player(match.groups![side]!))) return [];
    return sides.map((side) => ({ start: match.indices!.groups![side]![0], end: match.indices!.groups![side]![1] }));
  });
}

export const MATCH_RESULT_PLAYERS: PiiDetector = gated(/ (?:d|def|bt)\. \p{Lu}/u, { type: "PERSON", find: findMatchResultPlayers });
