import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A private key in PEM, armour and all (-----BEGIN EC PRIVATE KEY-----MHcC…-----END EC PRIVATE KEY-----, an RSA's, an
 * OpenSSH's, a PKCS#8 ENCRYPTED one), on its lines or pasted into one cell or line with its breaks lost: masked whole,
 * as the armour beside a masked body still says what was there. A certificate's or a public key's block is public, and
 * stays. A block cut off before its END line is masked to the body's end.
 */
const PEM_PRIVATE_KEY =
  /-----BEGIN (?<kind>(?:[A-Z0-9]+ )*)PRIVATE KEY-----[\s\S]*?(?:-----END \k<kind>PRIVATE KEY-----|(?=[^A-Za-z0-9+/=\s]|$))/dg;

export const PEM_PRIVATE_KEYS: readonly PiiDetector[] = [gated(/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/, patternDetector("API_KEY", PEM_PRIVATE_KEY))];
