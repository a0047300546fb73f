import { gated, patternDetector, type PiiDetector } from "./detector.js";

/**
 * A login after its field's word and before its password's (保守用 ID kasai-shop02 パスワード …, 管理アカウント
 * nb-front-desk パスワード …, login k.sato / password …): the pair says it is an account's sign-in. The login holds
 * a digit, `-`, `_` or `.`, so the words of a sentence (ID and password, アカウント reset パスワード) stay.
 */
const LOGIN_BEFORE_PASSWORD =
  /(?<![A-Za-z])(?:ID|アカウント|[Aa]ccount|[Ll]ogin|[Uu]ser)[ \t]*[:：]?[ \t]*(?<secret>[A-Za-z0-9][A-Za-z0-9._-]{1,40}[A-Za-z0-9])[ \t]*[、,/／]?[ \t]*(?:パスワード|パス|PW|[Pp]ass(?:word|code)?)(?![A-Za-z])/dg;

const isLogin = (match: RegExpExecArray): boolean => /[\d._-]/.test(match.groups!.secret!) && !/^e-?mail$/i.test(match.groups!.secret!);

/**
 * A service's account after "service account" (Service account svc-billing.): a machine's login that a breach notice
 * or an audit names. It holds `-`, `_` or a digit, so "service account key" stays.
 */
const SERVICE_ACCOUNT = /(?<![A-Za-z])[Ss]ervice account[ \t]*[:：]?[ \t]*(?<secret>[a-z0-9][a-z0-9._-]{1,40}[a-z0-9])(?![A-Za-z0-9_-]|\.[A-Za-z0-9])/dg;

/** An @handle right after ID (ID @sato_k9, ID：@mika.t): a messaging or payment app's user, named by the field's word. */
const HANDLE_AFTER_ID = /(?<![A-Za-z])ID[ \t]*[:：]?[ \t]*(?<secret>@[A-Za-z][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])(?![A-Za-z0-9_@]|\.[A-Za-z0-9])/dg;

export const LOGIN_PAIR_DETECTORS: readonly PiiDetector[] = [
  gated(/パス|PW|[Pp]ass/, patternDetector("PERSONAL_ID", LOGIN_BEFORE_PASSWORD, isLogin)),
  gated(/ID\s*[:：]?\s*@/, patternDetector("PERSONAL_ID", HANDLE_AFTER_ID)),
  gated(/[Ss]ervice account/, patternDetector("PERSONAL_ID", SERVICE_ACCOUNT, (match) => /[\d_-]/.test(match.groups!.secret!))),
];
