import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { KATAKANA_THING } from "./name-detectors.js";

/**
 * A name alone at the end of a line, or of the line's first sentence, with the next line opening on 〒: the addressee
 * of a mail-in request or a delivery (郵送での申込み。鴫先 亨⏎〒…, ハミド・ラフマン⏎〒…). A spaced kanji full name whose
 * given name the dictionary lists and whose surname is no common noun, or katakana words that ・ joins, none of them a
 * dictionary's word (カスタマー・センター⏎〒… is a desk's).
 */
const NAME_BEFORE_POSTAL_LINE =
  /(?<=^|[。．][ 　]?)(?<secret>\p{Script=Han}{1,4}[ 　]\p{Script=Han}{1,3}|[\p{Script=Katakana}ー]{2,10}(?:・[\p{Script=Katakana}ー]{2,10}){1,2})(?=[ 　]*\r?\n[ 　]*〒)/dgmu;

function namesSomeone(name: string): boolean {
  const { givenNames, surnames, wordReadings } = nameLexicon();
  const spaced = /^(\p{Script=Han}+)[ 　](\p{Script=Han}+)$/u.exec(name);
  if (spaced) return givenNames.has(spaced[2]!) && (surnames.has(spaced[1]!) || !commonNouns().has(spaced[1]!));
  return name.split("・").every((word) => !wordReadings.has(word) && !KATAKANA_THING.test(word));
}

export const NAME_BEFORE_POSTAL_LINE_DETECTOR: PiiDetector = gated(/\n[ 　]*〒/u, patternDetector("PERSON", NAME_BEFORE_POSTAL_LINE, (match) => namesSomeone(match.groups!.secret!)));
