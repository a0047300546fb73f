import { ConfigError } from "../../errors.js";

type Env = Readonly<Record<string, string | undefined>>;

/** A proxy as messages may name it: its origin without credentials, and the variable it came from. */
export interface ProxyRoute {
  origin: string;
  variable: string;
}

/** A proxy as messages name it: its origin (no credentials) and the variable that set it. */
export const describeProxy = (proxy: ProxyRoute): string => `${proxy.origin} (${proxy.variable})`;

export interface ProxySettings {
  http?: { url: string; route: ProxyRoute };
  https?: { url: string; route: ProxyRoute };
  noProxy: string;
}

/**
 * The proxy variables as undici's EnvHttpProxyAgent reads them (lower case before upper case; HTTPS_PROXY falls back
 * to HTTP_PROXY), checked here so that a malformed one stops kurabe with the variable's name instead of failing every
 * request later.
 */
export function readProxySettings(env: Env): ProxySettings {
  const http = proxyFrom(env, ["http_proxy", "HTTP_PROXY"]);
  const https = proxyFrom(env, ["https_proxy", "HTTPS_PROXY"]) ?? http;
  return {
    ...(http ? { http } : {}),
    ...(https ? { https } : {}),
    noProxy: env.no_proxy ?? env.NO_PROXY ?? "",
  };
}

function proxyFrom(env: Env, variables: string[]): ProxySettings["http"] {
  const variable = variables.find((name) => env[name] !== undefined && env[name] !== "");
  if (variable === undefined) return undefined;
  const value = env[variable]!;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError("not a URL: expected a proxy like http://proxy.example.com:8080", { field: variable });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`a proxy URL starts with http:// or https:// (got ${url.protocol}//)`, { field: variable });
  }
  return { url: value, route: { origin: url.origin, variable } };
}

const DEFAULT_PORTS: Record<string, number> = { "http:": 80, "https:": 443 };

/**
 * The proxy a request to `target` goes through, or undefined when it goes direct: the rule of undici's
 * EnvHttpProxyAgent (lib/dispatcher/env-http-proxy-agent.js, undici 7.30), repeated only to name the proxy in
 * connection errors; test/models/http checks both agree.
 */
export function proxyFor(settings: ProxySettings, target: URL): ProxyRoute | undefined {
  const proxy = target.protocol === "https:" ? settings.https : settings.http;
  if (!proxy) return undefined;
  const hostname = target.host.replace(/:\d*$/, "").toLowerCase();
  const port = Number.parseInt(target.port, 10) || DEFAULT_PORTS[target.protocol] || 0;
  const entries = settings.noProxy.split(/[,\s]/).filter((entry) => entry.length > 0);
  if (entries.length === 0) return proxy.route;
  if (settings.noProxy === "*") return undefined;
  for (const entry of entries) {
    const parsed = /^(.+):(\d+)$/.exec(entry);
    const host = (parsed ? parsed[1]! : entry).replace(/^\*?\./, "").toLowerCase();
    const entryPort = parsed ? Number.parseInt(parsed[2]!, 10) : 0;
    if (entryPort && entryPort !== port) continue;
    if (hostname === host || hostname.endsWith(`.${host}`)) return undefined;
  }
  return proxy.route;
}
