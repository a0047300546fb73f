import {
  APICallError,
  EmptyResponseBodyError,
  InvalidArgumentError,
  InvalidPromptError,
  InvalidResponseDataError,
  JSONParseError,
  LoadAPIKeyError,
  TypeValidationError,
  UnsupportedFunctionalityError,
} from "@ai-sdk/provider";
import { ProviderError, type ProviderErrorKind } from "../../errors.js";
import { describeProxy, type ProxyRoute } from "../http/proxy-settings.js";
import { TIMEOUT_CODES, transportCodeOf } from "../transport-codes.js";
import { parseRetryAfter } from "./retry-after.js";

interface FailureContext {
  /** `openai`, `anthropic`, …: the first word of every message. */
  provider: string;
  /** The signal the engine passed to generate(). */
  signal: AbortSignal;
  /** Values that must never appear in a message: the API key and credential headers. */
  secrets: string[];
  /** The proxy the call went through: a connection-level failure names it, since the target was never reached. */
  proxy?: ProxyRoute;
}

/**
 * An HTTP error answer as kurabe's own chat-completions client received it (the AI SDK's clients throw APICallError):
 * classified and scrubbed like theirs.
 */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly headers: Record<string, string>,
    /** The server's own message: the `error.message` of a JSON error body, or the body's text. */
    readonly detail: string,
  ) {
    super(`HTTP ${status}`);
    this.name = "HttpStatusError";
  }
}

/**
 * What to throw for a failed call: the user's own abort reason as it is (the engine stops, nothing to retry), or a
 * ProviderError whose kind comes from status codes, error classes and system error codes, never from message text.
 * The SDK's error is not kept as `cause`: it carries the request body (prompts, base64 images) into every log.
 */
