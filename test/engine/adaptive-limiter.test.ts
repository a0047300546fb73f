import { describe, expect, it } from "vitest";
import { AdaptiveLimiter } from "../../src/engine/adaptive-limiter.js";

describe("AdaptiveLimiter", () => {
  it("admits up to its limit and queues the rest until a slot is released", async () => {
    const limiter = new AdaptiveLimiter(2);
    await limiter.acquire();
    await limiter.acquire();
    let third = false;
    const waiting = limiter.acquire().then(() => (third = true));
    await Promise.resolve();
    expect(third).toBe(false);
    limiter.release();
    await waiting;
    expect(third).toBe(true);
  });

  it("takes a free slot at once, without a microtask, unless others wait for one: a freed slot goes to the waiter", async () => {
    const limiter = new AdaptiveLimiter(1);
    expect(limiter.tryAcquire()).toBe(0);
    expect(limiter.tryAcquire()).toBeUndefined();
    let waiterIn = false;
    const waiting = limiter.acquire().then(() => (waiterIn = true));
    limiter.release();
    // The slot is the waiter's: a caller trying in the same tick does not overtake it.
    expect(limiter.tryAcquire()).toBeUndefined();
    await waiting;
    expect(waiterIn).toBe(true);
    limiter.release();
    expect(limiter.tryAcquire()).toBe(0);
  });

  it("halves on a rate limit once per burst, not once per failed request", async () => {
    const limiter = new AdaptiveLimiter(16);
    const epochs = await Promise.all(Array.from({ length: 8 }, () => limiter.acquire()));
    for (const epoch of epochs) limiter.onRateLimit(epoch);
    expect(limiter.currentLimit).toBe(8);
    for (let i = 0; i < 8; i++) limiter.release();
    const later = await limiter.acquire();
    limiter.onRateLimit(later);
    expect(limiter.currentLimit).toBe(4);
  });

  it("never drops below one and recovers by one after a full window of successes", () => {
    const limiter = new AdaptiveLimiter(4);
    for (let i = 0; i < 5; i++) limiter.onRateLimit(i);
    expect(limiter.currentLimit).toBe(1);
    limiter.onSuccess();
    expect(limiter.currentLimit).toBe(2);
    limiter.onSuccess();
    expect(limiter.currentLimit).toBe(2);
    limiter.onSuccess();
    expect(limiter.currentLimit).toBe(3);
    for (let i = 0; i < 10; i++) limiter.onSuccess();
    expect(limiter.currentLimit).toBe(4);
  });
});
