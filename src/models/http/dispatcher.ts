import { createRequire } from "node:module";
import type { Agent, Dispatcher, EnvHttpProxyAgent } from "undici";
import { readProxySettings, type ProxySettings } from "./proxy-settings.js";
import { SocketLanes } from "./socket-lanes.js";

type Env = Readonly<Record<string, string | undefined>>;

interface HttpTransport {
  dispatcher: Dispatcher;
  proxies: ProxySettings;
}

/**
 * Undici is loaded when the first model is created: commands that build no model (report, view) never pay for it.
 * Without a proxy, EnvHttpProxyAgent would send everything through a plain Agent with the same options, so that Agent
 * is made directly, from its own file: the package's index also loads fetch, WebSocket, EventSource, the cache and
 * mock agents (45 ms of CPU at every `kurabe run` start, bench/README.md). undici is pinned exactly and has no export
 * map; a proxy needs the index (it adds the `connect` that ProxyAgent calls to every dispatcher).
 */
const require = createRequire(import.meta.url);
const loadPlainAgent = () => require("undici/lib/dispatcher/agent.js") as typeof Agent;
const loadProxyAgent = () => (require("undici") as { EnvHttpProxyAgent: typeof EnvHttpProxyAgent }).EnvHttpProxyAgent;

/** One connection pool per set of proxy settings: a run sends thousands of requests to a few hosts. */
const transports = new Map<string, HttpTransport>();

/**
 * The shared connection pool (AI SDK models, embeddings, downloads; an openai-compatible model has lanes of its own:
 * laneTransport): undici, with HTTP(S)_PROXY and NO_PROXY honoured (companies often reach APIs only through a proxy). Throws a ConfigError naming the variable when a proxy URL is malformed.
 * Undici's own header and body timeouts are off: the engine's timeout, through the abort signal, is the one limit,
 * and a model may think for minutes before its first byte.
 */
export function httpTransport(env: Env): HttpTransport {
  const proxies = readProxySettings(env);
  const key = JSON.stringify(proxies);
  let transport = transports.get(key);
  if (!transport) {
    transport = { dispatcher: newAgent(proxies, undefined), proxies };
    transports.set(key, transport);
  }
  return transport;
}

/**
 * A pool of its own for a caller that never has more than `connections` requests in flight (a model's concurrency):
 * one socket per request in flight, each reused as soon as its answer ended (SocketLanes), proxies as httpTransport.
 * Without a cap a client that sends its next request at once opened a second socket per stream (undici reuses a
 * socket only a loop turn after its answer: 256 for 128 streams, bench/README.md).
 */
export function laneTransport(env: Env, connections: number): { dispatcher: SocketLanes; proxies: ProxySettings } {
  const proxies = readProxySettings(env);
  return { dispatcher: new SocketLanes(connections, () => newAgent(proxies, 1, LANE_PIPELINING)), proxies };
}

/**
 * A lane's socket never carries two requests at once (SocketLanes hands it one at a time, and undici never writes a
 * POST while another request runs on the socket), but with pipelining above 1 undici writes a request that was handed
 * over while the last answer was ending at once, as that answer completes (lib/dispatcher/client-h1.js,
 * onMessageComplete; 7.30), where at 1 it waits for the check phase of the loop.
 */
const LANE_PIPELINING = 2;

function newAgent(proxies: ProxySettings, connections: number | undefined, pipelining?: number): Dispatcher {
  const options = {
    headersTimeout: 0,
    bodyTimeout: 0,
    ...(connections !== undefined ? { connections } : {}),
    ...(pipelining !== undefined ? { pipelining } : {}),
  };
  if (!proxies.http && !proxies.https) return new (loadPlainAgent())(options);
  return new (loadProxyAgent())({
    // An empty string, not undefined, where there is no proxy: undici would read process.env instead.
    httpProxy: proxies.http?.url ?? "",
    httpsProxy: proxies.https?.url ?? "",
    noProxy: proxies.noProxy,
    ...options,
  });
}
