const SECONDS = /^\d+(\.\d+)?$/;

/**
 * How long the server asked us to wait, in milliseconds. `retry-after-ms` (OpenAI, Azure) is more precise and wins;
 * `retry-after` is delay-seconds or an HTTP date (RFC 9110 §10.2.3). Unparseable or absent: undefined, and the
 * engine's own backoff applies. Names are lower-case, as fetch's Headers (and so the AI SDK) deliver them.
 */
export function parseRetryAfter(
  headers: Record<string, string> | undefined,
  now: number = Date.now(),
): number | undefined {
  const ms = headers?.["retry-after-ms"]?.trim();
  if (ms !== undefined && SECONDS.test(ms)) return Math.round(Number(ms));
  const value = headers?.["retry-after"]?.trim();
  if (value === undefined) return undefined;
  if (SECONDS.test(value)) return Math.round(Number(value) * 1000);
  // An HTTP date names its weekday and month; without letters it is neither form (Date.parse would accept "-1").
  if (!/[a-z]/i.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
