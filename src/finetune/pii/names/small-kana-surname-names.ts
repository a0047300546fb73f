import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";

/**
 * A surname written with a small ヶ or a ノ between kanji (八ヶ代, 一ノ瀬, 柳ケ瀬), a space and a given name the
 * dictionary lists that is no common noun (八ヶ代 誠, 一ノ瀬 孝之), with no cue around it: a shift's list or a staff line. Only a name or
 * a place is written with ヶ or ノ so, and a place's name (霞ヶ関, 自由ヶ丘) is not followed by a given name set apart.
 */
const SMALL_KANA_SURNAME_NAME = /(?<![\p{Script=Han}々ヶケノ])\p{Script=Han}[ヶケノ]\p{Script=Han}{1,2}[ 　](?<given>\p{Script=Han}[\p{Script=Han}々]{0,2})(?![\p{Script=Han}々ヶ\p{Script=Katakana}ー])/gu;

function smallKanaSurnameNames(shadow: string): Span[] {
  const { givenNames } = nameLexicon();
  return matchesOf(SMALL_KANA_SURNAME_NAME, shadow)
    .filter((match) => {
      const given = match.groups!.given!;
      return givenNames.has(given) && !commonNouns().has(given);
    })
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

export const SURNAME_WITH_KE_OR_NO: PiiDetector = gated(/\p{Script=Han}[ヶケノ]\p{Script=Han}/u, { type: "PERSON", find: smallKanaSurnameNames });
