import { EAST_ASIAN_FAMILY_NAMES } from "./east-asian-family-names.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";

/*
 * A Chinese or Korean name written family name first with a comma, as a register or a speaker list sorts it, the
 * given name two romanised syllables joined by a hyphen (Chen, Mei-Ling; Kim, Ji-woo; Hsu, Tzu-hsuan): the hyphened
 * pair says the field is a person's, so the family name may be a place's word too (Park) or one no list holds, if it
 * is one syllable. A word joined by a hyphen to a particle (Check-in) or an English word is no given name.
 */

/** One syllable as pinyin, Wade–Giles or the Korean romanisation spells it (Ting, Hsiao, Tzu, Yeon, Eun, Woo). */
const ROMANISED_SYLLABLE =
  /^(?:ch|sh|zh|hs|ts|tz|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstwxyz])?[yw]?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|yeo|eo|eu|ae|oe|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ih|oo|a|e|i|o|u)(?:ng|[nklmpt])?$/;
const HYPHENED_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Lu}?\p{Ll}{2,5}$/u;

/** Whether a word spells one romanised syllable, an English word or not (Jin, Bo, Yan). */
export const spellsRomanisedSyllable = (word: string): boolean => ROMANISED_SYLLABLE.test(word.toLowerCase());

const syllable = (word: string): boolean => spellsRomanisedSyllable(word) && !isEnglishWord(word);

/** Whether `family, given` is a Chinese or Korean name so written (Lin, Pei-Shan; Park, Ji-hoon). */
export function isEastAsianFamilyCommaGiven(family: string, given: string): boolean {
  if (!HYPHENED_GIVEN.test(given) || isEnglishWord(given) || !given.split("-").every(syllable)) return false;
  return EAST_ASIAN_FAMILY_NAMES.has(family) || (/^\p{Lu}\p{Ll}{1,4}$/u.test(family) && syllable(family) && !isPlaceName(family));
}
