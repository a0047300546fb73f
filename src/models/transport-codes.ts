/**
 * Error codes of a call that failed below HTTP, as Node (libuv, DNS, TLS) and undici set them on the error or along
 * its `cause` chain (fetch wraps them: TypeError → cause → SocketError). One list for every HTTP client kurabe uses.
 */

/** Connection-level socket and DNS failures (undici/lib/core/errors.js, Node's libuv and dns errors). */
const NETWORK_CODES = [
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_ABORTED",
];

export const TIMEOUT_CODES: ReadonlySet<string> = new Set([
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);

/**
 * TLS handshake failures: Node's names for OpenSSL's certificate verification results (X509_V_ERR_* without the
 * prefix, node/src/crypto/crypto_common.cc), its host name check, and EPROTO (e.g. https:// against a plain-HTTP port).
 */
export const TLS_CODES: ReadonlySet<string> = new Set([
  "EPROTO",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "ERR_SSL_WRONG_VERSION_NUMBER",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_SIGNATURE_FAILURE",
  "CERT_REVOKED",
  "CERT_UNTRUSTED",
  "CERT_REJECTED",
  "HOSTNAME_MISMATCH",
]);

const TRANSPORT_CODES: ReadonlySet<string> = new Set([...NETWORK_CODES, ...TIMEOUT_CODES, ...TLS_CODES]);

/** The first transport error code along the cause chain, or undefined when the failure is not a transport one. */
export function transportCodeOf(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  for (let current = error; typeof current === "object" && current !== null && !seen.has(current); ) {
    seen.add(current);
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === "string" && TRANSPORT_CODES.has(code)) return code;
    current = cause;
  }
  return undefined;
}
