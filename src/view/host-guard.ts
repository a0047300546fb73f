import net from "node:net";

/**
 * The Host header values a dashboard bound to `host:port` answers. A page on another site can make a browser send
 * requests to 127.0.0.1 by pointing its own DNS name there (DNS rebinding); the browser then sends that name as the
 * Host, so anything but the bound address (or `localhost` on a loopback address) is refused. An IP literal cannot
 * be rebound, so a dashboard bound to every interface (0.0.0.0, ::) answers any IP literal on its port.
 */
export function allowedHosts(host: string, port: number): (header: string | undefined) => boolean {
  const names = new Set([hostForUrl(host).toLowerCase()]);
  if (isLoopback(host)) names.add("localhost");
  const wildcard = host === "0.0.0.0" || host === "::";
  return (header) => {
    if (header === undefined) return false;
    const parsed = splitHost(header.toLowerCase());
    if (!parsed || parsed.port !== port) return false;
    if (names.has(parsed.name)) return true;
    return wildcard && (net.isIP(parsed.name.replace(/^\[|\]$/g, "")) !== 0 || parsed.name === "localhost");
  };
}

/** The host as it appears in a URL: IPv6 addresses in brackets. */
export function hostForUrl(host: string): string {
  return net.isIPv6(host) ? `[${host}]` : host;
}

export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** `name:port`; browsers leave the port out only when it is HTTP's default, 80. */
function splitHost(value: string): { name: string; port: number } | null {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(value);
  return match ? { name: match[1]!, port: match[2] === undefined ? 80 : Number(match[2]) } : null;
}
