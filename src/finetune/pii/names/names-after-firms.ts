import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";

/**
 * A person of a firm named by its legal form, after the firm and の, closing the line, the sentence or the cell
 * (有限会社 北斗電機の鳰野佳代, 東西物産株式会社の鴫先 亨。): who uses a company's phone or account. The name is a kanji full name: written
 * together, ending in a given name of two kanji the dictionary lists after two kanji or more; or spaced, the given name
 * listed and the surname no common noun. A thing of the firm's there (株式会社 北斗の新商品, 株式会社の本社営業) is no given name.
 */
const NAME_AFTER_FIRM =
  /(?:(?:株式|有限|合同)会社[ 　]?[\p{Script=Han}\p{Script=Katakana}ー]{1,12}|(?<![\p{Script=Han}\p{Script=Katakana}ー])[\p{Script=Han}\p{Script=Katakana}ー]{1,12}(?:株式|有限|合同)会社)の(?<secret>\p{Script=Han}{2,4}[ 　]\p{Script=Han}{1,3}|\p{Script=Han}{4,6})(?=[ 　]*(?:\r?$|[。、，,|"]))/dgmu;

function personAfterFirm(name: string): boolean {
  const { givenNames, nounGivenNames } = nameLexicon();
  const spaced = /^(\p{Script=Han}+)[ 　](\p{Script=Han}+)$/u.exec(name);
  if (spaced) return givenNames.has(spaced[2]!) && !nounGivenNames.has(spaced[2]!) && !commonNouns().has(spaced[1]!);
  const given = name.slice(-2);
  return givenNames.has(given) && !commonNouns().has(given) && !commonNouns().has(name);
}

export const NAME_AFTER_FIRM_DETECTOR: PiiDetector = gated(/(?:株式|有限|合同)会社/u, patternDetector("PERSON", NAME_AFTER_FIRM, (match) => personAfterFirm(match.groups!.secret!)));
