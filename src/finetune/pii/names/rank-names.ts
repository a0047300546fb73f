import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { isPlaceName, lexiconTags } from "./english-person-tagger.js";
import { FIRM_OR_THING_WORD, ORGANISATION_WORD } from "../lexicon/firm-words.js";
import { isRomajiSurname } from "./latin-name-cues.js";
import { EN_WORD, NOT_A_PERSON } from "./name-detectors.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * A name after a military, police or fire service rank written short (SSgt. Tyler Brooks, Sgt Ramos, Lt. Col. Ana
 * Diaz, PFC Harper, Insp. Kenji Mori, Det. Supt. Ana Reyes): a serviceman's or an officer's name as a base's or a
 * station's customers sign it, or as a police caller gives it. The rank is masked with the name: with a surname it
 * narrows the person down as a title does not (SSgt. at Yokota). Ranks that are words or other abbreviations too (Gen,
 * Col, Insp, Det) need their full stop: Gen Z and Insp Report are no one. A word of the name lists must be in it, and
 * no place's (not Capt. America, Maj. League, Cpl. Punishment).
 */
const RANK =
  "(?:SSgt|TSgt|MSgt|SMSgt|CMSgt|SSG|SFC|SGT|Sgt|LCpl|Cpl|CPL|PFC|Pvt|Spc|SrA|A1C|CPO|1Lt|2Lt|1LT|2LT|LTC|LtCol|Lt|Capt|CPT|Maj|Cmdr|Cdr)\\.?|(?:Gen|Col|Adm|Ens|Brig|Insp|Supt|Det|Cst|Const)\\.";
const RANKED_NAME = new RegExp(
  `(?<![A-Za-z0-9.])(?<rank>(?:${RANK})(?:[ \\t]+(?:${RANK}))?)[ \\t]+(?<name>${EN_WORD}(?:[ \\t]+${EN_WORD})?)(?![A-Za-z'’-])`,
  "dgu",
);

/** A first or last name of faker's lists or compromise's lexicon, or a Japanese surname in romaji (Insp. Daisuke Horiuchi). */
const isListedName = (word: string): boolean => {
  const { latinGiven, latinFamily } = worldNames();
  return latinGiven.has(word) || latinFamily.has(word) || lexiconTags(word).some((tag) => /Name$|^Person$/.test(tag)) || isRomajiSurname(word);
};

export const rankedName: PiiDetector = gated(new RegExp(`(?:${RANK})[ \\t]+[A-ZÀ-Þ]`, "u"), {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(RANKED_NAME, shadow).flatMap((match) => {
      const words = match.groups!.name!.split(/[ \t]+/);
      if (NOT_A_PERSON.test(words[0]!) || words.some((word) => ORGANISATION_WORD.test(word) || FIRM_OR_THING_WORD.test(word) || isPlaceName(word))) return [];
      if (!words.some(isListedName)) return [];
      return [{ start: match.index, end: match.indices!.groups!.name![1] }];
    }),
});
