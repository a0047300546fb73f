import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { nameLexicon } from "../lexicon/japanese-name-lexicon.js";

/**
 * A one-kanji surname after a desk's or a department's word and before 宛 or あて (経理 林 宛, 人事部の森宛に, 総務課 東 あて):
 * the addressee of a letter or an invoice, a person. The rule for surnames before a cue reads two kanji or more (a
 * one-kanji word is as often a thing's); a desk's word before it and 宛 after it leave no other reading.
 */
const DESK_ADDRESSEE = new RegExp(
  String.raw`(?<=(?:経理|総務|人事|営業|法務|広報|庶務|購買|資材|受付|窓口|事務|担当|[部課室係班])(?:[ 　]|の))(?<secret>\p{Script=Han})(?=[ 　]?(?:宛|あて))`,
  "dgu",
);

export const deskAddresseeSurname: PiiDetector = gated(
  /宛|あて/u,
  patternDetector("PERSON", DESK_ADDRESSEE, (match) => nameLexicon().surnames.has(match.groups!.secret!)),
);
