import { createRequire } from "node:module";
import type { Dispatcher, EnvHttpProxyAgent } from "undici";
import { readProxySettings, type ProxySettings } from "./proxy-settings.js";

type Env = Readonly<Record<string, string | undefined>>;

export interface HttpTransport {
  dispatcher: Dispatcher;
  proxies: ProxySettings;
}

/** Undici is loaded when the first model is created: commands that build no model (report, view) never pay for it. */
const require = createRequire(import.meta.url);
const loadAgent = () => (require("undici") as { EnvHttpProxyAgent: typeof EnvHttpProxyAgent }).EnvHttpProxyAgent;

/** One connection pool per set of proxy settings: a run sends thousands of requests to a few hosts. */
const transports = new Map<string, HttpTransport>();

export interface TransportOptions {
  /**
   * Sockets per origin at most, for a caller that never has more requests in flight (a model's concurrency): a pool
   * of its own, which queues a request until a socket is free. Undici reuses a socket only a full event-loop turn
   * after its answer ended, so without a cap a client that sends its next request at once opens a second socket per
   * stream (256 for 128 streams, bench/README.md). By default the shared, unbounded pool.
   */
  connections?: number;
}

/**
 * The connection pool every model call goes through: undici, with HTTP(S)_PROXY and NO_PROXY honoured (companies
 * often reach APIs only through a proxy). Throws a ConfigError naming the variable when a proxy URL is malformed.
 * Undici's own header and body timeouts are off: the engine's timeout, through the abort signal, is the one limit,
 * and a model may think for minutes before its first byte.
 */
export function httpTransport(env: Env, options: TransportOptions = {}): HttpTransport {
  const proxies = readProxySettings(env);
  if (options.connections !== undefined) return { dispatcher: newAgent(proxies, options.connections), proxies };
  const key = JSON.stringify(proxies);
  let transport = transports.get(key);
  if (!transport) {
    transport = { dispatcher: newAgent(proxies, undefined), proxies };
    transports.set(key, transport);
  }
  return transport;
}

function newAgent(proxies: ProxySettings, connections: number | undefined): Dispatcher {
  const Agent = loadAgent();
  return new Agent({
    // An empty string, not undefined, where there is no proxy: undici would read process.env instead.
    httpProxy: proxies.http?.url ?? "",
    httpsProxy: proxies.https?.url ?? "",
    noProxy: proxies.noProxy,
    headersTimeout: 0,
    bodyTimeout: 0,
    ...(connections !== undefined ? { connections } : {}),
  });
}
