import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A login after its word and right before the password given with it (ログイン sgkk_jimu01、パスワード …, ユーザー名：
 * tanaka.k22 / 初期パスワード …): the account of the one the password opens it to. The login holds a digit, `_`, `.` or
 * `-` after its first letter, so a screen's word (ログイン画面) or a role's (ログイン admin、パスワード) stays; a password's
 * value is the secret rules'.
 */
const LOGIN_BEFORE_PASSWORD =
  /(?:ログイン(?:ID|名)?|ユーザー?(?:ID|名)|(?<![A-Za-z])(?:[Ll]og ?in|[Uu]ser ?name)(?![A-Za-z]))[ \t]*(?:[:：=]|は)?[ \t]*(?<secret>[A-Za-z](?=[A-Za-z]*[\d_.-])[A-Za-z0-9._-]{2,30}[A-Za-z0-9])(?=[ \t]*[、,，/／][ \t]*(?:仮|初期|新しい)?(?:パスワード|[Pp]assword))/dg;

/**
 * A login named as the owner of the password given after it (admin-tsuzuki の仮パスワードは …, k.sato02 の初期パスワード):
 * the account the password opens. Small letters joined by `.`, `_` or `-` or holding a digit, six characters or more, so
 * a network's or a mail's word (wi-fi のパスワード, e-mail のパスワード) or a version's (管理者 v2-beta のパスワード欄) stays.
 */
const LOGIN_OWNING_PASSWORD =
  /(?<![A-Za-z0-9._@/-])(?<secret>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+|[a-z]+\d[a-z0-9]*)[ \t]*の[ \t]*(?:仮|初期|新しい|管理者?)?(?:パスワード|PW)/dg;
const loginShaped = (match: RegExpExecArray): boolean => match.groups!.secret!.length >= 6 && !/^e-?mail$|^wi-?fi$|^v\d/i.test(match.groups!.secret!);

export const LOGIN_BEFORE_PASSWORD_DETECTORS: readonly PiiDetector[] = [
  gated(/パスワード|[Pp]assword/, patternDetector("PERSONAL_ID", LOGIN_BEFORE_PASSWORD)),
  gated(/の[ \t]*(?:仮|初期|新しい|管理者?)?(?:パスワード|PW)/, patternDetector("PERSONAL_ID", LOGIN_OWNING_PASSWORD, loginShaped)),
];
