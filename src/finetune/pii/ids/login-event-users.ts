import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { isNoPersonAccount } from "../context/no-person-accounts.js";

/**
 * The user of a sign-in event in a log line (POS-02 login user=okada.m from 10.0.4.7, logon user: ruiz_a, SSO sign-in
 * user="t.hara" ok, ログイン user=kimura.y): the line records who signed in at that till or terminal. A login's shape in
 * lower case; not a shared or a system account (user=admin, user=root). After a colon it holds a join or a digit, as a
 * word a sentence goes on with (the login user: guide …) has not.
 */
const SIGN_IN_USER = new RegExp(
  String.raw`(?:(?<![A-Za-z])(?:log(?:ged)?[ _-]?(?:in|on)|sign(?:ed)?[ _-]?(?:in|on)|auth(?:entication)?)|ログイン|ログオン|サインイン)(?:[ \t]+(?:ok|OK|success(?:ful)?|succeeded|failed|failure|attempt))?[ \t]+(?:user(?:name)?|login|account)[ \t]*(?<separator>[=:])[ \t]*["']?(?<secret>[a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,2})(?![A-Za-z0-9@_-]|\.[A-Za-z0-9])`,
  "dg",
);

/**
 * Or the login after the event's verb and "as" (logged in as t.hara, signed in as ruiz_a on till 3, login as okada2): a
 * login's shape of two parts joined by a dot or `_`, or with a digit, as a word (logged in as admin, log in as usual) has
 * not; a host's name (login as example.com) ends on its domain's word.
 */
const SIGNED_IN_AS = new RegExp(
  String.raw`(?<![A-Za-z])(?:[Ll]og(?:ged)?[ _-]?(?:in|on)|[Ss]ign(?:ed)?[ _-]?(?:in|on))[ \t]+as[ \t]+["']?(?<secret>[a-z][a-z0-9]*[._](?!(?:com|net|org|jp|io|co|me|app|dev|local)(?![a-z0-9]))[a-z0-9]+|[a-z]+\d+)(?![A-Za-z0-9@_-]|\.[A-Za-z0-9])`,
  "dg",
);

const loginShaped = (match: RegExpExecArray): boolean => {
  const { secret, separator } = match.groups!;
  return !isNoPersonAccount(secret!) && (separator === "=" || /[._\d-]/.test(secret!));
};

export const LOGIN_EVENT_USERS: readonly PiiDetector[] = [
  gated(/user|login|account/, patternDetector("PERSONAL_ID", SIGN_IN_USER, loginShaped)),
  gated(/(?:[Ll]og(?:ged)?|[Ss]ign(?:ed)?)[ _-]?(?:in|on)[ \t]+as/, patternDetector("PERSONAL_ID", SIGNED_IN_AS, (match) => !isNoPersonAccount(match.groups!.secret!))),
];
