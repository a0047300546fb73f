import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A private key in PEM, armour and all (-----BEGIN EC PRIVATE KEY-----MHcC…-----END EC PRIVATE KEY-----, an RSA's, an
 * OpenSSH's, a PKCS#8 ENCRYPTED one), on its lines or pasted into one cell or line with its breaks lost: masked whole,
 * as the armour beside a masked body still says what was there. A certificate's or a public key's block is public, and
 * stays. A block cut off before its END line is masked to the body's end. An encrypted PKCS#1 key's header lines
 * (Proc-Type: 4,ENCRYPTED, DEK-Info: AES-128-CBC,…) are the block's too, read by their shape so that a block on one
 * line keeps its body: their colons and hyphens would end it.
 */
const ENCRYPTION_HEADERS = String.raw`(?:\s*Proc-Type:[ \t]*\d+,[A-Z-]+)?(?:\s*DEK-Info:[ \t]*[A-Za-z0-9-]+(?:,[0-9A-Fa-f]+)?)?`;
const PEM_PRIVATE_KEY = new RegExp(
  String.raw`-----BEGIN (?<kind>(?:[A-Z0-9]+ )*)PRIVATE KEY-----${ENCRYPTION_HEADERS}[\s\S]*?(?:-----END \k<kind>PRIVATE KEY-----|(?=[^A-Za-z0-9+/=\s]|$))`,
  "dg",
);

export const PEM_PRIVATE_KEYS: readonly PiiDetector[] = [gated(/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/, patternDetector("API_KEY", PEM_PRIVATE_KEY))];
