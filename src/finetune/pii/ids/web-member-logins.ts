import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A web or app member's login said after the membership's word, with no ID label (Web会員 hiruma.t, ネット会員は
 * k_tanaka88, アプリ会員：yui-0412): a name in small letters holding a dot, an underscore, a hyphen or a digit, so that
 * a word, a plan's code or a version after the membership (Web会員 plan, Web会員 PRO-1, アプリ会員 ver.3.2) is none.
 */
const WEB_MEMBER_LOGIN =
  /(?:[Ww]eb|WEB|ネット|オンライン|アプリ)会員(?:ID)?[ \t　]*(?:は|[:：])?[ \t　]*(?!v(?:er)?\.?\d)(?<secret>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+|[a-z]+\d+[a-z0-9]*)(?![A-Za-z0-9._@-])/dgu;

export const WEB_MEMBER_LOGINS: readonly PiiDetector[] = [gated(/会員/, patternDetector("PERSONAL_ID", WEB_MEMBER_LOGIN))];
