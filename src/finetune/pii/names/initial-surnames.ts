import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isPlaceName } from "./english-person-tagger.js";
import { readsAsParts } from "./latin-name-cues.js";
import { familyName, isNameOnlyWord, TEAM, WORD } from "../lexicon/lexicon-latin-names.js";
import { CAPITALS_NOT_A_NAME } from "./name-detectors.js";

/**
 * A family name in capitals, as an address label or a parcel's attn line prints it (attn F. McGREGOR, To: K. OSEI,
 * c/o R. O'BRIEN), its Mc, Mac or O' as written or in capitals: read as the name is written in small letters.
 */
const CAPITALS_FAMILY = "(?:Mc|Mac|MC|MAC|O['’])?[A-Z]{3,16}";
const FAMILY_PREFIX = /^(?:(Mc|MC)|(Mac|MAC)|(O['’]))?/;
const asWrittenSmall = (capitals: string): string => {
  const prefix = FAMILY_PREFIX.exec(capitals)!;
  const rest = capitals.slice(prefix[0].length);
  return `${prefix[1] ? "Mc" : prefix[2] ? "Mac" : (prefix[3] ?? "")}${rest[0]}${rest.slice(1).toLowerCase()}`;
};

/**
 * An initial and a family name where a person is meant: after a word that hands a thing to or from someone (Handover
 * to: R. Delacroix, issued by K. Mbeki, cc: T. Nakamura) or before a note on them in brackets (R. Delacroix (late
 * shift)), or with two initials or more (M. K. Osei). A brand under an initial (a J. Crew sweater, S. Pellegrino water)
 * has no such word beside it.
 */
const INITIAL_SURNAME = new RegExp(`(?<![\\p{L}\\p{N}.-])\\p{Lu}\\.(?<more>(?:(?:[ \\t]-?|-)\\p{Lu}\\.)*)[ \\t]?(?:(?<family>${WORD})|(?<capitals>${CAPITALS_FAMILY}))(?![\\p{L}\\p{N}@_'’-])`, "dgu");
/**
 * A hand-over's or a sender's word before the name: "by" only after a participle (issued by, signed off by), not after
 * made or sold; per, via, c/o; a participle's or a holder's label (Reviewed: A. Rahman, Owner: K. Osei); the name a
 * caller or a booking gave, quoted (name given "J. Nowak").
 */
const CUE_BEFORE =
  /(?:(?<!\p{L})(?:[Tt]o|[Ff]rom|[Cc]c|[Aa]ttn|[Cc]ontact|[Aa]gent|[Pp]er|[Vv]ia|[Cc]\/[Oo])|(?<!\p{L})name[ \t]+(?:given|used|provided|supplied)[ \t]*[:：]?[ \t]*["“]|\p{Ll}ed(?:[ \t]+(?:off|up|out))?[ \t]+by|(?:\p{Ll}ed|[Oo]wner|[Aa]ssignee|[Rr]eporter|[Aa]pprover|[Rr]eviewer)[ \t]*[:：])[ \t]*[:：]?[ \t]*$/u;
/**
 * A note on a person in brackets: their team, shift, duty, extension or pronoun ((late shift), (IT, ext. 4420)), or how
 * they answered an invitation or stand with it (L. Moreau (declined), (on leave)), no brand's (outlet).
 */
const NOTE_AFTER = new RegExp(
  `^[ \\t]*[(（](?:${TEAM}|(?:early|late|night|day)[ \\t]+shift|on[ \\t]+(?:duty|leave)|off[ \\t]+duty|ext\\.?|he|she|they|declined|accepted|invited|excused|absent|retired|resigned)(?!\\p{L})`,
  "u",
);

function findInitialSurnames(shadow: string): Span[] {
  return matchesOf(INITIAL_SURNAME, shadow).flatMap((match) => {
    const start = match.index;
    const end = start + match[0].length;
    const capitals = match.groups!.capitals;
    const family = capitals === undefined ? match.groups!.family! : asWrittenSmall(capitals);
    if (!(familyName(family) || readsAsParts(family).surname) || isPlaceName(family)) return [];
    const cueBefore = CUE_BEFORE.test(shadow.slice(Math.max(0, start - 30), start));
    // A word in capitals after an initial is as often an acronym's or a heading's (Q. FAQ, A. NOTE): only after a cue.
    if (capitals !== undefined && (CAPITALS_NOT_A_NAME.test(capitals) || !cueBefore)) return [];
    // Two initials or more, spaced or hyphened, before a family name are a person's way to write it (M. K. Osei, J.-P. Martin); one, or two run together, may be a brand's (J. Crew, A.P. Moller).
    const cued = match.groups!.more !== "" || cueBefore || NOTE_AFTER.test(shadow.slice(end, end + 12));
    return cued ? [{ start, end }] : [];
  });
}

export const INITIAL_SURNAME_DETECTOR: PiiDetector = gated(/\p{Lu}\.[ \t]?-?\p{Lu}[\p{L}'’.]/u, { type: "PERSON", find: findInitialSurnames });

/**
 * A Mongolian's name as it is written in Latin letters: the father's name's first letters, one sound of two letters,
 * and a dot before the person's own name (Ts. Oyunbileg, Kh. Enkhjargal, Ch. Solongo): the dotted sound says the name,
 * and the name is no English word, thing or place (Ch. Introduction).
 */
const PATRONYMIC_INITIAL_NAME = new RegExp(`(?<![\\p{L}\\p{N}.-])(?:Ts|Kh|Zh|Ch|Sh)\\.[ \\t]?(?<given>${WORD})(?![\\p{L}\\p{N}@_'’-])`, "dgu");

export const PATRONYMIC_INITIAL_NAME_DETECTOR: PiiDetector = gated(/(?:Ts|Kh|Zh|Ch|Sh)\. ?[A-Z]/, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(PATRONYMIC_INITIAL_NAME, shadow).flatMap((match) => {
      const given = match.groups!.given!;
      return given.length >= 4 && isNameOnlyWord(given) ? [{ start: match.index, end: match.index + match[0].length }] : [];
    }),
});
