import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A token's, a secret's or a key's value after a few words that say which one it is and a colon (The reset token seen in
 * the log (now expired): rst_6b1e…, the webhook secret we rotated: whsec_…, API key for staging: …): the words between
 * are small ones, perhaps an aside in brackets, and the value one run of letters and digits both, seventeen or more,
 * so a sentence's colon before a word, a date or a file's name (key points: …, token seen: 2026-11-05) stays.
 */
const DESCRIBED_KEY_VALUE =
  /(?<![A-Za-z])(?:[Tt]oken|[Ss]ecret|[Kk]ey)(?:[ \t]+[a-z]+){1,6}(?:[ \t]*\([^()\n]{1,24}\))?[ \t]*[:：][ \t]*(?<secret>[A-Za-z0-9][A-Za-z0-9_=+-]{15,}[A-Za-z0-9=])(?![A-Za-z0-9_=+/-]|\.[A-Za-z0-9])/dg;

/**
 * A service account's private key's id (Firebase service account private key id 7f3b…, "private_key_id": "…"): forty hex
 * digits that name the key in the provider's console, copied from the key's file with the key.
 */
const PRIVATE_KEY_ID = /(?<![A-Za-z])private[ _-]?key[ _-]?id["']?[ \t]*[:=]?[ \t]*["']?(?<secret>[0-9a-f]{40})(?![0-9A-Za-z])/dg;

/** Letters and digits both, and not a ticket's or an order's capitals in hyphened groups (SEC-2026-3310-A1). */
const keyShaped = (match: RegExpExecArray): boolean => {
  const value = match.groups!.secret!;
  return /\d/.test(value) && /[A-Za-z]/.test(value) && !/^[A-Z0-9]+(?:-[A-Z0-9]+)+$/.test(value);
};

export const DESCRIBED_KEY_DETECTORS: readonly PiiDetector[] = [
  gated(/(?:[Tt]oken|[Ss]ecret|[Kk]ey)[ \t]+[a-z][^\n]{0,80}?[:：][ \t]*[A-Za-z0-9][A-Za-z0-9_=+-]{7}/, patternDetector("API_KEY", DESCRIBED_KEY_VALUE, keyShaped)),
  gated(/private[ _-]?key[ _-]?id/, patternDetector("API_KEY", PRIVATE_KEY_ID)),
];
