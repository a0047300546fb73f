import { before, gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A password's present value told after 今は or 現在は, its word earlier on the line (Wi-Fi のパスワードも変えたいです。今は
 * hinata0415kobe, 暗証を変えたい、現在は 552017): the secret the speaker still uses. Letters and digits, or six digits or
 * more; a URL, an address, a version or a count (今は 8文字, 今は v2.3) is none.
 */
const CURRENT_VALUE =
  /(?:今は|いまは|現在は)[ \t　]*(?:[:：][ \t　]*)?(?<secret>[A-Za-z0-9][!-~]{4,62}[A-Za-z0-9!#$%&*?@^~])(?=[.,;:!?]*(?:\s|$)|[^\x00-\x7f])/dgu;
const PASSWORD_WORD = /パスワード|暗証|パス(?!ポート)|(?<![A-Za-z])(?:[Pp]ass(?:word|code)|PW)(?![A-Za-z])/u;

const passwordValue = (match: RegExpExecArray, shadow: string): boolean => {
  const value = match.groups!.secret!;
  if (/:\/\/|@|^v?\d+(?:\.\d+)+$/.test(value)) return false;
  const shaped = /^\d{6,}$/.test(value) || (/[A-Za-z]/.test(value) && /\d/.test(value));
  return shaped && PASSWORD_WORD.test(before(shadow, match.index, 60));
};

export const CURRENT_PASSWORD_VALUES: readonly PiiDetector[] = [gated(/今は|いまは|現在は/, patternDetector("SECRET", CURRENT_VALUE, passwordValue))];
