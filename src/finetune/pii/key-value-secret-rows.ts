import { gated, patternDetector, type PiiDetector } from "./detector.js";

/**
 * A key–value table's row whose key names a password or a PIN (| admin pw | Ricoh-5F-admin |, | Wi-Fi パスワード |
 * Tsuki#88net |, | 暗証番号 | 0427 |): the next cell is the secret. The key's last word says so, perhaps after what the
 * password is for; the value one word as a password is written (a digit or a symbol in it), not a placeholder (—,
 * ********, N/A) or a heading's next cell (| password | note |).
 */
const KEY_VALUE_SECRET =
  /(?:^|\|)[ \t]*(?:[^|\n]{0,24}[ _-])?(?:pw|PW|pwd|PWD|[Pp]assword|PASSWORD|[Pp]asscode|[Pp]assphrase|PIN|パスワード|パスコード|暗証番号)[ \t]*\|[ \t]*`?(?<secret>[!-~]{4,64}?)`?[ \t]*(?=\|)/dg;

const secretCell = (value: string): boolean => /[\d!-/:-@[-`{-~]/.test(value) && /[A-Za-z0-9]/.test(value) && !/^(?:N\/A|n\/a|\[[A-Z_]+\])$/.test(value);

export const KEY_VALUE_SECRET_DETECTORS: readonly PiiDetector[] = [
  gated(/(?:pw|PW|pwd|PWD|ass(?:word|code|phrase)|ASSWORD|PIN|パスワード|パスコード|暗証番号)[ \t]*\|/, patternDetector("SECRET", KEY_VALUE_SECRET, (match) => secretCell(match.groups!.secret!))),
];
