import { isThingsIdCue } from "./thing-ids.js";
import { gated, matchesOf, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A login after its field's word and before its password's (保守用 ID kasai-shop02 パスワード …, 管理アカウント
 * nb-front-desk パスワード …, login k.sato / password …, 管理ログイン kurume_honten パス …, a form's 管理：yoyaku-desk3、パス
 * …): the pair says it is an account's sign-in. The login holds
 * a digit, `-`, `_` or `.`, so the words of a sentence (ID and password, アカウント reset パスワード) stay.
 */
const LOGIN_BEFORE_PASSWORD =
  /(?<![A-Za-z])(?:ID|アカウント|ログイン|管理(?=[ \t]*[:：])|[Aa]ccount|[Ll]ogin|[Uu]ser)[ \t]*[:：]?[ \t]*(?<secret>[A-Za-z0-9][A-Za-z0-9._-]{1,40}[A-Za-z0-9])[ \t]*[、,/／]?[ \t]*(?:パスワード|パス|PW|[Pp]ass(?:word|code)?)(?![A-Za-z])/dg;

const isLogin = (match: RegExpExecArray): boolean => /[\d._-]/.test(match.groups!.secret!) && !/^e-?mail$/i.test(match.groups!.secret!);

/**
 * A service's account after "service account" (Service account svc-billing.): a machine's login that a breach notice
 * or an audit names. It holds `-`, `_` or a digit, so "service account key" stays.
 */
const SERVICE_ACCOUNT = /(?<![A-Za-z])[Ss]ervice account[ \t]*[:：]?[ \t]*(?<secret>[a-z0-9][a-z0-9._-]{1,40}[a-z0-9])(?![A-Za-z0-9_-]|\.[A-Za-z0-9])/dg;

/** An @handle right after ID (ID @sato_k9, ID：@mika.t): a messaging or payment app's user, named by the field's word. */
const HANDLE_AFTER_ID = /(?<![A-Za-z])ID[ \t]*[:：]?[ \t]*(?<secret>@[A-Za-z][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])(?![A-Za-z0-9_@]|\.[A-Za-z0-9])/dg;

/**
 * A login and its password joined by a slash after a sign-in site's label and a colon (メーカー発注サイト: kichi-01 /
 * Kx-55aa#, 管理画面：shop_admin7 / Pa55word!, Supplier portal: j.doe-22 / Tr0ub4dor&3): the pair is the account's key.
 * The login of small letters with a digit; the password of eight characters or more, with a letter, a digit and a capital
 * or a symbol, so two codes or two places joined by a slash (tokyo-01 / osaka-02, plant-a / Line-B2, 2024-11 / 2025-03) stay.
 */
const SITE = String.raw`(?:サイト|ポータル|管理画面|マイページ|(?<![A-Za-z])(?:[Pp]ortal|[Ss]ite|[Dd]ashboard|[Aa]dmin))[ \t]*[:：][ \t]*`;
const SITE_LOGIN = String.raw`[a-z][a-z0-9._-]{1,38}[a-z0-9]`;
const SITE_PASSWORD = String.raw`[!-~]{8,40}?`;
const PAIR_END = String.raw`(?=[。、，,;；)）]|\s|$)`;
const SITE_LOGIN_FIRST = new RegExp(String.raw`${SITE}(?<secret>${SITE_LOGIN})[ \t]*[/／][ \t]*(?<password>${SITE_PASSWORD})${PAIR_END}`, "dg");
const SITE_PASSWORD_SECOND = new RegExp(String.raw`${SITE}(?<login>${SITE_LOGIN})[ \t]*[/／][ \t]*(?<secret>${SITE_PASSWORD})${PAIR_END}`, "dg");

/** A site's label and a colon, a slash later on the line: the cheap test before the pair's patterns. */
const SITE_PAIR_GATE = /(?:サイト|ポータル|管理画面|マイページ|[Pp]ortal|[Ss]ite|[Dd]ashboard|[Aa]dmin)[ \t]*[:：][^\n]*[/／]/;

const signInPair = (match: RegExpExecArray): boolean => {
  const { secret, login, password } = match.groups!;
  const [user, key] = login === undefined ? [secret!, password!] : [login, secret!];
  if (/^https?:|\.(?:com|jp|net|org)\b/.test(key)) return false;
  // A shared desk's login of words joined by - or _ (ops-night-desk) with no digit: its password must be a full one.
  if (!/\d/.test(user)) return /[._-]/.test(user) && [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9._/-]/].every((kind) => kind.test(key));
  return /[A-Za-z]/.test(key) && /\d/.test(key) && /[A-Z]|[^A-Za-z0-9._/-]/.test(key);
};

