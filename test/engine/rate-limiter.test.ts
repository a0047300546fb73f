import { afterEach, describe, expect, it, vi } from "vitest";
import { RateLimiter } from "../../src/engine/rate-limiter.js";

describe("RateLimiter", () => {
  it("does nothing without limits: nothing to wait for, so an unpaced request leaves in the same tick", () => {
    const limiter = new RateLimiter({});
    expect(limiter.active).toBe(false);
    expect(limiter.take(1_000_000, new AbortController().signal)).toBeUndefined();
  });

  it("lets a burst of ten seconds' worth through, then makes the next request wait", async () => {
    const limiter = new RateLimiter({ rpm: 60 }); // 1 per second, burst of 10
    const signal = new AbortController().signal;
    for (let i = 0; i < 10; i++) await limiter.take(1, signal);
    const controller = new AbortController();
    const eleventh = limiter.take(1, controller.signal)!;
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
    const next = limiter.take(50, controller.signal)!;
    let passed = false;
    void next.then(() => (passed = true), () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(passed).toBe(false);
    controller.abort(new Error("stop"));
    await expect(next).rejects.toThrow("stop");
  });

  describe("on a simulated clock", () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    /** Starts `take` and reports whether it has resolved yet, as the simulated clock moves. */
    function pending(promise: Promise<void>): () => boolean {
      let done = false;
      void promise.then(() => (done = true));
      return () => done;
    }

    it("releases requests at exactly the rpm once the burst is spent: 60 rpm is one a second", async () => {
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
      const limiter = new RateLimiter({ rpm: 60 });
      const signal = new AbortController().signal;
      for (let i = 0; i < 10; i++) await limiter.take(1, signal);
      // Five more wait in line: the k-th goes at k seconds, not before.
      const released = Array.from({ length: 5 }, () => pending(limiter.take(1, signal)!));
      const count = () => released.filter((done) => done()).length;
      let now = 0;
      const advanceTo = async (ms: number) => {
        await vi.advanceTimersByTimeAsync(ms - now);
        now = ms;
      };
      for (let k = 1; k <= 5; k++) {
        await advanceTo(k * 1000 - 10);
        expect(count(), `at ${now} ms`).toBe(k - 1);
        await advanceTo(k * 1000 + 10);
        expect(count(), `at ${now} ms`).toBe(k);
      }
    });

    it("refills tokens per minute at their rate: 6,000 tpm is 100 tokens a second", async () => {
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
      const limiter = new RateLimiter({ tpm: 6000 }); // burst of 1,000 tokens
      const signal = new AbortController().signal;
      await limiter.take(1000, signal);
      const released = pending(limiter.take(200, signal)!);
      await vi.advanceTimersByTimeAsync(1990);
      expect(released()).toBe(false);
      await vi.advanceTimersByTimeAsync(20);
      expect(released()).toBe(true);
    });
  });
});
