import { gated, matchesOf, patternDetector, type PiiDetector, type Span } from "../detector.js";

/**
 * Secrets known by their shape near a cue, where no cue stands right before them: a password written as the rules for
 * one make it (capitals, small letters, a digit and a symbol: Ishi-Watari!2207) in a paragraph that speaks of a
 * password, whatever words lie between (今回だけ：Ishi-Watari!2207 。…パスワード管理ツールに, the password we were⏎given at
 * the fair was Kohoku#Fair2026), or a passphrase of words joined with a number (shared as Kaede_Minato_88); and a
 * code in groups near a recovery code's cue (2FA リカバリーコードも⏎同じ項目にあります
 * （7QK4-M2XD-9PRW は使用済み）).
 */

/**
 * A run of printable ASCII but quotes, with the brackets, quotes and full stop around it left out; a bracket may open
 * an aside in Japanese right after it (Sakai#Kura0417（メモは捨てて）, its bracket folded to ASCII).
 */
const ASCII_RUN = /(?<![!-~])[:=("'`]*(?<secret>[A-Za-z0-9!#$%&*?@^~][!#-&(-_a-~]{6,62}[A-Za-z0-9!#$%&*?@^~])[.,;:)"'`]*(?!(?!\([^\x00-\x7f])[!-~])/dg;
/**
 * A password as the rules for one make it: every class of character (small letters only with a symbol between words),
 * a symbol that joins no words or paths; not an
 * address, a package at its version (node@20), a version's "or later" (Python3.11+) or a Markdown emphasis.
 */
const passwordShaped = (value: string): boolean =>
  /[a-z]/.test(value) &&
  (/[A-Z]/.test(value) ? /[!#$%&*?@^~]/.test(value) : LOWER_CASE_PASSWORD.test(value)) &&
  /\d/.test(value) &&
  !/:\/\/|@[A-Za-z0-9-]+\.[A-Za-z]|@\d|^[#*@]|[*]$|[=<>{}[\]\\|]/.test(value);
/**
 * A password in small letters only (ageo!staff-2026) needs a symbol that joins no names or tags (`!`, `$`, `%`, `&`,
 * `*`, `^`, `~`; not `@`, `#` or `?` of a handle, an issue or a query) between letters and four letters at least.
 */
const LOWER_CASE_PASSWORD = /[a-z][!$%&*^~][a-z\d]|[a-z\d][!$%&*^~][a-z](?=(?:[^a-z]*[a-z]){2})/;

/**
 * A password's words, and パス alone as a chat shortens it before its particle or a question (ID … パスは？): not a word
 * that ends in パス (フリーパス, 定期パス, 年間パス).
 */
const PASSWORD_CUE = /パスワード|パスフレーズ|暗証|(?<![\u30A0-\u30FF\u4E00-\u9FFF])パス(?=[はをがも:：?？])|(?<![A-Za-z])(?:[Pp]ass(?:word|phrase|code)s?|PASSWORD|passwd|pwd|PW|pw)(?![A-Za-z])/;
/** How far a cue may stand from the value, before or after it, within the paragraph. */
const CUE_REACH = 80;

/** The text within CUE_REACH of the value and within its paragraph: a blank line is looked for no further than that. */
function paragraphAround(shadow: string, start: number, end: number): string {
  const reachBefore = Math.max(start - CUE_REACH, 0);
  const from = shadow.slice(reachBefore, start + 2).lastIndexOf("\n\n");
  const to = shadow.slice(end, end + CUE_REACH + 2).indexOf("\n\n");
  return shadow.slice(reachBefore + Math.max(from, 0), to === -1 ? Math.min(shadow.length, end + CUE_REACH) : end + to);
}

/**
 * A bracket the run opens and does not close opens an aside after the value, its digits a date's or a count's
 * (Umikaze#2611（12月1日に変更）, Kaze#77x（3/1まで）): the value ends before it.
 */
const UNCLOSED_BRACKET = /\([^)]*$/;

const nearCue =
  (shaped: (value: string) => boolean) =>
  (shadow: string): Span[] => {
    const spans: Span[] = [];
    for (const match of matchesOf(ASCII_RUN, shadow)) {
      const [start] = match.indices!.groups!.secret!;
      const value = match.groups!.secret!.replace(UNCLOSED_BRACKET, "");
      const end = start + value.length;
      if (shaped(value) && PASSWORD_CUE.test(paragraphAround(shadow, start, end))) spans.push({ start, end });
    }
    return spans;
  };

/**
 * A passphrase of words joined by `-` or `_` with a number (lemon-futon-castle-62, Mare_Lisboa2029,
 * Kaede_Minato_88): three words with small letters, or two with a capital, a number of two digits at least, nothing but letters and
 * digits between the joins (a path or a file name has `/` or `.`). Not a name about passwords or software (a ticket's
 * password-reset-2026, a branch's feature-login-12) nor a code in capitals (OTM-IOS-4XK, JTB-WIEN-2027).
 */
const PASSPHRASE_PARTS = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+$/;
const SOFTWARE_PART = /^(?:pass(?:word|phrase)?|passwd|pwd?|reset|change|login|auth|policy|rotation|manager|vault|fix|hotfix|feature|release|build|branch|test|docs?|config|v\d*)$/i;
function joinedPassphrase(value: string): boolean {
  if (value.length < 10 || !PASSPHRASE_PARTS.test(value) || !/\d{2}/.test(value)) return false;
  const parts = value.split(/[-_]/);
  const words = parts.filter((part) => /[a-z]{3}/.test(part));
  // Three words, or a capital: a login is two small words (aoba-night02, kenji_ota88), and a password's word is often near it.
  return (words.length >= 3 || (words.length >= 2 && /[A-Z]/.test(value))) && !parts.some((part) => SOFTWARE_PART.test(part.replace(/\d+$/, "")));
}

/**
 * A code of three groups or more of four or five letters and digits (7QK4-M2XD-9PRW) a few words after a recovery or
 * backup code's cue, or a recovery key's (recovery key 7F2K-9QPX-44LM, 回復キー), perhaps over a line break, within the
 * sentence: the code that opens the account, its letters' prefix with it (recovery key part KX-1200-3400-5600); or a
 * disk's recovery key as BitLocker prints it, eight groups of six digits.
 */
const RECOVERY_CODE_NEARBY =
  /(?:(?:バックアップ|リカバリー?|復旧|予備|緊急)コード|(?:リカバリー?|回復(?:用)?)キー|(?<![A-Za-z])(?:[Rr]ecovery|[Bb]ackup)[ -]codes?(?![A-Za-z])|(?<![A-Za-z])(?:[Rr]ecovery|RECOVERY)[ -](?:[Kk]eys?|KEYS?)(?![A-Za-z]))(?:[^\n。.!?]|\n(?![ \t]*\n)){0,40}?(?<![A-Za-z0-9-])(?<secret>(?:[A-Za-z]{2,3}-)?[A-Za-z0-9]{4,5}(?:-[A-Za-z0-9]{4,5}){2,5}|\d{6}(?:-\d{6}){7})(?![A-Za-z0-9-])/dg;
const BITLOCKER_KEY = /^\d{6}(?:-\d{6}){7}$/;
const codeOfLettersAndDigits = (value: string): boolean => (/[A-Za-z]/.test(value) && /\d/.test(value)) || BITLOCKER_KEY.test(value);

/** A password's characters: printable ASCII but quotes and brackets, a sentence's full stop or comma after it left out. */
const PASSWORD_VALUE = String.raw`(?<secret>[A-Za-z0-9!#$%&*?@^~][!#-&*-_a-~]{4,62}[A-Za-z0-9!#$%&*?@^~])(?=[.,;:!?]*(?:\s|$)|[^\x00-\x7f])`;

/**
 * A password, a PIN or a login named, then within the sentence what it was reset or changed to (the admin login was
 * reset to TempRide-8831, password changed to kx92-lamp, パスワードを Aoba2026 にリセット): the value it holds now.
 * Letters and digits both, no version (reset to v2.1.0).
 */
const RESET_TO_VALUE = new RegExp(
  String.raw`(?<![A-Za-z])(?:[Pp]ass(?:word|code)s?|PIN|[Ll]ogin|[Cc]redentials?)(?![A-Za-z])(?:[^\n。!?.]|\.(?! )){0,60}?(?<![A-Za-z])(?:reset|changed|set|updated)[ \t]+to[ \t]+${PASSWORD_VALUE}`,
  "dg",
);
const RESET_TO_VALUE_JA = new RegExp(String.raw`(?:パスワード|パスコード|暗証番号)(?:を|は)?[^\n。\d]{0,30}?${PASSWORD_VALUE}[ \t]*(?:に|へ)(?:リセット|変更|再設定|初期化)`, "dg");
const newValue = (match: RegExpExecArray): boolean => {
  const value = match.groups!.secret!;
  return /[A-Za-z]/.test(value) && /\d/.test(value) && !/^v?\d+(?:\.\d+)+/i.test(value);
};

/**
 * A password named, then guessed a few words on in its sentence (パスワードは忘れてしまいました（たぶん kmd2025Sekkei か何か）,
 * the password was probably aoba2291!, PIN かパスワード、確か Kanda0412): what its holder believes it is. Small letters
 * and digits both, as a password has: a hash's name or a policy's count (probably SHA256, たぶん 8文字) has not.
 */
const GUESSED_PASSWORD = new RegExp(
  String.raw`(?:パスワード|パスコード|暗証番号|(?<![A-Za-z])(?:[Pp]ass(?:word|code)s?|PIN)(?![A-Za-z]))[^\n。!?]{0,40}?(?:たぶん|多分|おそらく|恐らく|確か|(?<![A-Za-z])(?:maybe|probably|perhaps|I think(?: it(?:'s| is| was))?|might be|could be)(?![A-Za-z]))[ \t　「『"']*${PASSWORD_VALUE}`,
  "dg",
);
const guessedValue = (match: RegExpExecArray): boolean => /[a-z]/.test(match.groups!.secret!) && newValue(match);

/**
 * A password jotted on a note, as a note's quoted text gives it: what it opens, then the value alone before the quote
 * closes (付箋「銀行アプリ ohtaka0422」, メモ「PC Kanda2291」, a sticky note "bank app mika0412"). Letters and digits
 * both, or a PIN's four to eight digits; a note of a time or a task (付箋「銀行 15時まで」) ends otherwise.
 */
const NOTED_PASSWORD =
  /(?:付箋|ふせん|メモ(?:書き|用紙)?|貼り紙|(?<![A-Za-z])(?:[Ss]ticky note|[Pp]ost-it)(?![A-Za-z]))[^\n「『"]{0,12}?[「『"][^」』"\n]{0,12}?(?:アプリ|銀行|バンク|ネットバンク|PC|パソコン|Wi-?Fi|メール|ログイン|(?<![A-Za-z])(?:[Bb]ank|[Aa]pp|[Ee]-?mail|[Ll]ogin)(?![A-Za-z]))[ \t:：]*(?<secret>[A-Za-z0-9][!-~]{3,40})(?=[」』"])/dg;
const notedValue = (match: RegExpExecArray): boolean => {
  const value = match.groups!.secret!;
  return (/[A-Za-z]/.test(value) && /\d/.test(value)) || /^\d{4,8}$/.test(value);
};

export const PASSWORD_SHAPE_DETECTORS: readonly PiiDetector[] = [
  gated(
    (shadow) => /[!#$%&*?@^~]/.test(shadow) && PASSWORD_CUE.test(shadow),
    { type: "SECRET", find: nearCue(passwordShaped) },
  ),
  gated(PASSWORD_CUE, { type: "SECRET", find: nearCue(joinedPassphrase) }),
  gated(/コード|[Cc]ode|キー|[Rr]ecovery [Kk]ey|RECOVERY KEY/, patternDetector("SECRET", RECOVERY_CODE_NEARBY, (match) => codeOfLettersAndDigits(match.groups!.secret!))),
  gated(/(?:reset|changed|set|updated)[ \t]+to[ \t]/, patternDetector("SECRET", RESET_TO_VALUE, newValue)),
  gated(/(?:に|へ)(?:リセット|変更|再設定|初期化)/, patternDetector("SECRET", RESET_TO_VALUE_JA, newValue)),
  gated(/たぶん|多分|おそらく|恐らく|確か|maybe|probably|perhaps|I think|might be|could be/, patternDetector("SECRET", GUESSED_PASSWORD, guessedValue)),
  gated(/付箋|ふせん|メモ|貼り紙|[Ss]ticky note|[Pp]ost-it/, patternDetector("SECRET", NOTED_PASSWORD, notedValue)),
];
