import type { ModelConfig } from "../config/schema.js";
import { ProviderError } from "../errors.js";
import { TLS_CODES } from "../models/transport-codes.js";

/** Socket and DNS codes that say the endpoint cannot be reached at all (not a fault in one exchange). */
const UNREACHABLE: Readonly<Record<string, string>> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host name not found (DNS)",
  EAI_AGAIN: "host name not resolved (DNS unavailable)",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
};

/** What the common certificate verdicts mean, for the line that names a TLS failure. */
const CERTIFICATE_PROBLEMS: Readonly<Record<string, string>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's certificate is self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "a self-signed certificate in the server's chain",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's certificate is issued by an unknown authority",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "the server's certificate is issued by an unknown authority",
  CERT_HAS_EXPIRED: "the server's certificate has expired",
  ERR_TLS_CERT_ALTNAME_INVALID: "the server's certificate does not name this host",
};

/**
 * One line saying why no request to this model's endpoint can succeed, or undefined for a failure that may pass (a
 * reset, a 5xx, a 429, a timeout). Decided by transport and status codes only: refused, DNS, TLS, a refused key
 * (401/403), an unknown model or path (404).
 */
function describeConnectionFailure(error: ProviderError, config: ModelConfig): string | undefined {
  const endpoint = endpointOf(config);
  const code = error.transportCode;
  if (code !== undefined) {
    // Through a proxy the endpoint was never reached: the proxy refused, or its host was not found.
    if (UNREACHABLE[code]) return `cannot reach ${error.proxy ? `the proxy ${error.proxy}` : endpoint}: ${UNREACHABLE[code]}`;
    if (TLS_CODES.has(code)) {
      const problem = CERTIFICATE_PROBLEMS[code];
      // Node adds the certificates of NODE_EXTRA_CA_CERTS to its trusted ones: the way to trust a private authority.
      return problem
        ? `cannot reach ${endpoint}: TLS handshake failed: ${problem} (${code}); to trust a private authority, start kurabe with NODE_EXTRA_CA_CERTS=<its certificate file>`
        : `cannot reach ${endpoint}: TLS handshake failed (${code})`;
    }
    return undefined;
  }
  if (error.status === 401 || error.status === 403) return `${endpoint} refused the API key (HTTP ${error.status})`;
  if (error.status === 404) return `${endpoint} has no model "${config.model}" (HTTP 404): check model and baseURL`;
  return undefined;
}

function endpointOf(config: ModelConfig): string {
  return "baseURL" in config && config.baseURL ? config.baseURL : config.provider;
}

/** After this many connection-level failures in a row, a model's lane stops: its endpoint cannot answer. */
export const CONNECTION_FAILURES_TO_STOP = 3;

/**
 * Counts a lane's connection-level failures in a row (any answer resets it). At the limit the lane is stopped: no
 * more requests or retries, and `stopped` holds the failure, its message the one line to print.
 */
export class ConnectionBreaker {
  private consecutive = 0;
  stopped: ProviderError | undefined;

  constructor(
    private readonly config: ModelConfig,
    private readonly onStop: (reason: string) => void,
  ) {}

  failed(error: ProviderError): void {
    const reason = describeConnectionFailure(error, this.config);
    if (reason === undefined) {
      this.consecutive = 0;
      return;
    }
    if (++this.consecutive >= CONNECTION_FAILURES_TO_STOP && this.stopped === undefined) {
      this.stopped = new ProviderError(error.kind, reason, {
        ...(error.status !== undefined ? { status: error.status } : {}),
        ...(error.transportCode !== undefined ? { transportCode: error.transportCode } : {}),
        ...(error.proxy !== undefined ? { proxy: error.proxy } : {}),
      });
      this.onStop(reason);
    }
  }

  succeeded(): void {
    this.consecutive = 0;
  }
}
