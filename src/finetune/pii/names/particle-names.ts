import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName, PLACE_FIRST } from "./english-person-tagger.js";
import { familyName, isThing, WORD } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { isUnlistedSingleName } from "./listed-single-names.js";
import { readsAsParts } from "./latin-name-cues.js";

/**
 * A full name whose family name opens with a particle (Ingrid van der Berg, Carlos de la Cruz, Leonardo Di Stefano, Yusuf
 * bin Ahmad, Nur Aisyah binti Hassan, Aroha Te Kani, Róisín Ó Briain), whole: the pair rules read two capitalised words side by side, so they left the
 * name or took a piece of it and left the rest (Leonardo Di | Stefano).
 */

/**
 * A family name's particle, a second one after it (van der, de la, de los); Malay and Arabic patronymics' bin, binti;
 * Māori Te; Irish Ó, Ní, Nic, Mac, Uí (Róisín Ó Briain, Oisín Mac Giolla Phádraig).
 */
const PARTICLE = "(?:van|von|de|della|di|da|das|dos|du|ten|ter|Van|Von|De|Di|Da|Das|Dos|Du|Dela|Della|bin|binti|bte|ibn|Te|Ó|Ní|Nic|Mac|Mhic|Uí)(?:[ \\t]+(?:der|den|de|la|las|los|le|Giolla))?";
/** A patronymic's word: a father's name follows it, though neither list holds it (Siti Nurhaliza binti Tarudin). */
const PATRONYMIC = /^(?:bin|binti|bte|ibn)$/;
/** Muhammad as Malaysian names shorten it. */
const MUHAMMAD_SHORT = /^(?:Mohd|Muhd|Md)$/;
const PARTICLE_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}'’.@_-])(?<given>${WORD})(?<second>[ \\t]+${WORD})?[ \\t]+(?<particle>${PARTICLE})[ \\t]+(?<family>${WORD})(?![\\p{L}\\p{N}@_-])`,
  "dgu",
);
/** A place's first word before the match (Santa Maria de la Paz): a place's name goes on. */
const PLACE_FIRST_BEFORE = new RegExp(`(?<!\\p{L})${PLACE_FIRST.source.slice(1, -1)}[ \\t]+$`, "u");
/**
 * A thing's or a place's word after the family name, in capitals or not (Charles de Gaulle Airport, Leonardo da Vinci
 * airport), an airport's International before it (Charles de Gaulle International Airport).
 */
const WORD_AFTER = /^[ \t]+(?:International[ \t]+(?=[Aa]irport))?(\p{L}+)/u;
const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** A given name's word: no thing's or place's, and no English word unless the lists hold it as a given name (Mark van der Berg). */
const nameWord = (word: string): boolean => !isThing(word) && !isPlaceName(word) && (!isEnglishWord(word) || worldNames().latinGiven.has(word));

/**
 * The match's name: its two words before the particle, or the second alone when the first is a verb's or a sentence's
 * word (Ask Maria da Silva): the match has taken that word, so the name's own start is read here.
 */
function nameOf(match: RegExpExecArray): { start: number; given: string; second?: string } {
  const { given, second } = match.groups as { given: string; second?: string };
  const secondWord = second?.trim();
  if (secondWord === undefined || (worldNames().latinGiven.has(given) && nameWord(given)) || !worldNames().latinGiven.has(secondWord)) {
    return { start: match.index, given, second };
  }
  return { start: match.indices!.groups!.second![1] - secondWord.length, given: secondWord };
}

function findParticleNames(shadow: string): Span[] {
  return matchesOf(PARTICLE_NAME, shadow).flatMap((match) => {
    const { particle, family } = match.groups as { particle: string; family: string };
    const { start, given, second } = nameOf(match);
    const givenListed = worldNames().latinGiven.has(given) && !PLACE_FIRST.test(given);
    const givenWords = [given, ...(second === undefined ? [] : [second.trim()])];
    // A patronymic's given names: one of them listed, or Muhammad shortened (Mohd Faizal bin Abdullah); German's "Ich bin Kunde" has neither.
    const patronymic = PATRONYMIC.test(particle.split(/[ \t]+/)[0]!) && givenWords.some((word) => worldNames().latinGiven.has(word) || MUHAMMAD_SHORT.test(word));
    // A listed family name may be a word too after its particle (van der Berg, de la Rosa): the particle says it is a name.
    const familyOk = !isThing(family) && !isPlaceName(family) && (familyName(family) || worldNames().latinFamily.has(family));
    // A Māori given name before Te is in no list (Ngaio, Mereana): any word a name may be that is none of English.
    const maori = particle === "Te" && givenWords.every((word) => isUnlistedSingleName(word) && !isEnglishWord(word));
    if (!(givenListed || patronymic || maori) || !givenWords.every(nameWord) || !familyOk) return [];
    const end = match.index + match[0].length;
    const next = WORD_AFTER.exec(shadow.slice(end, end + 30))?.[1];
    if (PLACE_FIRST_BEFORE.test(shadow.slice(Math.max(0, start - 12), start)) || (next !== undefined && (isThing(capitalised(next)) || isPlaceName(next)))) return [];
    return [{ start, end }];
  });
}

/**
 * A family name of two parts joined by a particle after a title, no given name before it (Mr. Nakamura dos Santos, Dr.
 * Oliveira da Costa): the title says a person's family name follows, whole; not a place's or a firm's name it heads
 * (Dr. Santos da Silva Hospital).
 */
const TITLED_PARTICLE_NAME = new RegExp(
  `(?<=(?<![\\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Prof)\\.?[ \\t]+)(?<first>${WORD})[ \\t]+(?:${PARTICLE})[ \\t]+(?<family>${WORD})(?![\\p{L}\\p{N}@_-])`,
  "dgu",
);

/** The first part a family name: listed, no word, or a Japanese surname in romaji (Nakamura). */
const firstFamilyPart = (word: string): boolean => !isThing(word) && !isPlaceName(word) && (familyName(word) || worldNames().latinFamily.has(word) || readsAsParts(word).surname);

function findTitledParticleNames(shadow: string): Span[] {
  return matchesOf(TITLED_PARTICLE_NAME, shadow).flatMap((match) => {
    const { first, family } = match.groups as { first: string; family: string };
    const familyOk = !isThing(family) && !isPlaceName(family) && (familyName(family) || worldNames().latinFamily.has(family));
    const end = match.index + match[0].length;
    const next = WORD_AFTER.exec(shadow.slice(end, end + 30))?.[1];
    const thingAfter = next !== undefined && (isThing(capitalised(next)) || isPlaceName(next));
    return firstFamilyPart(first) && familyOk && !thingAfter ? [{ start: match.index, end }] : [];
  });
}

/** The cue: a particle between spaces before a capital. */
export const PARTICLE_FULL_NAME: PiiDetector = gated(
  /[ \t](?:van|von|de|della|di|da|das|dos|du|ten|ter|Van|Von|De|Di|Da|Das|Dos|Du|Dela|Della|bin|binti|bte|ibn|Te|Ó|Ní|Nic|Mac|Mhic|Uí)[ \t]/,
  { type: "PERSON", find: (shadow) => [...findParticleNames(shadow), ...findTitledParticleNames(shadow)] },
);
