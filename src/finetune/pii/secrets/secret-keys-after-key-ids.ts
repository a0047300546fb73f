import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A storage secret key written after its access key id, a slash, a colon or a space between (AKIA… / wJal…, ASIA…:
 * …): the pair signs requests as the account, and the secret is copied short or long as often as at its forty
 * characters. Base64 of thirty characters or more, upper case, lower case and a digit mixed.
 */
const SECRET_AFTER_KEY_ID =
  /(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])[ \t]*[/:,|]?[ \t]*(?<secret>(?=[A-Za-z0-9/+]*[A-Z])(?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*\d)[A-Za-z0-9/+]{30,44})(?![A-Za-z0-9/+=])/dg;

export const SECRET_KEYS_AFTER_KEY_IDS: readonly PiiDetector[] = [gated(/AKIA|ASIA/, patternDetector("API_KEY", SECRET_AFTER_KEY_ID))];
