import { CHAT_ROLE as ROLE } from "../context/chat-roles.js";
import { stampLineHead } from "../context/chat-stamps.js";
import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { familyName, isNameOnlyWord, WORD } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { readsAsParts } from "./latin-name-cues.js";
import { isListedSingleName } from "./listed-single-names.js";

/**
 * A chat export's speaker alone on the line after the turn's bracketed stamp, the message on the lines below
 * (`[13:52] Support Amelia`, `[2026-12-02 16:30] Nakamura dos Santos`, `[14:05] Amelia Sato`): a desk's transcript
 * writes its turns so, a role's word before a staff member's name or none. A log's bracketed stamp heads a step's or a
 * status's words there as often (`[10:00] Deploy Started`, `[12:00] Support Team`): every word must be one a name may be,
 * one of them a name the lists hold, and a word alone a listed name.
 */
const PARTICLE = "(?:da|das|de|del|della|di|do|dos|du|van|von|der|den|bin|binti)";
const LINE_SPEAKER = new RegExp(
  String.raw`${stampLineHead(ROLE)}(?<name>${WORD}(?:[ \t]+(?:${PARTICLE}[ \t]+)?${WORD}){0,3})[ \t]*(?=\n[ \t]*\S)`,
  "dgmu",
);
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`);

/** A name the lists hold, or a Japanese one in romaji the dictionary reads (Sato, Nakamura). */
function knownName(word: string): boolean {
  const { given, surname } = readsAsParts(word);
  return worldNames().latinGiven.has(word) || worldNames().latinFamily.has(word) || given || surname;
}

/** A word a name may be: no English word, thing or place, and a name the lists or the dictionary know, or no word at all. */
const nameWord = (word: string): boolean => isNameOnlyWord(word) && (familyName(word) || knownName(word));

function isSpeakerName(words: readonly string[], role: boolean): boolean {
  const names = words.filter((word) => !PARTICLE_WORD.test(word));
  if (names.length === 1 && !role) return isListedSingleName(names[0]!);
  return names.every(nameWord) && names.some(knownName);
}

function findLineSpeakers(shadow: string): Span[] {
  return matchesOf(LINE_SPEAKER, shadow).flatMap((match) => {
    const [start, end] = match.indices!.groups!.name!;
    return isSpeakerName(match.groups!.name!.split(/[ \t]+/), match.groups!.role !== undefined) ? [{ start, end }] : [];
  });
}

/** The cue: a bracketed stamp's time closing before a capital. */
export const CHAT_LINE_SPEAKER: PiiDetector = gated(/\d:\d\d\][ \t]+\S/, { type: "PERSON", find: findLineSpeakers });
