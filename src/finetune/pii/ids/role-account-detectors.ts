import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { isNoPersonAccount } from "../context/no-person-accounts.js";

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
/**
 * A login joined only by `-` or `.` after the role's word (管理者 futon-adm のパスワード, 管理者 ops-kenji.m に … から試行):
 * a word so joined (管理者 e-mail, web-ui) is a login only where its password or account follows, or a sign-in was tried
 * on it, or in three parts or more (管理者 hs-admin-yahagi: a site's, a role's and its holder's name); each part two
 * characters or more.
 */
const CREDENTIAL_AFTER = /^[ \t　]*(?:の(?:パスワード|パス|PW|アカウント)|に[^\n。]{0,30}(?:試行|ログイン|アクセス|不正))/;
const joinedLogin = (match: RegExpExecArray): boolean => /^[a-z]{2,}[.-][a-z0-9]{2,}(?:[.-][a-z0-9]+)*$/.test(match.groups!.secret!) && loginShaped(match);
const roleLogin = (match: RegExpExecArray, shadow: string): boolean =>
  underscoreOrDigit(match) ||
  (joinedLogin(match) &&
    !isNoPersonAccount(match.groups!.secret!) &&
    (match.groups!.secret!.split(/[.-]/).length >= 3 || CREDENTIAL_AFTER.test(shadow.slice(match.index + match[0].length, match.index + match[0].length + 40))));

/**
 * A login in brackets right after an ID's word (個人ID（kk-takanashi）, 薬剤師ごとの ID（tsb-nishi-araki など）): the
 * example of a person's ID, joined by `.`, `_` or `-`. Not a thing's ID (製品ID（sku-red）, 端末ID).
 */
const LOGIN_IN_BRACKETS_AFTER_ID =
  /(?<!製品|商品|注文|端末|機器|デバイス|案件|チケット|会議|ルーム|チャンネル|グループ|プロジェクト|セッション|リクエスト|ジョブ|イベント|テナント|[A-Za-z])ID[ \t]*[（(](?<secret>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+)[ \t]*(?:など|等|ほか)?[)）]/dg;

/** One's account with a digit in its name (att-20931): an account's page or settings has none. */
const numbered = (match: RegExpExecArray): boolean => /\d/.test(match.groups!.secret!) && loginShaped(match);

export const ROLE_ACCOUNT_DETECTORS: readonly PiiDetector[] = [
  gated(/[/／][ \t]*(?:初期|仮|新)?(?:PW|pw|パス|[Pp]ass)/, patternDetector("PERSONAL_ID", LOGIN_BEFORE_PASSWORD, loginShaped)),
  gated(/(?:og ?in|ログイン|ser(?:name)?|ID)[ \t]*[:：]?[ \t]*[A-Za-z][!-~]*[ \t]*[/／]/, patternDetector("PERSONAL_ID", LOGIN_WORD_PAIR, loginShaped)),
  gated(/[a-z0-9][ \t]*の?アカウント/, patternDetector("PERSONAL_ID", LOGIN_BEFORE_ACCOUNT_WORD, underscoreOrDigit)),
  gated(/管理|利用者|ユーザ|[Aa]dmin|ADMIN/, patternDetector("PERSONAL_ID", LOGIN_AFTER_ROLE, roleLogin)),
  gated(/ID[ \t]*[（(][a-z]/, patternDetector("PERSONAL_ID", LOGIN_IN_BRACKETS_AFTER_ID, (match) => loginShaped(match) && !isNoPersonAccount(match.groups!.secret!))),
  gated(/(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:account|login|user)/, patternDetector("PERSONAL_ID", OWN_ACCOUNT, numbered)),
];
