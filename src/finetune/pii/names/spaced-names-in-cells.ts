import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { unlistedSurnameBeforeGiven } from "./name-detectors.js";

/**
 * A spaced kanji full name that fills a cell of a CSV row, a JSON string or a table (1,饒波 秀樹,男,45; "customer_name":
 * "伊是名 真司"), perhaps with the person's number in brackets (| 四十物 拓海（2461038） |), its surname one the dictionary
 * lacks: the given name, of two kanji or more, is one it lists and no common noun, and the surname no place, office,
 * firm or department (東京 本社, 営業 企画 stay). A one-kanji given name after a space is too often a place's weather or
 * a part's word in a cell (札幌 晴) to be taken without a cue, but not after a surname written with a small ヶ or ノ
 * (藤ヶ谷 巌, 一ノ瀬 翼), no word's form. A web page's cell is such a cell too (<td>藤ヶ谷 巌</td>, before its <br>).
 */
const NAME_IN_CELL = /(?<=^|[,\t"｜|][ 　]?|<td(?: [^>]*)?>)(?<secret>\p{Script=Han}[\p{Script=Han}々]{1,4}[ 　]\p{Script=Han}[\p{Script=Han}々]{1,2}|\p{Script=Han}[ヶノ]\p{Script=Han}{1,2}[ 　]\p{Script=Han}[\p{Script=Han}々]{0,2})(?=[ 　]?(?:[（(][A-Z0-9-]{3,12}[)）][ 　]?)?(?:[,\t"｜|]|<\/td>|<br ?\/?>|$))/dgmu;

export const SPACED_NAME_IN_CELL: PiiDetector = gated(
  /\p{Script=Han}[ 　]\p{Script=Han}{2}|[ヶノ]\p{Script=Han}{1,2}[ 　]\p{Script=Han}/u,
  patternDetector("PERSON", NAME_IN_CELL, (match) => unlistedSurnameBeforeGiven(match.groups!.secret!)),
);