export function callFailure(error: unknown, context: FailureContext): unknown {
  const { signal } = context;
  if (signal.aborted) {
    if (!isTimeout(signal.reason)) return signal.reason;
    return new ProviderError("timeout", `${context.provider}: no complete answer before the request timeout`);
  }
  // Our own checks (a truncated stream, an image in a system turn) throw before the provider is named.
  if (error instanceof ProviderError) {
    return new ProviderError(error.kind, `${context.provider}: ${error.message}`, {
      ...(error.status !== undefined ? { status: error.status } : {}),
      ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
      ...(error.transportCode !== undefined ? { transportCode: error.transportCode } : {}),
      ...(error.proxy !== undefined ? { proxy: error.proxy } : {}),
    });
  }
  // Scrub before shortening, so a key cut in half by the excerpt cannot survive.
  const clean = (text: string) => excerpt(scrub(text, context.secrets));
  const { kind, detail, status, retryAfterMs, transportCode, proxy } = classify(error, clean, context.proxy);
  return new ProviderError(kind, `${context.provider}: ${detail}`, {
    ...(status !== undefined ? { status } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(transportCode !== undefined ? { transportCode } : {}),
    ...(proxy !== undefined ? { proxy } : {}),
  });
}

/** AbortSignal.timeout() aborts with a TimeoutError DOMException; any other reason is a deliberate stop. */
function isTimeout(reason: unknown): boolean {
  return reason instanceof DOMException && reason.name === "TimeoutError";
}

interface Classified {
  kind: ProviderErrorKind;
  detail: string;
  status?: number;
  retryAfterMs?: number;
  transportCode?: string;
  proxy?: string;
}

function classify(error: unknown, clean: (text: string) => string, proxy: ProxyRoute | undefined): Classified {
  if (APICallError.isInstance(error)) return classifyApiCall(error, clean, proxy);
  if (error instanceof HttpStatusError) return classifyStatus(error.status, error.headers, clean(error.detail));
  const code = transportCodeOf(error);
  if (code !== undefined) return connectionFailure(code, proxy);
  if (
    JSONParseError.isInstance(error) ||
    TypeValidationError.isInstance(error) ||
    InvalidResponseDataError.isInstance(error) ||
    EmptyResponseBodyError.isInstance(error)
  ) {
    return { kind: "protocol", detail: `the response does not follow the protocol (${error.name})` };
  }
  if (UnsupportedFunctionalityError.isInstance(error)) return { kind: "unsupported", detail: clean(error.message) };
  if (LoadAPIKeyError.isInstance(error)) return { kind: "auth", detail: "no API key" };
  if (InvalidPromptError.isInstance(error) || InvalidArgumentError.isInstance(error)) {
    return { kind: "bad_request", detail: clean(error.message) };
  }
  const streamed = streamedErrorType(error);
  if (streamed !== undefined) {
    return {
      kind: STREAMED_ERROR_KINDS[streamed.type] ?? "server",
      detail: `error event in the stream (${streamed.type}): ${clean(streamed.message)}`,
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { kind: "protocol", detail: `unexpected failure: ${clean(text)}` };
}

function classifyApiCall(error: APICallError, clean: (text: string) => string, proxy: ProxyRoute | undefined): Classified {
  // A transport failure wins over the status: a body cut off mid-stream arrives as an "HTTP 200" error.
  const code = transportCodeOf(error.cause);
  const status = error.statusCode;
  if (code !== undefined) return connectionFailure(code, proxy);
  if (status === undefined) return { kind: "network", detail: `${connectionTo(proxy)} failed (no response)` };
  // A 2xx that failed anyway: the body did not parse or did not match the schema.
  if (status < 400) {
    return { kind: "protocol", detail: `HTTP ${status} with a response that does not follow the protocol`, status };
  }
  return classifyStatus(status, error.responseHeaders, clean(error.message));
}

function classifyStatus(status: number, headers: Record<string, string> | undefined, detail: string): Classified {
  const retryAfterMs = parseRetryAfter(headers);
  return {
    kind: kindForStatus(status),
    detail: `HTTP ${status}: ${detail}`,
    status,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
}

function connectionFailure(code: string, proxy: ProxyRoute | undefined): Classified {
  return {
    kind: TIMEOUT_CODES.has(code) ? "timeout" : "network",
    detail: `${connectionTo(proxy)} failed (${code})`,
    transportCode: code,
    ...(proxy ? { proxy: describeProxy(proxy) } : {}),
  };
}

/** Through a proxy the target is never reached directly: the proxy is what refused, timed out or was not found. */
function connectionTo(proxy: ProxyRoute | undefined): string {
  return proxy ? `connection through the proxy ${describeProxy(proxy)}` : "connection";
}

export function kindForStatus(status: number): ProviderErrorKind {
  if (status === 429) return "rate_limit";
  if (status === 408 || status >= 500) return "server";
  if (status === 401 || status === 403) return "auth";
  return "bad_request";
}

/**
 * Error events inside a stream arrive as the provider's plain error object: Anthropic `{type, message}`, OpenAI
 * `{message, type, code}`. Their `type` names the failure (https://docs.anthropic.com/en/api/errors).
 */
const STREAMED_ERROR_KINDS: Record<string, ProviderErrorKind> = {
  rate_limit_error: "rate_limit",
  overloaded_error: "server",
  api_error: "server",
  server_error: "server",
  authentication_error: "auth",
  permission_error: "auth",
  invalid_request_error: "bad_request",
};

function streamedErrorType(error: unknown): { type: string; message: string } | undefined {
  if (typeof error !== "object" || error === null || error instanceof Error) return undefined;
  const { type, message } = error as { type?: unknown; message?: unknown };
  if (typeof type !== "string") return undefined;
  return { type, message: typeof message === "string" ? message : "" };
}

/** The provider's own words, one line and short: enough to act on, never a request echo. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

function scrub(text: string, secrets: string[]): string {
  let clean = text;
  for (const secret of secrets) {
    if (secret.length > 0) clean = clean.split(secret).join("[redacted]");
  }
  return clean;
}
