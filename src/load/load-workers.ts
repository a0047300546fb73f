import { Worker } from "node:worker_threads";
import { arrivalOffsetsMs } from "./arrivals.js";
import { peakInFlight, type LevelPlan, type LevelRun } from "./run-level.js";
import type { LevelShare, WorkerReply, WorkerRequest, WorkerSetup } from "./worker-messages.js";

interface WorkersRun {
  run: LevelRun;
  /** Each worker's event-loop utilisation over its part. */
  loops: number[];
}

/**
 * Worker threads that send a level's requests between them, for levels one event loop cannot drive (as GuideLLM
 * spreads its load over processes). Each has its own model client and connection pool; the level is split evenly and
 * run on one clock, its figures merged: samples together, wall time from the level's start to the last answer.
 */
export class LoadWorkers {
  private constructor(
    private readonly workers: Worker[],
    /** Each worker's exit: a worker that ended (a crash) closes nothing more. */
    private readonly exits: Array<Promise<void>>,
  ) {}

  static async start(count: number, setup: WorkerSetup): Promise<LoadWorkers> {
    // A worker never has more than its share of the top concurrency in flight (split): its pool needs no more sockets.
    const config = { ...setup.config, concurrency: Math.ceil(setup.config.concurrency / count) };
    const workers = Array.from(
      { length: count },
      () => new Worker(new URL("./load-worker.js", import.meta.url), { workerData: { ...setup, config } satisfies WorkerSetup }),
    );
    const exits = workers.map((worker) => new Promise<void>((resolve) => worker.once("exit", () => resolve())));
    try {
      await Promise.all(workers.map((worker) => reply(worker, "ready")));
    } catch (error) {
      await Promise.all(workers.map((worker) => worker.terminate()));
      throw error;
    }
    return new LoadWorkers(workers, exits);
  }

  get size(): number {
    return this.workers.length;
  }

  async runLevel(plan: LevelPlan, signal: AbortSignal): Promise<WorkersRun> {
    // One clock for the level: each worker sends against it, so their samples' start times line up.
    const startAt = performance.timeOrigin + performance.now();
    const base = { maxTokens: plan.maxTokens, timeoutMs: plan.timeoutMs, startAt };
    const parts = this.shares(plan).map((share, i) => ({ worker: this.workers[i]!, share: { ...share, ...base } }));
    const stop = () => parts.forEach(({ worker }) => worker.postMessage({ type: "stop" } satisfies WorkerRequest));
    signal.addEventListener("abort", stop, { once: true });
    try {
      const replies = await Promise.all(
        parts.map(({ worker, share }) => {
          const done = reply(worker, "done");
          worker.postMessage({ type: "level", share } satisfies WorkerRequest);
          return done;
        }),
      ).catch((error: unknown) => {
        if (signal.aborted) throw signal.reason;
        throw error;
      });
      const samples = replies.flatMap((r) => r.run.samples);
      return {
        run: { samples, durationMs: Math.max(...replies.map((r) => r.run.durationMs)), peakInFlight: peakInFlight(samples) },
        loops: replies.map((r) => r.loop),
      };
    } finally {
      signal.removeEventListener("abort", stop);
    }
  }

  /**
   * Each worker's part of a level (workers without one are left out): a concurrency level as near-equal concurrencies,
   * a rate level as every n-th arrival of the level's one schedule, so that together they send at the level's rate.
   */
  private shares(plan: LevelPlan): Array<Omit<LevelShare, "maxTokens" | "timeoutMs" | "startAt">> {
    const { profile } = plan;
    const promptsOf = (indices: number[]) => indices.map((k) => plan.prompts(plan.firstIndex + k));
    const count = this.workers.length;
    if (profile.kind === "rate") {
      const arrivals = arrivalOffsetsMs(plan.requests, profile.requestsPerSecond, profile.arrivals);
      return Array.from({ length: Math.min(count, plan.requests) }, (_, i) => {
        const indices = arrivals.flatMap((_, k) => (k % count === i ? [k] : []));
        return { profile, requests: indices.length, prompts: promptsOf(indices), arrivalsMs: indices.map((k) => arrivals[k]!) };
      });
    }
    let first = 0;
    return split(profile.concurrency, plan.requests, count).flatMap(({ concurrency, requests }) => {
      if (concurrency === 0 || requests === 0) return [];
      const indices = Array.from({ length: requests }, (_, k) => first + k);
      first += requests;
      return [{ profile: { kind: "concurrency" as const, concurrency }, requests, prompts: promptsOf(indices) }];
    });
  }

  /** Each worker closes its model (its pool's sockets end cleanly, not cut) before its thread is ended. */
  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(async (worker, i) => {
        const closed = new Promise<void>((resolve) => worker.on("message", (message: WorkerReply) => message.type === "closed" && resolve()));
        worker.postMessage({ type: "close" } satisfies WorkerRequest);
        await Promise.race([closed, this.exits[i]]);
        await worker.terminate();
      }),
    );
  }
}

/** `count` near-equal shares of a concurrency and of the requests, each share's requests in proportion to it. */
export function split(concurrency: number, requests: number, count: number): Array<{ concurrency: number; requests: number }> {
  const shares = Array.from({ length: count }, (_, i) => Math.floor(concurrency / count) + (i < concurrency % count ? 1 : 0));
  let given = 0;
  return shares.map((share, i) => {
    const last = i === count - 1;
    const mine = last ? requests - given : Math.round((requests * share) / concurrency);
    given += mine;
    return { concurrency: share, requests: mine };
  });
}

/** The worker's next reply of a type; a `failed` reply, an error or an exit rejects. */
function reply<T extends WorkerReply["type"]>(worker: Worker, type: T): Promise<Extract<WorkerReply, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: WorkerReply) => {
      if (message.type !== type && message.type !== "failed") return;
      cleanup();
      if (message.type === "failed") reject(new Error(`a load worker failed: ${message.message}`));
      else resolve(message as Extract<WorkerReply, { type: T }>);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`a load worker exited (${code})`));
    };
    const cleanup = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
  });
}
