import { gated, onItsLine, patternDetector, type PiiDetector } from "../detector.js";

/**
 * The secret an authenticator app is set up with (2FAのシークレット JBSWY3DPEHPK3PXP, TOTP setup key: ABCD 2345 EFGH 6723):
 * whoever has it makes the account's codes. Base32 (capitals and the digits 2 to 7), sixteen or thirty-two characters,
 * perhaps in groups of four, a digit among them, on a line that names two-factor sign-in. A product code or a word in
 * capitals on such a line has a 0, 1, 8 or 9, or no digit, or another length.
 */
const BASE32_SECRET = /(?<![A-Za-z0-9])(?<secret>[A-Z2-7]{32}|[A-Z2-7]{16}|[A-Z2-7]{4}(?:[ -][A-Z2-7]{4}){3}(?:(?:[ -][A-Z2-7]{4}){4})?)(?![A-Za-z0-9]|[ -][A-Z2-7])/dg;
const TWO_FACTOR = /2FA|2段階|二段階|二要素|2要素|TOTP|MFA|認証アプリ|[Aa]uthenticator|[Tt]wo-factor|OTP/;

export const AUTHENTICATOR_SECRETS: readonly PiiDetector[] = [
  gated(
    TWO_FACTOR,
    patternDetector("SECRET", BASE32_SECRET, (match, shadow) => /[2-7]/.test(match.groups!.secret!) && TWO_FACTOR.test(onItsLine(shadow, match.index))),
  ),
];
