/**
 * Worker threads load a compiled module (dist/load/load-worker.js), so these tests drive the built code, as users run
 * it (`npm test` builds first).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modelSchema } from "../../src/config/schema.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer } from "../../src/mock-server/types.js";
import type { Completion, Model } from "../../src/models/types.js";
import { clientUsageMeter } from "../../src/load/client-usage.js";
import { split } from "../../src/load/load-workers.js";
import { renderLoad } from "../../src/load/render-load.js";
import type { LoadResult } from "../../src/load/run-load.js";
import type { LevelShare, WorkerReply, WorkerRequest } from "../../src/load/worker-messages.js";
import { runCli } from "../support/cli.js";
import { useTempDirs } from "../support/temp-dir.js";
import { idleClient } from "./idle-client.js";

const built = (path: string) => import(new URL(`../../dist/load/${path}`, import.meta.url).href);

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ latencyMs: 5, tokenDelayMs: 1 });
});
afterAll(() => server.close());

describe("split", () => {
  it.each([
    [128, 1024, 2, [{ concurrency: 64, requests: 512 }, { concurrency: 64, requests: 512 }]],
    [5, 17, 2, [{ concurrency: 3, requests: 10 }, { concurrency: 2, requests: 7 }]],
    [1, 4, 3, [{ concurrency: 1, requests: 4 }, { concurrency: 0, requests: 0 }, { concurrency: 0, requests: 0 }]],
  ])("shares concurrency %i and %i requests over %i threads, every request once", (concurrency, requests, threads, shares) => {
    expect(split(concurrency, requests, threads)).toEqual(shares);
  });
});

describe("client usage", () => {
  it("calls a level client-bound when the busiest sending thread's event loop was ≥ 90% busy", () => {
    const meter = clientUsageMeter();
    expect(meter({ threads: 2, wallMs: 1000, loops: [0.4, 0.93] })).toMatchObject({ threads: 2, busiestLoopPercent: 93, bound: true });
    expect(meter({ threads: 1, wallMs: 1000, loops: [0.5] })).toMatchObject({ bound: false });
  });

  it("marks a client-bound level in the table and says its figures are a lower bound", () => {
    const level = (bound: boolean, concurrency: number) =>
      ({
        profile: { kind: "concurrency", concurrency },
        peakInFlight: concurrency, requests: 4, completed: 4, errors: 0, errorKinds: {}, durationMs: 1000,
        requestsPerSecond: 4, outputTokensPerSecond: 100, inputTokensPerSecond: 50, meanInputTokens: 12, meanOutputTokens: 25,
        ttftMs: { p50: 10, p95: 12, p99: 13 }, itlMs: { p50: 5, p95: 6, p99: 7 }, tpotMs: { p50: 5, p95: 6, p99: 7 }, latencyMs: { p50: 100, p95: 110, p99: 120 },
        client: bound ? { threads: 2, cpuPercent: 180, busiestLoopPercent: 97, bound } : idleClient,
      }) as const;
    const result: LoadResult = { model: "m", levels: [level(false, 1), level(true, 64)], interrupted: false };
    const text = renderLoad({ result });
    expect(text).toMatch(/concurrency 64 ! .*180% \(2 threads\)/);
    expect(text).not.toMatch(/concurrency 1 !/);
    expect(text).toContain("! client-bound — figures are a lower bound");
  });
});

describe("worker threads", () => {
  const config = () => modelSchema.parse({ provider: "openai-compatible", baseURL: `${server.url}/v1`, model: "mock" });

  /** A client that keeps its thread busy for 3 ms a request: one event loop cannot drive it. */
  const busyModel: Model = {
    id: "busy",
    capabilities: { images: false, jsonSchema: false },
    async generate(): Promise<Completion> {
      for (const until = performance.now() + 3; performance.now() < until; );
      return { text: "x", usage: { inputTokens: 1, outputTokens: 2 }, timing: { ttftMs: 1, totalMs: 2 }, finishReason: "stop" };
    },
  };

  it.skipIf(availableParallelism() < 2)(
    "run a level again in one worker per core when it saturated the main thread, and report the threads used",
    async () => {
      const { runLoad } = await built("run-load.js");
      const { syntheticPrompts } = await built("prompts.js");
      const result: LoadResult = await runLoad(busyModel, {
        levels: [{ kind: "concurrency", concurrency: 8 }],
        requestsPerLevel: 200,
        prompts: syntheticPrompts(16),
        maxTokens: 16,
        timeoutMs: 30_000,
        warmup: 0,
        threads: { count: "auto", setup: { config: config(), env: {} } },
      });
      const [level] = result.levels;
      // The rerun went to the real server through the workers' own clients: every request answered.
      expect(level).toMatchObject({ requests: 200, completed: 200, errors: 0, peakInFlight: 8 });
      expect(level!.client.threads).toBe(availableParallelism());
      expect(level!.outputTokensPerSecond).toBeGreaterThan(0);
    },
  );

  it.skipIf(availableParallelism() < 2)(
    "send a level from one worker per core from the start when the warm-up showed one thread could not drive it",
    async () => {
      const { runLoad } = await built("run-load.js");
      const { syntheticPrompts } = await built("prompts.js");
      const retried: unknown[] = [];
      const result: LoadResult = await runLoad(
        busyModel,
        {
          levels: [{ kind: "concurrency", concurrency: 8 }],
          requestsPerLevel: 200,
          prompts: syntheticPrompts(16),
          maxTokens: 16,
          timeoutMs: 30_000,
          warmup: 1,
          threads: { count: "auto", setup: { config: config(), env: {} } },
        },
        { onRetry: (level: unknown) => retried.push(level) },
      );
      // The warm-up kept the main thread busy for all its 3 ms: eight in flight cannot fit, so the level ran once.
      expect(retried).toEqual([]);
      const [level] = result.levels;
      expect(level).toMatchObject({ requests: 200, completed: 200, errors: 0 });
      expect(level!.client.threads).toBe(availableParallelism());
    },
  );

  it("close each worker's model before the thread ends: its keep-alive sockets are closed while the thread still runs", async () => {
    // The server keeps an idle connection for ten minutes: only the client closing its pool ends one sooner.
    const own = await startMockServer({ keepAliveMs: 600_000 });
    const worker = new Worker(new URL("../../dist/load/load-worker.js", import.meta.url), {
      workerData: { config: modelSchema.parse({ provider: "openai-compatible", baseURL: `${own.url}/v1`, model: "mock" }), env: {} },
    });
    const next = (type: WorkerReply["type"]) => new Promise<void>((resolve) => worker.on("message", (message: WorkerReply) => message.type === type && resolve()));
    try {
      await next("ready");
      const { syntheticPrompts } = await built("prompts.js");
      const prompts = syntheticPrompts(16);
      const share: LevelShare = { profile: { kind: "concurrency", concurrency: 2 }, requests: 4, prompts: [0, 1, 2, 3].map(prompts), maxTokens: 8, timeoutMs: 30_000, startAt: performance.timeOrigin + performance.now() };
      const done = next("done");
      worker.postMessage({ type: "level", share } satisfies WorkerRequest);
      await done;
      expect(own.stats.openConnections).toBeGreaterThan(0);
      const closed = next("closed");
      worker.postMessage({ type: "close" } satisfies WorkerRequest);
      await closed;
      await expect.poll(() => own.stats.openConnections, { timeout: 30_000 }).toBe(0);
    } finally {
      await worker.terminate();
      await own.close();
    }
  });

  const tempDir = useTempDirs();
  it("`kurabe load --workers 2` splits each concurrency level over two threads", async () => {
    const connectionsBefore = server.stats.connections;
    const args = ["load", "--base-url", `${server.url}/v1`, "--model", "mock", "--concurrency", "4", "--requests", "40", "--input-tokens", "16", "--workers", "2", "--json"];
    const { code, stdout, stderr } = await runCli(args, { cwd: tempDir() });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const [level] = JSON.parse(stdout).result.levels;
    expect(level).toMatchObject({ requests: 40, completed: 40, errors: 0, peakInFlight: 4, client: { threads: 2 } });
    // Each thread's pool holds its share of the concurrency: 2 sockets each (plus the warm-up's from the main thread).
    expect(server.stats.connections - connectionsBefore).toBeLessThanOrEqual(4 + 1);
  });

  it("`kurabe load --rate 40 --workers 2` deals one arrival schedule out to two threads, which send on one clock", async () => {
    const args = ["load", "--base-url", `${server.url}/v1`, "--model", "mock", "--rate", "40", "--arrivals", "constant", "--requests", "30", "--input-tokens", "16", "--workers", "2", "--json"];
    const { code, stdout, stderr } = await runCli(args, { cwd: tempDir() });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const [level] = JSON.parse(stdout).result.levels;
    expect(level).toMatchObject({ requests: 30, completed: 30, errors: 0, client: { threads: 2 } });
    // The 30th arrival is due 29 × 25 ms after the level's start: neither thread ran ahead of the schedule.
    expect(level.durationMs).toBeGreaterThanOrEqual(29 * 25);
    expect(level.peakInFlight).toBeGreaterThanOrEqual(1);
  });

  it("refuses --workers with a GGUF model, one engine in a thread of its own", async () => {
    const { code, stderr } = await runCli(["load", "--gguf", "model.gguf", "--workers", "2"], { cwd: tempDir() });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--workers goes with --base-url/);
  });
});
