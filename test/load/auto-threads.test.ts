import { describe, expect, it } from "vitest";
import { autoThreads, requestCost, requestsInFlight } from "../../src/load/auto-threads.js";
import type { LoadProfile } from "../../src/load/types.js";

const concurrency = (n: number): LoadProfile => ({ kind: "concurrency", concurrency: n });
const rate = (perSecond: number): LoadProfile => ({ kind: "rate", requestsPerSecond: perSecond, arrivals: "poisson" });

describe("requestsInFlight", () => {
  it("is the concurrency of a closed loop, and rate × latency (Little's law) at a rate", () => {
    expect(requestsInFlight(concurrency(64), 900)).toBe(64);
    expect(requestsInFlight(rate(20), 500)).toBe(10);
  });
});

describe("requestCost", () => {
  it("spreads a thread's event-loop use over the requests it had in flight", () => {
    expect(requestCost(0.4, 16, 800)).toEqual({ loopPerRequest: 0.025, latencyMs: 800 });
    // A thread that had less than one in flight on average is charged as if it had one.
    expect(requestCost(0.1, 0.5, 800).loopPerRequest).toBe(0.1);
  });
});

describe("autoThreads", () => {
  const cost = { loopPerRequest: 0.01, latencyMs: 1000 };

  it("keeps a level in the main thread while the foreseen event-loop use stays below 30 %", () => {
    expect(autoThreads(concurrency(16), cost, 2)).toBe(1);
    expect(autoThreads(rate(20), cost, 2)).toBe(1);
  });

  it("sends a level from one worker per core when one thread would be 30 % busy or more", () => {
    expect(autoThreads(concurrency(30), cost, 2)).toBe(2);
    expect(autoThreads(concurrency(128), cost, 4)).toBe(4);
    expect(autoThreads(rate(40), cost, 2)).toBe(2);
  });

  it("never sends a level from more threads than it keeps requests in flight", () => {
    const busy = { loopPerRequest: 0.5, latencyMs: 1000 };
    expect(autoThreads(concurrency(1), busy, 2)).toBe(1);
    expect(autoThreads(concurrency(3), busy, 4)).toBe(3);
    expect(autoThreads(rate(1), busy, 4)).toBe(4);
  });

  it("uses the main thread without a measurement yet, or with one core", () => {
    expect(autoThreads(concurrency(128), undefined, 2)).toBe(1);
    expect(autoThreads(concurrency(128), cost, 1)).toBe(1);
  });
});
