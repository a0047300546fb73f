import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { KurabeError, ProviderError, type ProviderErrorKind } from "../../errors.js";
import { httpTransport } from "../../models/http/dispatcher.js";
import { describeProxy, proxyFor, type ProxyRoute } from "../../models/http/proxy-settings.js";

const DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1";

export interface FineTuneClientOptions {
  /** Defaults to the environment variable `apiKeyEnv` (OPENAI_API_KEY). Never printed or written anywhere. */
  apiKey?: string;
  apiKeyEnv?: string;
  /** Defaults to OPENAI_BASE_URL, then https://api.openai.com/v1. */
  baseURL?: string;
  maxRetries?: number;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

/** The SDK client plus what error messages need: the URL it talks to, and the key to keep out of them. */
export interface FineTuneClient {
  openai: OpenAI;
  baseURL: string;
  /** Wraps any SDK failure in a KurabeError that names the URL and never contains the key. */
  fail(error: unknown, doing: string): KurabeError;
}

export function createFineTuneClient(options: FineTuneClientOptions = {}): FineTuneClient {
  const env = options.env ?? process.env;
  const keyEnv = options.apiKeyEnv ?? "OPENAI_API_KEY";
  const apiKey = options.apiKey ?? env[keyEnv];
  if (apiKey === undefined || apiKey.trim() === "") {
    throw new KurabeError("input", `no OpenAI API key: set ${keyEnv}`, { field: keyEnv });
  }
  const baseURL = (options.baseURL ?? env["OPENAI_BASE_URL"] ?? DEFAULT_OPENAI_BASE_URL).replace(/\/+$/, "");
  // kurabe's connection pool, as every model's: HTTP(S)_PROXY and NO_PROXY honoured (a malformed one is a ConfigError
  // naming the variable), where the SDK's fetch would go direct. Node's own fetch keeps the SDK's file uploads (it
  // refuses a fetch that cannot send the global FormData), with the pool as its dispatcher, as the SDK documents.
  const transport = httpTransport(env);
  const proxy = URL.canParse(baseURL) ? proxyFor(transport.proxies, new URL(baseURL)) : undefined;
  const openai = new OpenAI({
    apiKey,
    baseURL,
    fetchOptions: { dispatcher: transport.dispatcher },
    maxRetries: options.maxRetries ?? 2,
    timeout: options.timeoutMs ?? 60_000,
    // The SDK otherwise reads OPENAI_ORG_ID / OPENAI_PROJECT_ID from the environment; keep the request to what we set.
    organization: null,
    project: null,
  });
  return { openai, baseURL, fail: (error, doing) => toKurabeError(error, doing, baseURL, apiKey, proxy) };
}

function kindFor(status: number): ProviderErrorKind {
  if (status === 401 || status === 403) return "auth";
  if (status === 429) return "rate_limit";
  if (status >= 500) return "server";
  return "bad_request";
}

/** `proxy`: the one the requests went through; a connection that failed failed there, the API was never reached. */
function toKurabeError(error: unknown, doing: string, baseURL: string, apiKey: string, proxy?: ProxyRoute): KurabeError {
  if (error instanceof KurabeError) return error;
  const clean = (text: string) => redact(text, apiKey);
  if (error instanceof APIUserAbortError) return new KurabeError("interrupted", `${doing}: stopped by the user`);
  if (error instanceof APIConnectionTimeoutError) {
    return new ProviderError("timeout", `${doing}: no answer from the OpenAI API at ${baseURL} in time`);
  }
  if (error instanceof APIConnectionError) {
    const cause = (error.cause as NodeJS.ErrnoException | undefined)?.cause as NodeJS.ErrnoException | undefined;
    const code = cause?.code ?? (error.cause as NodeJS.ErrnoException | undefined)?.code;
    const via = proxy ? ` through the proxy ${describeProxy(proxy)}` : "";
    return new ProviderError("network", `${doing}: cannot reach the OpenAI API at ${baseURL}${via}${code ? ` (${code})` : ""}`, {
      ...(proxy ? { proxy: describeProxy(proxy) } : {}),
    });
  }
  if (error instanceof APIError && typeof error.status === "number") {
    const body = error.error as { message?: unknown } | undefined;
    const detail = typeof body?.message === "string" ? body.message : error.message;
    const hint = error.status === 401 ? " (check the API key)" : "";
    return new ProviderError(kindFor(error.status), clean(`${doing}: ${baseURL} answered ${error.status}: ${detail}${hint}`), {
      status: error.status,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ProviderError("protocol", clean(`${doing}: ${message}`));
}

/** Removes every occurrence of the key (and of its longer prefixes that servers echo back) from a text. */
export function redact(text: string, apiKey: string): string {
  if (apiKey.length < 4) return text;
  let out = text.split(apiKey).join("[redacted]");
  // Servers echo partial keys such as `sk-abc1****wxyz`; drop anything that shares a 12-character prefix.
  if (apiKey.length >= 12) out = out.split(apiKey.slice(0, 12)).join("[redacted]");
  return out;
}
