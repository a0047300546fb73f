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

const loginShaped = (match: RegExpExecArray): boolean => {
  const { secret, separator } = match.groups!;
  return !isNoPersonAccount(secret!) && (separator === "=" || /[._\d-]/.test(secret!));
};

export const LOGIN_EVENT_USERS: readonly PiiDetector[] = [
  gated(/user|login|account/, patternDetector("PERSONAL_ID", SIGN_IN_USER, loginShaped)),
];
