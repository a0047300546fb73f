import { describe, expect, it } from "vitest";
import { ProviderError } from "../../src/errors.js";
import { retryDelayMs, withRetries } from "../../src/engine/retry-policy.js";

const config = { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 8000 };

describe("retryDelayMs", () => {
  it("grows exponentially with full jitter under the cap", () => {
    const error = new ProviderError("server", "503");
    expect(retryDelayMs(error, 1, config, () => 1)).toBe(1000);
    expect(retryDelayMs(error, 3, config, () => 1)).toBe(4000);
    expect(retryDelayMs(error, 10, config, () => 1)).toBe(8000);
    expect(retryDelayMs(error, 3, config, () => 0.5)).toBe(2000);
  });

  it("waits at least as long as Retry-After asks, even beyond the cap", () => {
    const error = new ProviderError("rate_limit", "429", { status: 429, retryAfterMs: 20_000 });
    expect(retryDelayMs(error, 1, config, () => 0)).toBe(20_000);
    expect(retryDelayMs(error, 1, config, () => 1)).toBe(21_000);
  });
});

describe("withRetries", () => {
  const quick = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 };
  const never = new AbortController().signal;
  const failing = (errors: Error[]) => {
    let calls = 0;
    const call = async () => {
      const error = errors[calls++];
      if (error) throw error;
      return calls;
    };
    return { call, calls: () => calls };
  };

  it("tries a retryable failure again until it succeeds", async () => {
    const flaky = failing([new ProviderError("server", "503"), new ProviderError("timeout", "slow")]);
    await expect(withRetries(flaky.call, quick, never)).resolves.toBe(3);
  });

  it("gives up after maxAttempts calls with the last failure", async () => {
    const down = failing([1, 2, 3, 4].map((n) => new ProviderError("server", `503 #${n}`)));
    await expect(withRetries(down.call, quick, never)).rejects.toThrow("503 #3");
    expect(down.calls()).toBe(3);
  });

  it("does not retry what retrying cannot fix (a 400, or an error that is no provider error)", async () => {
    const refused = failing([new ProviderError("bad_request", "400")]);
    await expect(withRetries(refused.call, quick, never)).rejects.toThrow("400");
    expect(refused.calls()).toBe(1);
    const bug = failing([new TypeError("bug")]);
    await expect(withRetries(bug.call, quick, never)).rejects.toThrow("bug");
    expect(bug.calls()).toBe(1);
  });
});
