import { gated, patternDetector, type PiiDetector } from "./detector.js";

/**
 * An account named by its role rather than by an ID's label: the login written before a password's cue (受付共通 ID
 * front03 ／ PW …, ops-tanaka / 初期PW …), the login a login's word pairs with a password (Staging login acme-qa / …), and
 * the account one owns (my account mbr-55120 was locked). A login has a login's shape: letters with a digit, `.`, `_`
 * or `-` (a plain word, "my account settings", is no login).
 */
const LOGIN = String.raw`(?<secret>[A-Za-z][A-Za-z0-9._-]{1,30}[A-Za-z0-9])(?![A-Za-z0-9_@-]|\.[A-Za-z0-9])`;

/** A login, a slash, then a password's cue. */
const LOGIN_BEFORE_PASSWORD = new RegExp(
  String.raw`(?<![A-Za-z0-9._@/-])${LOGIN}[ \t]*[/／][ \t]*(?:初期|仮|新)?(?:PW|pw|パスワード|パス|[Pp]ass(?:word)?)(?![A-Za-z])`,
  "dg",
);

/** A login's word, a login, a slash and the password. */
const LOGIN_WORD_PAIR = new RegExp(
  String.raw`(?<![A-Za-z])(?:[Ll]og ?in|ログイン|[Uu]ser(?:name)?|ID)[ \t]*[:：]?[ \t]*${LOGIN}[ \t]*[/／][ \t]*[!-~]{4,}`,
  "dg",
);

/** One's own account, login or username, then its name (my account mbr-55120, your login is ab12). */
const OWN_ACCOUNT = new RegExp(
  String.raw`(?<![A-Za-z])(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:account|login|username|user ?name|user ID)(?:\s+(?:ID|name))?\s*(?:is\s+|:\s*)?${LOGIN}`,
  "dg",
);

/**
 * A login written before the account's word (VPN は nightops_rao のアカウントで, desk.kudo2 アカウントに): whose account it is
 * names its holder. Only with `_` or a digit in it: a service's name (Google のアカウント) or a role (admin) has none.
 */
const LOGIN_BEFORE_ACCOUNT_WORD = /(?<![A-Za-z0-9._@/-])(?<secret>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)[ \t]*の?アカウント/dg;
const underscoreOrDigit = (match: RegExpExecArray): boolean => /_|[a-z]\d/.test(match.groups!.secret!) && loginShaped(match);

/**
 * An administrator's or a user's login right after the role's word (管理者 admin_kanda に失敗16回, 管理ユーザー：ops-sato2,
 * administrator web_admin7, the admin user kiosk_03): the account a log or a desk names, with `_` or a digit in it as a
 * login has (管理者 admin, an admin user's page: no login).
 */
const LOGIN_AFTER_ROLE = new RegExp(
  String.raw`(?:管理者|管理ユーザー?|管理アカウント|利用者|ユーザー?|(?<![A-Za-z])(?:[Aa]dmin(?:istrator)?|ADMIN)(?![A-Za-z])(?:[ \t]+(?:user|account|login))?)(?:アカウント|名|ID)?[ \t　]*[:：]?[ \t　]*(?<![A-Za-z0-9._@/-])(?<secret>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)(?![A-Za-z0-9_@-]|\.[A-Za-z0-9])`,
  "dg",
);

/** A login's shape: a digit, `.`, `_` or `-`; not a version (v1.2) nor a file's name. */
const loginShaped = (match: RegExpExecArray): boolean => {
  const login = match.groups!.secret!;
  return /[\d._-]/.test(login) && !/^v?\d|^ver|\.(?:txt|csv|pdf|json|md|html?|zip|log)$/i.test(login);
};
/** One's account with a digit in its name (att-20931): an account's page or settings has none. */
const numbered = (match: RegExpExecArray): boolean => /\d/.test(match.groups!.secret!) && loginShaped(match);

export const ROLE_ACCOUNT_DETECTORS: readonly PiiDetector[] = [
  gated(/[/／][ \t]*(?:初期|仮|新)?(?:PW|pw|パス|[Pp]ass)/, patternDetector("PERSONAL_ID", LOGIN_BEFORE_PASSWORD, loginShaped)),
  gated(/(?:og ?in|ログイン|ser(?:name)?|ID)[ \t]*[:：]?[ \t]*[A-Za-z][!-~]*[ \t]*[/／]/, patternDetector("PERSONAL_ID", LOGIN_WORD_PAIR, loginShaped)),
  gated(/[a-z0-9][ \t]*の?アカウント/, patternDetector("PERSONAL_ID", LOGIN_BEFORE_ACCOUNT_WORD, underscoreOrDigit)),
  gated(/管理|利用者|ユーザ|[Aa]dmin|ADMIN/, patternDetector("PERSONAL_ID", LOGIN_AFTER_ROLE, underscoreOrDigit)),
  gated(/(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:account|login|user)/, patternDetector("PERSONAL_ID", OWN_ACCOUNT, numbered)),
];
