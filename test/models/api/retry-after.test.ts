import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "../../../src/models/api/retry-after.js";

const NOW = Date.parse("2026-11-28T12:00:00Z");

describe("parseRetryAfter", () => {
  it.each([
    ["delay-seconds", { "retry-after": "2" }, 2000],
    ["fractional seconds", { "retry-after": "1.5" }, 1500],
    ["an HTTP date", { "retry-after": "Sat, 28 Nov 2026 12:00:30 GMT" }, 30_000],
    ["an HTTP date in the past, as no wait", { "retry-after": "Sat, 28 Nov 2026 11:59:00 GMT" }, 0],
    ["retry-after-ms over retry-after", { "retry-after-ms": "250", "retry-after": "2" }, 250],
  ])("reads %s", (_, headers, expected) => {
    expect(parseRetryAfter(headers, NOW)).toBe(expected);
  });

  it.each([
    ["no headers", undefined],
    ["no retry header", { "content-type": "application/json" }],
    ["a negative number", { "retry-after": "-1" }],
    ["garbage", { "retry-after": "soon" }],
  ])("gives undefined for %s, leaving the wait to the engine's backoff", (_, headers) => {
    expect(parseRetryAfter(headers, NOW)).toBeUndefined();
  });
});
