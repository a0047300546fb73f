/**
 * Errors are values with a stable code. The CLI maps codes to exit statuses in one place (src/cli/exit-codes.ts);
 * nothing decides behaviour by matching message text.
 */
export type ErrorCode =
  | "config" // kurabe.yaml or a data file is invalid: exit 2
  | "input" // a command-line argument or referenced file is invalid: exit 2
  | "provider" // a model call failed (see ProviderError.kind)
  | "sandbox" // code execution is unavailable or failed to start
  | "scorer" // a user's scorer module failed on one answer (threw, or returned no score in [0, 1])
  | "store" // the SQLite store is unreadable or from a newer version
  | "download" // a model download failed
  | "interrupted" // the user stopped the run
  | "internal";

export interface ErrorLocation {
  file?: string;
  line?: number;
  /** 1-based column, for syntax errors where the line alone is not enough. */
  column?: number;
  field?: string;
}

/** What an error's classes are called, read by `instanceof` in any copy of kurabe's modules (a global symbol). */
const CLASSES = Symbol.for("kurabe.error-classes");

export class KurabeError extends Error {
  /** The name `instanceof` knows the class by in another copy of kurabe's modules; a subclass that needs that has its own. */
  static readonly brand: string = "KurabeError";

  /**
   * `instanceof` that holds across copies of kurabe's modules in one process: the CLI runs an esbuild bundle, and a
   * scorer or provider module that imports KurabeError from "kurabe" gets the package's own copy (loaded afresh with
   * the module, each run). An error from any copy is an instance of each class it was made from, by brand.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (!Object.hasOwn(this, "brand") || typeof value !== "object" || value === null) return false;
    const classes = (value as { [CLASSES]?: unknown })[CLASSES];
    return Array.isArray(classes) && classes.includes(this.brand);
  }

  get [CLASSES](): string[] {
    const classes: string[] = [];
    for (let type: unknown = this.constructor; typeof type === "function" && type !== Error; type = Object.getPrototypeOf(type)) {
      if (Object.hasOwn(type, "brand")) classes.push((type as typeof KurabeError).brand);
    }
    return classes;
  }

  readonly code: ErrorCode;
  readonly location: ErrorLocation;

  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "KurabeError";
    this.code = code;
    this.location = location;
  }

  /** One line a user can act on: `file:line: field: message` (`file:line:column` when the column is known). */
  describe(): string {
    const { file, line, column, field } = this.location;
    const position = line === undefined ? "" : column === undefined ? `:${line}` : `:${line}:${column}`;
    const where = [file && `${file}${position}`, field].filter(Boolean).join(": ");
    return where ? `${where}: ${this.message}` : this.message;
  }
}

/** Invalid configuration or data: always names the file, and the line and field when known. */
export class ConfigError extends KurabeError {
  static override readonly brand: string = "ConfigError";

  constructor(message: string, location: ErrorLocation = {}, options?: { cause?: unknown }) {
    super("config", message, location, options);
    this.name = "ConfigError";
  }
}

/**
 * Why a model call failed, from the provider's status code or the transport, never from message text.
 * `rate_limit`, `server`, `timeout`, `network` and `protocol` are infrastructure failures: retried, then recorded as
 * infrastructure errors, never scored. `auth` and `bad_request` are not retried: the same request cannot succeed.
 */
export type ProviderErrorKind =
  | "rate_limit"
  | "server"
  | "timeout"
  | "network"
  | "protocol"
  | "auth"
  | "bad_request"
  | "unsupported";

export class ProviderError extends KurabeError {
  static override readonly brand: string = "ProviderError";
  readonly kind: ProviderErrorKind;
  readonly status?: number;
  /** Server-requested wait (Retry-After / retry-after-ms), in milliseconds. */
  readonly retryAfterMs?: number;
  /**
   * The transport's own code when the call failed below HTTP (Node's `ECONNREFUSED`, undici's `UND_ERR_*`, an OpenSSL
   * certificate code): the engine tells a dead endpoint from a passing fault by it (src/engine/connection-failure.ts).
   */
  readonly transportCode?: string;
  /** The proxy a connection-level failure happened at (`http://proxy:8080 (HTTPS_PROXY)`): the target was never reached. */
  readonly proxy?: string;

  constructor(
    kind: ProviderErrorKind,
    message: string,
    details: { status?: number; retryAfterMs?: number; transportCode?: string; proxy?: string; cause?: unknown } = {},
  ) {
    super("provider", message, {}, { cause: details.cause });
    this.name = "ProviderError";
    this.kind = kind;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
    if (details.transportCode !== undefined) this.transportCode = details.transportCode;
    if (details.proxy !== undefined) this.proxy = details.proxy;
  }

  get retryable(): boolean {
    return ["rate_limit", "server", "timeout", "network", "protocol"].includes(this.kind);
  }
}
