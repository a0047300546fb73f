import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * An app's user id in a log line, a crash report's breadcrumb or a JSON event, after its user field (user.id=u_7be3f09a,
 * user_id: 88120451, "userId": "a9f3c2d1", uid=U-004417, sub=auth0|5f7c2a, account_id=acc_29f1c0; a small shop's
 * "merchant_id":"M-00847213", its owner's): the field names the person the line is about. The value holds a digit and
 * is six characters or more, so a role (user=admin), a count
 * (uid=0) or a flag stays; a field of a thing (recipeId=, orderId=, sessionId=) is no user's.
 */
const USER_FIELD_VALUE = new RegExp(
  String.raw`(?<![A-Za-z0-9_.-])["']?(?:user(?:[._]?(?:id|ID|Id))?|userId|uid|UID|sub|account[._]?(?:id|ID|Id)|accountId|customer[._]?(?:id|ID|Id)|customerId|merchant[._]?(?:id|ID|Id)|merchantId)["']?[ \t]*[=:][ \t]*["']?(?<secret>[A-Za-z0-9][A-Za-z0-9_.:|-]{4,62}[A-Za-z0-9])(?![A-Za-z0-9_@-]|\.[A-Za-z0-9])`,
  "dg",
);

const isOpaqueId = (match: RegExpExecArray): boolean => /\d/.test(match.groups!.secret!);

/**
 * A sign-in subject by its provider's prefix and its provider's shape, wherever it stands (a list of affected accounts,
 * an auth log): a LINE user id (line:U4f2a9c07be18d3e5), an Apple one (apple:000812.4d7e9a.0331), a Google or a
 * Facebook number (google:108236651120374856221, facebook:10158812334), Auth0's provider|id (auth0|5f7c2a0e91b3,
 * google-oauth2|1082366511203). Each names one person at the provider; a line number (line:42) or a version has
 * none of these shapes.
 */
const PROVIDER_SUBJECT =
  /(?<![A-Za-z0-9_.-])(?:line:U[0-9a-f]{10,32}|apple:\d{6}\.[0-9a-f]{6,32}\.\d{4}|(?:google|facebook):\d{8,21}|auth0\|[0-9a-f]{12,24}|(?:google-oauth2|facebook|line|apple)\|[A-Za-z0-9.]{8,40})(?![A-Za-z0-9_.-])/dg;

/**
 * An app's user id by its type prefix, as Stripe-style APIs write their ids (usr_4Tq9Lm2Z, cus_N4x7Qa91Lk, acct_1Pq2Rs3T):
 * the prefix says the id is a person's account wherever it stands. Letters and digits both, eight or more: a column or
 * a folder named so (usr_local, cus_table) has no digit. A sentence's full stop may close it (His user ID stays
 * usr_8Kq…); a dot with more after it joins a file's or a host's name.
 */
const USER_ID_PREFIXES = "(?:usr|user|cus|acct|uid|mbr|member)_";
const PREFIXED_USER_ID = new RegExp(String.raw`(?<![A-Za-z0-9_.\/-])${USER_ID_PREFIXES}(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{8,40}(?![A-Za-z0-9_\/-]|\.[A-Za-z0-9])`, "dg");

/**
 * A device's ID after its label (Device ID dvc_8c2f41ea907b, device_id: 3F2A-99C1-…, 端末ID A7X-22019-KQ): a fraud or a
 * chargeback note ties the device to its holder. Eight characters or more, holding a digit and a letter; a model's name
 * (Device: iPhone 15) has no ID's word.
 */
const DEVICE_ID = new RegExp(
  String.raw`(?<![A-Za-z])(?:[Dd]evice[ _]?(?:ID|Id|id)|DEVICE[ _]ID|端末ID|デバイスID|端末識別番号)[ \t]*(?:[:：=#]|は)?[ \t]*["']?(?<secret>(?=[A-Za-z0-9_:-]*\d)(?=[0-9_:-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9_:-]{6,62}[A-Za-z0-9])(?![A-Za-z0-9_@-]|\.[A-Za-z0-9])`,
  "dg",
);

export const APP_USER_IDS: readonly PiiDetector[] = [
  gated(new RegExp(USER_ID_PREFIXES), patternDetector("PERSONAL_ID", PREFIXED_USER_ID)),
  gated(/user|uid|UID|sub|account|customer|merchant/, patternDetector("PERSONAL_ID", USER_FIELD_VALUE, isOpaqueId)),
  gated(/line|apple|google|facebook|auth0/, patternDetector("PERSONAL_ID", PROVIDER_SUBJECT)),
  gated(/[Dd]evice|DEVICE|端末|デバイス/, patternDetector("PERSONAL_ID", DEVICE_ID)),
];
