import { afterEach, describe, expect, it } from "vitest";
import { modelSchema, type ModelConfig } from "../../src/config/schema.js";
import { KurabeError, ProviderError } from "../../src/errors.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer, MockServerOptions } from "../../src/mock-server/types.js";
import { createModel } from "../../src/models/create-model.js";
import type { Model } from "../../src/models/types.js";
import { syntheticPrompts } from "../../src/load/prompts.js";
import { runLoad, type LoadPlan } from "../../src/load/run-load.js";
import type { LoadProfile } from "../../src/load/types.js";

let server: MockServer | undefined;
let model: Model | undefined;
afterEach(async () => {
  await model?.close?.();
  await server?.close();
  server = undefined;
  model = undefined;
});

async function target(options: MockServerOptions): Promise<Model> {
  server = await startMockServer(options);
  const config: ModelConfig = modelSchema.parse({ provider: "openai-compatible", baseURL: `${server.url}/v1`, model: "mock" });
  model = await createModel(config, {});
  return model;
}

const at = (...levels: number[]): LoadProfile[] => levels.map((concurrency) => ({ kind: "concurrency", concurrency }));

function plan(fields: Partial<LoadPlan>): LoadPlan {
  return { levels: at(1), prompts: syntheticPrompts(24), maxTokens: 64, timeoutMs: 10_000, warmup: 0, ...fields };
}

describe("runLoad against a latency-bound server", () => {
  it("measures a TTFT no shorter than the server's injected latency", async () => {
    const latencyMs = 60;
    const result = await runLoad(await target({ latencyMs, tokenDelayMs: 1 }), plan({ levels: at(1, 2), requestsPerLevel: 4 }));
    for (const level of result.levels) {
      expect(level.completed).toBe(4);
      // Timers may fire up to a millisecond early against performance.now().
      expect(level.ttftMs.p50!).toBeGreaterThanOrEqual(latencyMs - 1);
      expect(level.latencyMs.p50!).toBeGreaterThanOrEqual(level.ttftMs.p50!);
      expect(level.itlMs.p50!).toBeGreaterThan(0);
    }
  });

  it("measures ITL from the gaps between the chunks the server sends", async () => {
    const tokenDelayMs = 25;
    const result = await runLoad(await target({ tokenDelayMs }), plan({ maxTokens: 16, requestsPerLevel: 2 }));
    const [level] = result.levels;
    // Every chunk left the server at least 25 ms after the one before; timers may fire a millisecond early.
    expect(level!.itlMs.p50!).toBeGreaterThanOrEqual(tokenDelayMs - 1);
    expect(level!.itlMs.p99!).toBeGreaterThanOrEqual(level!.itlMs.p50!);
    // TPOT spreads the same span over the usage's token count, which the mock's chunks need not match one to one.
    expect(level!.tpotMs.p50).not.toBeNull();
  });

  it("serves more requests and tokens per second as concurrency grows", async () => {
    // Each answer waits 250 ms on the server and takes almost no work: a latency-bound server, so four streams in
    // flight should finish far more than one (ideally 4×; the wait dwarfs what a starved 2-core machine adds to each
    // request — at 80 ms, 20–60 ms of it under load made four only 1.6× one).
    const result = await runLoad(await target({ latencyMs: 250 }), plan({ levels: at(1, 4), requestsPerLevel: 8 }));
    const [one, four] = result.levels;
    expect(four!.requestsPerSecond).toBeGreaterThan(2 * one!.requestsPerSecond);
    expect(four!.outputTokensPerSecond).toBeGreaterThan(2 * one!.outputTokensPerSecond);
    // With no SLO the busiest error-free level is the one to run at.
    expect(result.choice?.profile).toEqual({ kind: "concurrency", concurrency: 4 });
  });

  it("keeps the level's concurrency in flight, each next request on the socket its last answer freed", async () => {
    // The model's client has 4 sockets (the schema's default concurrency); a closed loop of 3 needs only 3 of them.
    const result = await runLoad(await target({ latencyMs: 20 }), plan({ levels: at(3), requestsPerLevel: 12 }));
    expect(result.levels[0]).toMatchObject({ requests: 12, completed: 12, peakInFlight: 3 });
    expect(server!.stats.connections).toBe(3);
  });

  it("records failures as errors by kind and never retries them", async () => {
    // Synthetic prompts start "Request N." (N from 1); requests 2 and 5 of the level fail with a 500.
    const failing = new Set(["Request 2.", "Request 5."]);
    const result = await runLoad(
      await target({ fault: (request) => (failing.has(request.prompt.split(" ").slice(0, 2).join(" ")) ? { type: "status", status: 500 } : undefined) }),
      plan({ levels: at(2), requestsPerLevel: 6 }),
    );
    expect(result.levels[0]).toMatchObject({ requests: 6, completed: 4, errors: 2, errorKinds: { server: 2 } });
    expect(server!.stats.requests).toBe(6);
    // A level with errors is never the one to run at.
    expect(result.choice).toBeUndefined();
  });

  it("stops before any level when the warm-up request fails", async () => {
    const run = runLoad(await target({ fault: () => ({ type: "status", status: 401 }) }), plan({ warmup: 1, levels: at(1, 2) }));
    await expect(run).rejects.toThrow(ProviderError);
    await expect(run).rejects.toMatchObject({ kind: "auth", message: expect.stringMatching(/warm-up request failed/) });
    expect(server!.stats.requests).toBe(1);
  });

  it("records a request slower than the timeout as a timeout", async () => {
    const result = await runLoad(
      await target({ fault: (request) => (request.prompt.startsWith("Request 1.") ? { type: "slow-first-byte", delayMs: 2000 } : undefined) }),
      plan({ levels: at(1), requestsPerLevel: 2, timeoutMs: 200 }),
    );
    expect(result.levels[0]).toMatchObject({ completed: 1, errors: 1, errorKinds: { timeout: 1 } });
  });

  it("keeps the finished levels when the user stops the test", async () => {
    const stop = new AbortController();
    const result = await runLoad(await target({ latencyMs: 20 }), plan({ levels: at(1, 2, 4), requestsPerLevel: 4 }), {
      signal: stop.signal,
      onLevel: (level) => {
        if (level.profile.kind === "concurrency" && level.profile.concurrency === 1) stop.abort(new KurabeError("interrupted", "stopped by the user"));
      },
    });
    expect(result.interrupted).toBe(true);
    expect(result.levels.map((level) => level.profile)).toEqual(at(1));
  });
});

describe("runLoad at a request rate (an open loop)", () => {
  it("keeps starting requests on schedule while earlier ones are still answering", async () => {
    // Every 20 ms a request starts; each takes at least 300 ms: a closed loop would keep one in flight, an open loop
    // has them pile up.
    const rate: LoadProfile = { kind: "rate", requestsPerSecond: 50, arrivals: "constant" };
    const result = await runLoad(await target({ latencyMs: 300 }), plan({ levels: [rate, ...at(1)], requestsPerLevel: 10 }));
    const [open, closed] = result.levels;
    expect(open).toMatchObject({ profile: rate, requests: 10, completed: 10, errors: 0 });
    expect(open!.peakInFlight).toBeGreaterThanOrEqual(5);
    expect(closed!.peakInFlight).toBe(1);
    expect(server!.stats.requests).toBe(20);
  });
});
