import { describe, expect, it } from "vitest";
import { ProviderError } from "../../src/errors.js";
import { retryDelayMs } from "../../src/engine/retry-policy.js";

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
