import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/engine/rate-limiter.js";

describe("RateLimiter", () => {
  it("does nothing without limits", async () => {
    const limiter = new RateLimiter({});
    expect(limiter.active).toBe(false);
    await limiter.take(1_000_000, new AbortController().signal);
  });

  it("lets a burst of ten seconds' worth through, then makes the next request wait", async () => {
    const limiter = new RateLimiter({ rpm: 60 }); // 1 per second, burst of 10
    const signal = new AbortController().signal;
    for (let i = 0; i < 10; i++) await limiter.take(1, signal);
    const controller = new AbortController();
    const eleventh = limiter.take(1, controller.signal);
    let passed = false;
    void eleventh.then(() => (passed = true), () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(passed).toBe(false);
    controller.abort(new Error("stop"));
    await expect(eleventh).rejects.toThrow("stop");
  });

  it("holds requests whose estimated tokens exceed the tokens-per-minute budget", async () => {
    const limiter = new RateLimiter({ tpm: 600 }); // burst of 100 tokens
    const signal = new AbortController().signal;
    await limiter.take(100, signal);
    const controller = new AbortController();
    const next = limiter.take(50, controller.signal);
    let passed = false;
    void next.then(() => (passed = true), () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(passed).toBe(false);
    controller.abort(new Error("stop"));
    await expect(next).rejects.toThrow("stop");
  });
});
