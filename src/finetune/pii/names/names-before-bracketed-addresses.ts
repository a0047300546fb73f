import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { unlistedSurnameWord } from "./name-detectors.js";

/**
 * A spaced full name with its address in brackets straight after it, as an order or a list of addressees writes a
 * customer (FAXで注文：X 昌弘（東広島市…）, X ミツエ（〒573-0163 枚方市…）): the person, whose surname the lists may lack.
 * The given name is one the dictionary lists, in kanji (no noun: 山田錦) or katakana; the surname a listed one or two or
 * three kanji of no word, office or firm (unlistedSurnameWord). The address opens on 〒 or a prefecture's, a city's or
 * a ward's word within its first kanji and holds a number: a place alone there is a product's origin (X 千寿（新潟県）).
 */
const NAME_BEFORE_ADDRESS =
  /(?<![\p{L}\p{N}々ー])(?<secret>(?<surname>\p{Script=Han}{2,3})[ 　](?<given>\p{Script=Han}{1,3}|\p{Script=Katakana}[\p{Script=Katakana}ー]{1,4}))[（(](?=〒|\p{Script=Han}{1,5}[都道府県市区郡][^\n）)]{0,20}?\d)/dgu;

function namesSomeone(match: RegExpExecArray): boolean {
  const { surname, given } = match.groups as { surname: string; given: string };
  const { surnames, givenNames, nounGivenNames } = nameLexicon();
  const listedGiven = givenNames.has(given) && !nounGivenNames.has(given) && !commonNouns().has(given);
  return listedGiven && (surnames.has(surname) || unlistedSurnameWord(surname));
}

export const NAME_BEFORE_BRACKETED_ADDRESS: PiiDetector = gated(
  /[（(](?:〒|[^\n）)]{1,5}[都道府県市区郡])/u,
  patternDetector("PERSON", NAME_BEFORE_ADDRESS, namesSomeone),
);
