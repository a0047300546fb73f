import { Worker } from "node:worker_threads";
import type { LevelPlan, LevelRun } from "./run-level.js";
import type { LevelShare, WorkerReply, WorkerRequest, WorkerSetup } from "./worker-messages.js";

export interface WorkersRun {
  run: LevelRun;
  /** Each worker's event-loop utilisation over its part. */
  loops: number[];
}

/**
 * Worker threads that send a concurrency level's requests between them, for levels one event loop cannot drive (as
 * GuideLLM spreads its load over processes). Each has its own model client and connection pool; the level is split
 * evenly, its figures merged: samples together, wall time from the first start to the last end.
 */
export class LoadWorkers {
  private constructor(private readonly workers: Worker[]) {}

  static async start(count: number, setup: WorkerSetup): Promise<LoadWorkers> {
    const workers = Array.from({ length: count }, () => new Worker(new URL("./load-worker.js", import.meta.url), { workerData: setup }));
    try {
      await Promise.all(workers.map((worker) => reply(worker, "ready")));
    } catch (error) {
      await Promise.all(workers.map((worker) => worker.terminate()));
      throw error;
    }
    return new LoadWorkers(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  async runLevel(plan: LevelPlan, signal: AbortSignal): Promise<WorkersRun> {
    const { profile } = plan;
    if (profile.kind !== "concurrency") throw new Error("worker threads run concurrency levels only");
    const shares = split(profile.concurrency, plan.requests, this.workers.length);
    let first = 0;
    const parts = shares.flatMap(({ concurrency, requests }, i) => {
      if (concurrency === 0 || requests === 0) return [];
      const prompts = Array.from({ length: requests }, (_, k) => plan.prompts(plan.firstIndex + first + k));
      first += requests;
      const share: LevelShare = { profile: { kind: "concurrency", concurrency }, requests, prompts, maxTokens: plan.maxTokens, timeoutMs: plan.timeoutMs };
      return [{ worker: this.workers[i]!, share }];
    });
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
      const start = Math.min(...replies.map((r) => r.startedAt));
      const end = Math.max(...replies.map((r) => r.startedAt + r.run.durationMs));
      return {
        run: {
          samples: replies.flatMap((r) => r.run.samples),
          durationMs: end - start,
          peakInFlight: replies.reduce((sum, r) => sum + r.run.peakInFlight, 0),
        },
        loops: replies.map((r) => r.loop),
      };
    } finally {
      signal.removeEventListener("abort", stop);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
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
