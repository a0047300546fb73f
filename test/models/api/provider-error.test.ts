import { APICallError, InvalidPromptError, JSONParseError, TypeValidationError, UnsupportedFunctionalityError } from "@ai-sdk/provider";
import { describe, expect, it } from "vitest";
import { ProviderError, type ProviderErrorKind } from "../../../src/errors.js";
import { callFailure, kindForStatus } from "../../../src/models/api/provider-error.js";

const KEY = "sk-test-0123456789abcdef";
const context = (signal: AbortSignal = new AbortController().signal) => ({ provider: "openai", signal, secrets: [KEY] });

function apiCallError(statusCode: number | undefined, headers: Record<string, string> = {}, cause?: unknown) {
  return new APICallError({
    message: `upstream says no (key ${KEY})`,
    url: "http://127.0.0.1/v1/chat/completions",
    requestBodyValues: { messages: [{ role: "user", content: "a confidential prompt" }] },
    statusCode,
    responseHeaders: headers,
    cause,
  });
}

function failure(error: unknown, signal?: AbortSignal): ProviderError {
  const result = callFailure(error, context(signal));
  expect(result).toBeInstanceOf(ProviderError);
  return result as ProviderError;
}

describe("kindForStatus", () => {
  it.each<[number, ProviderErrorKind]>([
    [429, "rate_limit"],
    [500, "server"],
    [502, "server"],
    [503, "server"],
    [529, "server"],
    [408, "server"],
    [401, "auth"],
    [403, "auth"],
    [400, "bad_request"],
    [404, "bad_request"],
    [422, "bad_request"],
  ])("maps HTTP %i to %s", (status, kind) => {
    expect(kindForStatus(status)).toBe(kind);
  });
});

describe("callFailure", () => {
  it("keeps the status and the server's Retry-After from an HTTP error", () => {
    const error = failure(apiCallError(429, { "retry-after": "2" }));
    expect(error).toMatchObject({ kind: "rate_limit", status: 429, retryAfterMs: 2000, retryable: true });
  });

  it("leaves retryAfterMs undefined when the server named no wait", () => {
    expect(failure(apiCallError(429)).retryAfterMs).toBeUndefined();
  });

  it("never lets the key or the request body into the message, and keeps no SDK error as cause", () => {
    const error = failure(apiCallError(401));
    expect(error.kind).toBe("auth");
    expect(error.message).toContain("[redacted]");
    expect(error.message).not.toContain(KEY);
    expect(error.message).not.toContain("confidential");
    expect(error.cause).toBeUndefined();
    expect(JSON.stringify({ ...error, message: error.message, stack: error.stack })).not.toContain(KEY);
  });

  it("scrubs a key even where the excerpt would cut it in half", () => {
    const long = new APICallError({ message: `${"x".repeat(190)}${KEY}`, url: "u", requestBodyValues: {}, statusCode: 400 });
    expect(failure(long).message).not.toMatch(/sk-test-0123/);
  });

  it("calls a body cut off mid-stream a network error, although the SDK reports it as HTTP 200", () => {
    const cause = Object.assign(new TypeError("terminated"), {
      cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
    });
    expect(failure(apiCallError(200, {}, cause))).toMatchObject({ kind: "network" });
  });

  it("calls a refused connection a network error, from the error code", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
    expect(failure(apiCallError(undefined, {}, refused)).kind).toBe("network");
    expect(failure(Object.assign(new TypeError("fetch failed"), { cause: refused })).kind).toBe("network");
  });

  it("calls a transport timeout code a timeout", () => {
    const slow = Object.assign(new Error("Headers Timeout Error"), { code: "UND_ERR_HEADERS_TIMEOUT" });
    expect(failure(Object.assign(new TypeError("fetch failed"), { cause: slow })).kind).toBe("timeout");
  });

  it("calls unparseable or off-schema responses protocol errors", () => {
    expect(failure(new JSONParseError({ text: "{", cause: new SyntaxError("x") })).kind).toBe("protocol");
    expect(failure(new TypeValidationError({ value: {}, cause: new Error("x") })).kind).toBe("protocol");
    expect(failure(apiCallError(200, {}, new JSONParseError({ text: "{", cause: new SyntaxError("x") }))).kind).toBe("protocol");
  });

  it.each<[string, ProviderErrorKind]>([
    ["overloaded_error", "server"],
    ["rate_limit_error", "rate_limit"],
    ["api_error", "server"],
    ["invalid_request_error", "bad_request"],
    ["something_new", "server"],
  ])("reads the type of an error event inside a stream: %s is %s", (type, kind) => {
    expect(failure({ type, message: "Overloaded" }).kind).toBe(kind);
  });

  it("maps SDK errors about the request itself to kinds that are not retried", () => {
    expect(failure(new UnsupportedFunctionalityError({ functionality: "audio" })).kind).toBe("unsupported");
    expect(failure(new InvalidPromptError({ prompt: "p", message: "bad" })).kind).toBe("bad_request");
  });

  it("names the provider in kurabe's own errors", () => {
    const own = failure(new ProviderError("protocol", "the response stream ended without a finish reason (truncated)"));
    expect(own).toMatchObject({
      kind: "protocol",
      message: "openai: the response stream ended without a finish reason (truncated)",
    });
  });

  it("calls an abort by the timeout signal a timeout, whatever was thrown", () => {
    const controller = new AbortController();
    controller.abort(new DOMException("The operation was aborted due to timeout", "TimeoutError"));
    expect(failure(new DOMException("aborted", "AbortError"), controller.signal).kind).toBe("timeout");
  });

  it("hands a user's abort back as it is, so the engine stops instead of retrying", () => {
    const controller = new AbortController();
    const reason = new Error("stopped by the user");
    controller.abort(reason);
    expect(callFailure(new DOMException("aborted", "AbortError"), context(controller.signal))).toBe(reason);
  });
});