/**
 * A login and its password joined by a slash after an account's or a sign-in's word and a colon in prose (iLok account
 * of the studio: baysidesound_b / iLok#Bayside2025, Admin login for the shop: k.tanaka / Harbour!Lights9): the pair is
 * the account's key. The login holds a digit, `.`, `_` or `-`; the password a small letter, a capital, a digit and a
 * symbol besides `.`, `_` and `-`, as sign-in rules demand, so two codes, branches or dates joined by a slash (account:
 * 2024-11 / 2025-03, login: main-branch / Release-2026) stay.
 */
const ACCOUNT_LABEL = String.raw`(?<![A-Za-z])(?:[Aa]ccount|[Ll]og-?in|[Ss]ign-?in)(?:[ \t]+(?:of|for)[ \t]+[^\n:：/]{1,30}?)?[ \t]*[:：][ \t]*`;
const ACCOUNT_PAIR = new RegExp(String.raw`${ACCOUNT_LABEL}(?<login>${SITE_LOGIN})[ \t]*[/／][ \t]*(?<password>${SITE_PASSWORD})(?=[。、，,;；)）]|\s|$|\.(?:\s|$))`, "dg");
const ACCOUNT_PAIR_GATE = /(?:[Aa]ccount|[Ll]og-?in|[Ss]ign-?in)[^\n]*[:：][^\n]*[/／]/;

const accountPair = (match: RegExpExecArray): boolean => {
  const { login, password } = match.groups!;
  return /[\d._-]/.test(login!) && [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9._-]/].every((kind) => kind.test(password!)) && !/:\/\/|\//.test(password!);
};

/**
 * A login and its password in brackets, a slash between, after a sign-in's word earlier in the sentence (ネットバンキングの
 * ID を聞かれたが、メモ（KMINAI0312 / kimi-sakura-31）, the login she wrote down (mtanaka77 / blue-heron-4)): a note of the
 * account's key. The login holds a letter and a digit; the password eight characters or more, a small letter and a digit;
 * and the two differ in shape, so two codes of one kind joined by a slash (tokyo-01 / osaka-02) stay.
 */
const BRACKETED_PAIR =
  /(?<cue>(?<![A-Za-z])(?:ID|[Ll]og-?in|[Ss]ign-?in|[Aa]ccount|[Pp]assword)(?![A-Za-z])|ログイン|アカウント|パスワード)[^。.!?！？\n]{0,60}?[(（][ \t]*(?<login>[A-Za-z0-9][A-Za-z0-9._-]{2,38}[A-Za-z0-9])[ \t]*[/／][ \t]*(?<password>[!-~]{8,40}?)[ \t]*[)）]/dg;

/** A token's shape: each letter a, each digit 9, the rest as written. */
const shapeOf = (token: string): string => token.replace(/[A-Za-z]/g, "a").replace(/\d/g, "9");

const bracketedPair = (match: RegExpExecArray): boolean => {
  const { login, password } = match.groups!;
  return /[A-Za-z]/.test(login!) && /\d/.test(login!) && /[a-z]/.test(password!) && /\d/.test(password!) && shapeOf(login!) !== shapeOf(password!) && !isThingsIdCue(match.input, match.index);
};

/**
 * A login in small letters and a password as sign-in sites demand it, joined by a slash (staybridge-admin /
 * Numazu-Homestay#2027, tatami-nerima／Igusa@Hinosato77, club.office@example.com / Kickoff!Sayama#09), as a chat's answer
 * gives them when asked for the login in another field: the pair is the account's key. The login holds a digit, `.`,
 * `-`, `_` or `@` and is no path's or address's part (nothing of one before it but a label's colon: オーナー：…); the
 * password is made as people make one, two capitalised words (one after a mail address's login), a digit and a symbol
 * besides `-`, `.` and `_`, and is no mail address (so Igusa@Hinosato77 is a password, a.b@example.com not). Two
 * versions, branches, dates, paths or a spec's parts joined by a slash (v2.1 / v2.2, main / Release-2026, 2026/12/03,
 * docs/Setup#Step1, thinkpad-x1 / Core-i7#13th) stay.
 */
