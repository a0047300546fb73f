import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { isPlaceAt, OFFICE_END, PLACE_SURNAMES, TITLE_AT_END, unlistedSurnameWord } from "./name-detectors.js";

/**
 * A spaced kanji full name after a party's word, as a record of an incident, a contract or a registration names who
 * stands in it (加害犬の飼い主 阿波加 昭（…）, 依頼者 鰐淵 清、…): the word says a person follows, so a surname the
 * dictionary lacks (no word, office or place) is one before a given name it lists, a noun too (昭, 光), closing the
 * clause. Not 所有者 変更 済, 飼い主 不明（…）: neither is a surname and a given name.
 */
const PARTY = "飼い主|持ち主|所有者|名義人|申請者|依頼者|契約者|加害者|被害者|相手方|運転者|届出人|申出人|世帯主";
const PARTY_FULL_NAME = new RegExp(
  String.raw`(?:${PARTY})[ 　](?<secret>(?<surname>\p{Script=Han}{2,3})[ 　](?<given>\p{Script=Han}[\p{Script=Han}々]{0,2}))(?=[（(、。，,）)\n]|$|さん|様|氏)`,
  "dgu",
);

export const PARTY_FULL_NAME_DETECTOR: PiiDetector = gated(
  new RegExp(String.raw`(?:${PARTY})[ 　]\p{Script=Han}`, "u"),
  patternDetector("PERSON", PARTY_FULL_NAME, (match) => {
    const { surname, given } = match.groups! as { surname: string; given: string };
    const [start] = match.indices!.groups!.surname!;
    if (!unlistedSurnameWord(surname) || PLACE_SURNAMES.has(surname) || isPlaceAt(match.input!, start, start + surname.length)) return false;
    return nameLexicon().givenNames.has(given) && !TITLE_AT_END.test(given) && !OFFICE_END.test(given);
  }),
);
