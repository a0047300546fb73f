import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { COMPANY_WORD, isLandformSurname, PLACE_SURNAMES } from "./name-detectors.js";

/**
 * A surname or a full name in kanji quoted after a word about how a name is written (お名前の字を「勅使川原」で登録,
 * 旧姓は「五十嵐」, 表記は『渡邊 一』): a desk's note on a misspelt or a changed name quotes the person's name as written.
 * The surname one the dictionary lists, or of three kanji ending as a place's lie does; not a place, a common noun or
 * a firm's word (表記は「東京都」, 漢字は「株式会社」, 字を「大きく」).
 */
const QUOTED_WRITING =
  /(?:名前|氏名|名義|表記|漢字|旧姓|字)(?:の字)?[ 　]?[はをがも]?[ 　]?[「『](?<name>(?<surname>\p{Script=Han}[\p{Script=Han}々ヶノ]{1,3})(?:[ 　][\p{Script=Han}々]{1,3})?)[」』]/dgu;

function isQuotedSurname(surname: string, name: string): boolean {
  if (commonNouns().has(surname) || PLACE_SURNAMES.has(surname) || COMPANY_WORD.test(name)) return false;
  return nameLexicon().surnames.has(surname) || isLandformSurname(surname);
}

export const QUOTED_NAME_WRITING: PiiDetector = gated(/(?:名前|氏名|名義|表記|漢字|旧姓|字)[^「『\n]{0,5}[「『]\p{Script=Han}/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(QUOTED_WRITING, shadow).flatMap((match) => {
      const { name, surname } = match.groups!;
      if (!isQuotedSurname(surname!, name!)) return [];
      const [start, end] = match.indices!.groups!.name!;
      return [{ start, end }];
    }),
});
