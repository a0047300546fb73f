import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A login after its word and right before the password given with it (ログイン sgkk_jimu01、パスワード …, ユーザー名：
 * tanaka.k22 / 初期パスワード …): the account of the one the password opens it to. The login holds a digit, `_`, `.` or
 * `-` after its first letter, so a screen's word (ログイン画面) or a role's (ログイン admin、パスワード) stays; a password's
 * value is the secret rules'.
 */
const LOGIN_BEFORE_PASSWORD =
  /(?:ログイン(?:ID|名)?|ユーザー?(?:ID|名)|(?<![A-Za-z])(?:[Ll]og ?in|[Uu]ser ?name)(?![A-Za-z]))[ \t]*(?:[:：=]|は)?[ \t]*(?<secret>[A-Za-z](?=[A-Za-z]*[\d_.-])[A-Za-z0-9._-]{2,30}[A-Za-z0-9])(?=[ \t]*[、,，/／][ \t]*(?:仮|初期|新しい)?(?:パスワード|[Pp]assword))/dg;

export const LOGIN_BEFORE_PASSWORD_DETECTOR: PiiDetector = gated(/パスワード|[Pp]assword/, patternDetector("PERSONAL_ID", LOGIN_BEFORE_PASSWORD));