const STRONG_PAIR =
  /(?<![\w/.@%+-]|[\w/]:)(?<login>[a-z0-9][a-z0-9._%+@-]{1,62}[a-z0-9])[ \t]*\/[ \t]*(?<password>[!-~]{8,40}?)(?=[。、，,;；)）」"]|\s|$|\.(?:\s|$))/dg;

/** A login that is a mail address says the pair is a sign-in's: its password needs one capitalised word (Shiokaze-ya#2207). */
const MAIL_ADDRESS = /@[a-z0-9-]+\.[a-z]/;
const strongPair = (match: RegExpExecArray): boolean => {
  const { login, password } = match.groups!;
  return (
    /[\d._@-]/.test(login!) &&
    [MAIL_ADDRESS.test(login!) ? /[A-Z][a-z]{3,}/ : /[A-Z][a-z]{3,}[^]*[A-Z][a-z]{3,}/, /\d/, /[^A-Za-z0-9._/-]/].every((kind) => kind.test(password!)) &&
    !/@[A-Za-z0-9-]+\.[A-Za-z]|:\/\/|\//.test(password!)
  );
};

/**
 * A login and its password joined by a slash in a program's comment (`// qa.akiyama / Kurashi#QA-2026`, `# ops_tanaka /
 * Shiokaze!2027`): a test or a staff account left in code. The login holds `.`, `_`, `-` or a digit, the password a small
 * letter, a capital, a digit and a symbol as accountPair asks, so a comment's two paths or versions (// src/app / lib,
 * # v1.2 / v1.3) stay.
 */
const COMMENT_PAIR = new RegExp(String.raw`(?:^|[\s\`])(?://|#|--)[ \t]*(?<login>${SITE_LOGIN})[ \t]*[/／][ \t]*(?<password>${SITE_PASSWORD})(?=[\`。、，,;；)）]|\s|$)`, "dgm");
const COMMENT_PAIR_GATE = /(?:\/\/|#|--)[ \t]*[a-z][^\n]*[/／]/;

/** The login or the password of a pair `pattern` finds and `accept` keeps, as `group` says. */
const pairPart = (gate: RegExp, pattern: RegExp, accept: (match: RegExpExecArray) => boolean, type: string, group: "login" | "password"): PiiDetector =>
  gated(gate, {
    type,
    find: (shadow) =>
      matchesOf(pattern, shadow).flatMap((match) => {
        if (!accept(match)) return [];
        const [start, end] = match.indices!.groups![group]!;
        return [{ start, end }];
      }),
  });
const BRACKETED_PAIR_GATE = /[(（][^)）\n]*[/／]/;
const STRONG_PAIR_GATE = /[a-z0-9][ \t]*\/[ \t]*[!-~]{8}/;

export const LOGIN_PAIR_DETECTORS: readonly PiiDetector[] = [
  gated(SITE_PAIR_GATE, patternDetector("PERSONAL_ID", SITE_LOGIN_FIRST, signInPair)),
  gated(SITE_PAIR_GATE, patternDetector("SECRET", SITE_PASSWORD_SECOND, signInPair)),
  gated(/パス|PW|[Pp]ass/, patternDetector("PERSONAL_ID", LOGIN_BEFORE_PASSWORD, isLogin)),
  gated(/ID\s*[:：]?\s*@/, patternDetector("PERSONAL_ID", HANDLE_AFTER_ID)),
  gated(/[Ss]ervice account/, patternDetector("PERSONAL_ID", SERVICE_ACCOUNT, (match) => /[\d_-]/.test(match.groups!.secret!))),
  pairPart(ACCOUNT_PAIR_GATE, ACCOUNT_PAIR, accountPair, "PERSONAL_ID", "login"),
  pairPart(ACCOUNT_PAIR_GATE, ACCOUNT_PAIR, accountPair, "SECRET", "password"),
  pairPart(COMMENT_PAIR_GATE, COMMENT_PAIR, accountPair, "PERSONAL_ID", "login"),
  pairPart(COMMENT_PAIR_GATE, COMMENT_PAIR, accountPair, "SECRET", "password"),
  pairPart(BRACKETED_PAIR_GATE, BRACKETED_PAIR, bracketedPair, "PERSONAL_ID", "login"),
  pairPart(BRACKETED_PAIR_GATE, BRACKETED_PAIR, bracketedPair, "SECRET", "password"),
  pairPart(STRONG_PAIR_GATE, STRONG_PAIR, strongPair, "PERSONAL_ID", "login"),
  pairPart(STRONG_PAIR_GATE, STRONG_PAIR, strongPair, "SECRET", "password"),
];
