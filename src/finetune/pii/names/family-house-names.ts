import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { PLACE_SURNAMES } from "./name-detectors.js";

/**
 * A household named by its surname and 家, as a shrine's prayer register, a temple's memorial list or a funeral's notice
 * writes the family (新垣家 先祖供養, ご祈祷 鈴木家, 比嘉家 之墓, 佐藤家 様): the surname is masked, 家 stays. Only a
 * surname the lexicon lists, not a place's or a common noun, as a word of its own (徳川家康 is a man's name, 作家 and
 * 専門家 no surname's), and only where a rite's word is in the text or the family is addressed (様, 一同, 之墓):
 * elsewhere a family of a surname is as often a historic house or a story's.
 */
const FAMILY_HOUSE = /(?<![\p{Script=Han}々\p{Script=Katakana}ー])(?<name>[\p{Script=Han}々]{2,3})家(?![\p{Script=Han}々])/dgu;
const RITE_WORD = /祈祷|祈願|供養|法要|法事|墓|葬|告別|通夜|家内安全|例祭|初穂|玉串|施主|喪主|忌/u;
const ADDRESSED_AFTER = /^[ 　]?(?:様|御中|一同|ご一同|御一同|之墓|の墓)/u;

function familyHouses(shadow: string): Span[] {
  const rite = RITE_WORD.test(shadow);
  const { surnames } = nameLexicon();
  return matchesOf(FAMILY_HOUSE, shadow).flatMap((match): Span[] => {
    const name = match.groups!.name!;
    const [start, end] = match.indices!.groups!.name!;
    const named = rite || ADDRESSED_AFTER.test(shadow.slice(end + 1, end + 6));
    return named && surnames.has(name) && !PLACE_SURNAMES.has(name) && !commonNouns().has(name) ? [{ start, end }] : [];
  });
}

export const FAMILY_HOUSE_NAME: PiiDetector = gated(/\p{Script=Han}家/u, { type: "PERSON", find: familyHouses });
