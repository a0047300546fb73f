import { gated, matchesOf, type PiiDetector, type Span } from "./detector.js";
import { isPlaceName } from "./english-person-tagger.js";
import { readsAsParts } from "./latin-name-cues.js";
import { familyName, TEAM, WORD } from "./lexicon-latin-names.js";

/**
 * An initial and a family name where a person is meant: after a word that hands a thing to or from someone (Handover
 * to: R. Delacroix, issued by K. Mbeki, cc: T. Nakamura) or before a note on them in brackets (R. Delacroix (late
 * shift)). A brand under an initial (a J. Crew sweater, S. Pellegrino water) has no such word beside it.
 */
const INITIAL_SURNAME = new RegExp(`(?<![\\p{L}\\p{N}.])\\p{Lu}\\.[ \\t]?(?<family>${WORD})(?![\\p{L}\\p{N}@_'’-])`, "dgu");
/** A hand-over's or a sender's word before the name: "by" only after a participle (issued by), not after made or sold. */
const CUE_BEFORE = /(?:(?<!\p{L})(?:[Tt]o|[Ff]rom|[Cc]c|[Aa]ttn|[Cc]ontact|[Aa]gent)|\p{Ll}ed[ \t]+by)[ \t]*[:：]?[ \t]*$/u;
/** A note on a person in brackets: their team, shift, duty, extension or pronoun ((late shift), (IT, ext. 4420)), no brand's (outlet). */
const NOTE_AFTER = new RegExp(`^[ \\t]*[(（](?:${TEAM}|(?:early|late|night|day)[ \\t]+shift|on[ \\t]+duty|off[ \\t]+duty|ext\\.?|he|she|they)(?!\\p{L})`, "u");

function findInitialSurnames(shadow: string): Span[] {
  return matchesOf(INITIAL_SURNAME, shadow).flatMap((match) => {
    const start = match.index;
    const end = start + match[0].length;
    const family = match.groups!.family!;
    if (!(familyName(family) || readsAsParts(family).surname) || isPlaceName(family)) return [];
    const cued = CUE_BEFORE.test(shadow.slice(Math.max(0, start - 30), start)) || NOTE_AFTER.test(shadow.slice(end, end + 4));
    return cued ? [{ start, end }] : [];
  });
}

export const INITIAL_SURNAME_DETECTOR: PiiDetector = gated(/\p{Lu}\.[ \t]?\p{Lu}\p{Ll}/u, { type: "PERSON", find: findInitialSurnames });
