import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { isThing, WORD } from "../lexicon/lexicon-latin-names.js";

/**
 * A Latin full name before the person's job in brackets (Owner: Priyanka Venkataraman (mobile lead), Wanjiru Kamau (QA
 * intern)), whatever the name lists know: a team's page, a triage log or a rota names its people with their job, and a
 * job in brackets follows a person, not a thing. Two or three capitalised words, none an English word, a place's or a
 * firm's or a thing's word (Visual Studio (tech lead) is a tool, Shibuya Station (manager) a place).
 */
const JOB = "lead|manager|engineer|developer|designer|intern|director|analyst|architect|officer|coordinator|consultant|PM|EM|QA|SRE";
/**
 * Or after a comma, the job in small letters ending the clause, as a note's owner or a rota's line writes it (Owner of
 * these notes: Yuto Arakaki, payments ops.; Ama Owusu, support lead), or closing a bracket (Community team (Haruka
 * Nishizono, community manager)): the team's word too.
 */
const JOB_AFTER_COMMA = `${JOB}|ops|operations|support|desk`;
const NAME_BEFORE_JOB = new RegExp(
  `(?<![\\p{L}\\p{N}'’.@_-])(?<name>${WORD}(?:[ \\t]+${WORD}){1,2})(?:[ \\t]*[(（](?:[A-Za-z][A-Za-z-]*[ \\t]+){0,2}(?:${JOB})[)）]|,[ \\t]+(?:[a-z][a-z-]*[ \\t]+){0,2}(?:${JOB_AFTER_COMMA})(?=[.;)）\\n]|$))`,
  "dgu",
);

function findNamesBeforeJob(shadow: string): Span[] {
  return matchesOf(NAME_BEFORE_JOB, shadow).flatMap((match) => {
    const words = match.groups!.name!.split(/[ \t]+/);
    const [start, end] = match.indices!.groups!.name!;
    return words.some((word) => isEnglishWord(word) || isThing(word) || isPlaceName(word)) ? [] : [{ start, end }];
  });
}

/** Gated on the job's word before a closing bracket or ending a clause: most brackets and clauses hold no job. */
export const LATIN_NAME_BEFORE_JOB: PiiDetector = gated(new RegExp(`(?:${JOB})[)）]|[a-z] (?:${JOB_AFTER_COMMA})(?:[.;\\n]|$)`), { type: "PERSON", find: findNamesBeforeJob });
