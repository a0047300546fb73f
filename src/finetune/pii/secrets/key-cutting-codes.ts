import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A key's cutting code after the key's number word (鍵番号 GOAL V18 30721, キーナンバー：MIWA PR 11820, key code SHOWA X2
 * 5531): the maker's name in capitals, perhaps the key's series, then its number: a locksmith cuts a copy from it, so it
 * opens the door as the key does. A locker's or a box's bare number (鍵番号 12) has no maker's name before it.
 */
const KEY_CUTTING_CODE =
  /(?:(?:鍵|カギ|キー)の?(?:番号|ナンバー|コード)|(?<![A-Za-z])[Kk]ey (?:code|number|no\.?))[ \t]*(?:は|[:：])?[ \t]*(?<secret>[A-Z]{2,8}(?:[ \t-][A-Z]{1,3}\d{0,3})?[ \t-]\d{3,6})(?![A-Za-z0-9-])/dgu;

export const KEY_CUTTING_CODES: readonly PiiDetector[] = [gated(/鍵|カギ|キー|[Kk]ey (?:code|number|no)/, patternDetector("SECRET", KEY_CUTTING_CODE))];
