import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { isPlaceAt, PLACE_SURNAMES, unlistedSurnameWord } from "./name-detectors.js";

/**
 * A surname the dictionary lacks after a post's title, alone before the line's or the clause's end or a particle, as
 * a record's sign-off names who checked it (確認: センター長 鳰川, 承認 部長 吉備 済み, 所長 百済 より): the title
 * says a person follows. The rules for listed surnames take those; here two or three kanji that are no word, office,
 * staff's or state's word (部長 会議, 所長 代理, 部長 承認済 stay) nor a place (店長 新宿 の…).
 */
const TITLE = String.raw`(?:[\p{Script=Katakana}ー]{2,8}|\p{Script=Han}{1,3})長|主任|主査|理事|顧問|[\p{Script=Katakana}ー]{0,8}(?:リーダー|マネージャー|マネジャー|ディレクター)`;
const SURNAME_AFTER_TITLE = new RegExp(
  String.raw`(?<![\p{Script=Han}\p{Script=Katakana}ー])(?:${TITLE})[ 　]+(?<secret>\p{Script=Han}{2,3})(?=[ 　]*(?:$|[、。，,／/）)\]|｜<]|さん|が|は|に|の|より|から|と|へ|まで|済))`,
  "dgmu",
);

export const UNLISTED_SURNAME_AFTER_TITLE: PiiDetector = gated(
  /(?:長|主任|主査|理事|顧問|ー)[ 　]+\p{Script=Han}/u,
  patternDetector("PERSON", SURNAME_AFTER_TITLE, (match) => {
    const name = match.groups!.secret!;
    const [start, end] = match.indices!.groups!.secret!;
    return unlistedSurnameWord(name) && !PLACE_SURNAMES.has(name) && !isPlaceAt(match.input!, start, end);
  }),
);
