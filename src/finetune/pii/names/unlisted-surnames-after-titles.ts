import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { isPlaceAt, PLACE_SURNAMES, unlistedSurnameWord } from "./name-detectors.js";

/**
 * A surname the dictionary lacks after a post's title, alone before the line's or the clause's end or a particle, as
 * a record's sign-off names who checked it (確認: センター長 鳰川, 承認 部長 吉備 済み, 所長 百済 より): the title
 * says a person follows. The rules for listed surnames take those; here two or three kanji that are no word, office,
 * staff's or state's word (部長 会議, 所長 代理, 部長 承認済 stay) nor a place (店長 新宿 の…).
 * A desk's word says so too (受付 合原。, フロント 漆畑 が確認します, 担当プランナー 汐見（ウエディングプランナー）), a listed
 * surname as well: before a stop, the line's end or a spaced subject's particle, one the dictionary lists as no noun
 * or lacks and that ends in a kanji closing many surnames (合原, 漆畑: its nouns lack the adverbial and adjectival
 * ones, 受付 時間。, 担当 未定。 stay); before the person's job in brackets, any listed one (汐見, a noun too; 受付 東口。 stays).
 */
const TITLE = String.raw`(?:[\p{Script=Katakana}ー]{2,8}|\p{Script=Han}{1,3})長|主任|主査|理事|顧問|[\p{Script=Katakana}ー]{0,8}(?:リーダー|マネージャー|マネジャー|ディレクター)`;
/** A desk's word: who took the call or handles the case (担当, 受付, 担当プランナー). */
export const DESK = String.raw`(?:担当|受付|窓口|フロント)(?:[\p{Script=Katakana}ー]{2,8})?|[\p{Script=Katakana}ー]{0,8}(?:プランナー|コンシェルジュ)`;
const SURNAME_AFTER_TITLE = new RegExp(
  String.raw`(?<![\p{Script=Han}\p{Script=Katakana}ー])(?:${TITLE}|(?<desk>${DESK}))[ 　]+(?<secret>\p{Script=Han}{2,3})(?=[ 　]*(?:$|[、。，,／/）)\]|｜<（(]|さん|が|は|に|の|より|から|と|へ|まで|済))`,
  "dgmu",
);

/** A kanji that ends many surnames (合原, 漆畑, 汐見, 船越, 大迫). */
export const SURNAME_LAST_KANJI = /[原畑田川木本村山野井島嶋沢澤谷崎岡森林橋江浦瀬尾坂城宮松池塚石見屋倉藤越迫]$/u;
/** A count after a desk's word (受付 二名, 担当 三人): people counted, no surname. */
const COUNT = /^[一二三四五六七八九十百何数]+[名人組件回]$/u;
const DESK_NAME_END = /^(?:。|$|\n|[ 　]+[がはも])/u;
const JOB_IN_BRACKETS = /^[（(][\p{Script=Han}\p{Script=Katakana}ー]{0,12}(?:プランナー|スタッフ|コンシェルジュ|[長係員師士])[）)]/u;

/** After a desk's word: a surname the dictionary lacks or lists as no noun before the word's end, or any listed one before the person's job. */
function deskSurname(name: string, rest: string): boolean {
  const { surnames, commonNouns } = nameLexicon();
  if (COUNT.test(name)) return false;
  const nameWord = (unlistedSurnameWord(name) && SURNAME_LAST_KANJI.test(name)) || (surnames.has(name) && !commonNouns.has(name));
  return (nameWord && DESK_NAME_END.test(rest)) || (surnames.has(name) && JOB_IN_BRACKETS.test(rest));
}

/**
 * A reply's label in a desk's log: its desk's word, run into the name or not, then a surname the dictionary lacks and a
 * colon (担当鰐淵：承りました, 受付 漆畑: …), as the staff member who answered signs it: two or three kanji of no word
 * that end as many surnames do; the label's own words (担当部署：, 受付時間：, 担当未定：) are none, nor a role's word going on (担当者名：, 担当者渋谷：).
 */
const DESK_LABEL = new RegExp(String.raw`(?<![\p{Script=Han}\p{Script=Katakana}ー])(?:${DESK})(?![者員様])[ 　]*(?<secret>\p{Script=Han}{2,3})(?=[ 　]*[:：])`, "dgmu");
export const UNLISTED_SURNAME_DESK_LABEL: PiiDetector = gated(
  /(?:担当|受付|窓口|フロント|ー|ジュ)[ 　]*\p{Script=Han}{2,3}[ 　]*[:：]/u,
  patternDetector("PERSON", DESK_LABEL, (match) => {
    const name = match.groups!.secret!;
    const [start, end] = match.indices!.groups!.secret!;
    return unlistedSurnameWord(name) && SURNAME_LAST_KANJI.test(name) && !PLACE_SURNAMES.has(name) && !isPlaceAt(match.input!, start, end);
  }),
);

export const UNLISTED_SURNAME_AFTER_TITLE: PiiDetector = gated(
  /(?:長|主任|主査|理事|顧問|ー|ジュ|担当|受付|窓口|フロント)[ 　]+\p{Script=Han}/u,
  patternDetector("PERSON", SURNAME_AFTER_TITLE, (match) => {
    const name = match.groups!.secret!;
    const [start, end] = match.indices!.groups!.secret!;
    if (match.groups!.desk !== undefined) return deskSurname(name, match.input!.slice(end)) && !PLACE_SURNAMES.has(name) && !isPlaceAt(match.input!, start, end);
    return unlistedSurnameWord(name) && !PLACE_SURNAMES.has(name) && !isPlaceAt(match.input!, start, end);
  }),
);
