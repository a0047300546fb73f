import { isEnglishWord } from "./english-person-tagger.js";
import { isThing, WORD } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import type { Finding, NeighbourSpans } from "../context/neighbour-spans.js";

/*
 * What a found Latin name goes on with, that no cue finds because the name is found without it: a word written before
 * it as part of it (Ma. Cristina Ocampo, Engr. Paolo Villanueva), a first given name (Ana [Beatriz Carvalho]), a short
 * form before the name in brackets (Mika（Mikaela Torres）), and a family name after a particle (Luiza Marques de
 * Albuquerque). The found name says these are the person's; alone, Engr. and de are words of any sentence.
 */

/**
 * Ma., as Philippine names shorten María (Ma. Theresa Reyes), and the professional titles a Philippine name is written
 * with (Engr., Atty., Arch.), right before the name: left beside the mask they name it half. So is a family name's
 * particle capitalised before it, where a register writes the family name first (Dos [Reis Marcelo], Van [Dijk Sanne]).
 */
const WORD_BEFORE_NAME = /(?<![\p{L}\p{N}.])(?:(?:Ma|Engr|Atty|Arch)\.|(?:Da|Das|De|Del|Della|Di|Dos|Du|Van|Von))[ \t]+$/u;

/**
 * A particle and the family name after a found name (de Albuquerque, dos Santos, van der Berg), a widow's too, as a
 * Spanish or a Philippine name adds her late husband's (Estela Salas Vda. de Medina, viuda de Medina); not a place's or
 * a firm's word after it (Charles de Gaulle Airport).
 */
const PARTICLE_FAMILY_AFTER = new RegExp(
  `^[ \\t]+(?:(?:Vda\\.|[Vv]iuda)[ \\t]+de|de|da|do|dos|das|del|della|di|du|van|von)(?:[ \\t]+(?:la|las|los|der|den))?[ \\t]+(${WORD})(?![\\p{L}\\p{N}@_-])`,
  "u",
);
const WORD_AFTER = /^[ \t]+(\p{Lu}\p{Ll}+)/u;
/**
 * A generational suffix after a found name (Daniel J. Abernathy III, Renato Cavalcanti Júnior, Martin Luther King Jr.):
 * part of how the person is written, no word of the sentence; not Sr. or Junior before a job's word (Sr. Manager,
 * Junior Developer).
 */
const SUFFIX_AFTER = /^,?[ \t]+((?:II|III|IV|Jr|Júnior|Filho|Neto|Sobrinho|(?:Sr|Junior)(?!\.?[ \t]+\p{Lu}))(?![\p{L}\p{N}]))/du;
/**
 * A first given name before a found one (Ana [Beatriz Carvalho]): a listed given name, no English word; or one spelt with
 * a Hawaiian ʻokina (Keʻalohi [Akana]), which no word of English or a firm's name holds.
 */
const GIVEN_BEFORE = /(?<![\p{L}\p{N}'’.@_-])(\p{Lu}(?:\p{Ll}|ʻ(?=\p{Ll})){2,15})[ \t]+$/u;
const firstGivenName = (word: string): boolean => word.includes("ʻ") || (worldNames().latinGiven.has(word) && !isEnglishWord(word) && !isThing(word));
/**
 * A given name that is a word too (Per, Will, Hope) before a found family name, where the text writes that family name
 * after the word's initial too (P. Dahlberg … Per Dahlberg): the initial says the word is the person's name.
 */
const initialWrittenElsewhere = (shadow: string, word: string, found: string): boolean =>
  /^\p{Lu}\p{Ll}+$/u.test(found) && (shadow.includes(`${word[0]}. ${found}`) || shadow.includes(`${word[0]}.${found}`));
const LATIN_END = /\p{Script=Latin}$/u;
/**
 * A short form of the name's first word, before the name in brackets (Mika（Mikaela Torres）, Alex (Alexander Brandt)):
 * what the person goes by, the full name written after it.
 */
const SHORT_FORM_BEFORE_BRACKET = /(?<![\p{L}\p{N}'’.@_-])(\p{Lu}\p{Ll}{2,15})[ \t]?[（(]$/u;
const shortFormOf = (word: string, name: string): boolean => name.length > word.length && name.startsWith(word);

/** Masks beside each found Latin name a shortened first name, a title, a first given name or a short form before it, a particle's family name after it, and a generational suffix. */
export function addLatinNameAffixes(shadow: string, findings: readonly Finding[], spans: NeighbourSpans): void {
  for (const finding of findings) {
    if (finding.type !== "PERSON" || !LATIN_END.test(shadow.slice(finding.start, finding.end))) continue;
    const ahead = shadow.slice(Math.max(0, finding.start - 20), finding.start);
    const before = WORD_BEFORE_NAME.exec(ahead) ?? GIVEN_BEFORE.exec(ahead);
    const found = shadow.slice(finding.start, finding.end);
    const given = (word: string): boolean => firstGivenName(word) || initialWrittenElsewhere(shadow, word, found);
    const start = before === null || (before[1] !== undefined && !given(before[1])) ? finding.start : finding.start - before[0].length;
    const family = PARTICLE_FAMILY_AFTER.exec(shadow.slice(finding.end, finding.end + 40));
    const rest = family === null ? null : WORD_AFTER.exec(shadow.slice(finding.end + family[0].length));
    const familyFits = family !== null && !isThing(family[1]!) && !(rest !== null && isThing(rest[1]!));
    // Added beside the name, not grown into it: the found name's own span stays as the other rules index it.
    if (start !== finding.start) spans.add({ start, end: start + before![0].trimEnd().length });
    const short = SHORT_FORM_BEFORE_BRACKET.exec(ahead);
    if (short !== null && shortFormOf(short[1]!, found.split(/[ \t]/)[0]!)) {
      const at = finding.start - short[0].length;
      spans.add({ start: at, end: at + short[1]!.length });
    }
    // A family name found alone after its particle (Vda. de [Medina]) grows over the particle: left, it names the person half.
    if (familyFits) spans.growOrAdd({ start: finding.end + family[0].length - family[0].trimStart().length, end: finding.end + family[0].length });
    const suffix = SUFFIX_AFTER.exec(shadow.slice(finding.end, finding.end + 12));
    if (suffix !== null) spans.add({ start: finding.end + suffix.indices![1]![0], end: finding.end + suffix.indices![1]![1] });
  }
}
