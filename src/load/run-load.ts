import { availableParallelism } from "node:os";
import { MAX_CONCURRENCY } from "../config/schema.js";
import { KurabeError, ProviderError } from "../errors.js";
import type { Model } from "../models/types.js";
import { autoThreads, mostThreads, requestCost, requestsInFlight, type RequestCost } from "./auto-threads.js";
import { clientUsageMeter, loopUtilisation, SPLIT_LOOP } from "./client-usage.js";
import { LoadWorkers } from "./load-workers.js";
import type { PromptSource } from "./prompts.js";
import { runLevel, type LevelPlan } from "./run-level.js";
import { selectLevel } from "./select-level.js";
import { summariseLevel } from "./summarise-level.js";
import type { Arrivals, ClientUsage, LevelChoice, LevelResult, LoadProfile, TtftSlo } from "./types.js";
import type { WorkerSetup } from "./worker-messages.js";

export interface LoadPlan {
  /** The levels, run in the order given. */
  levels: readonly LoadProfile[];
  /**
   * Requests per level; by default max(16, 4 × the concurrency), so every worker sends several and the steady state
   * dominates, or max(16, 20 s of arrivals) at a rate.
   */
  requestsPerLevel?: number;
  prompts: PromptSource;
  maxTokens: number;
  timeoutMs: number;
  /** Requests sent one at a time before the first level and not measured (connections, caches, lazy loading). */
  warmup: number;
  slo?: TtftSlo;
  /**
   * Worker threads for the levels (concurrencies and rates), when the model can be rebuilt in a worker (an HTTP
   * endpoint, not an in-process engine): `auto` chooses per level, before it runs, between the main thread and one
   * worker per core from what a request in flight cost the sending thread so far (autoThreads); a number always uses
   * that many (1: never).
   */
  threads?: { count: number | "auto"; setup: WorkerSetup };
}

export interface LoadResult {
  model: string;
  levels: LevelResult[];
  /** The level to run at (best under the SLO); absent when none qualifies. */
  choice?: LevelChoice;
  /** True when the user stopped the test: `levels` holds the ones that finished. */
  interrupted: boolean;
}

interface LoadHooks {
  signal?: AbortSignal;
  onLevel?: (level: LevelResult) => void;
  /** A level kept the main thread busier than foreseen and is run again in `threads` worker threads. */
  onRetry?: (level: LevelResult, threads: number) => void;
}

export function requestsFor(plan: Pick<LoadPlan, "requestsPerLevel">, profile: LoadProfile): number {
  const byDefault = profile.kind === "concurrency" ? 4 * profile.concurrency : Math.ceil(20 * profile.requestsPerSecond);
  return plan.requestsPerLevel ?? Math.max(16, byDefault);
}

/**
 * A sweep, GuideLLM-style: warm-up, then each level (a concurrency or a request rate) in turn with a fixed number of
 * requests. A warm-up failure stops the test before any level (a wrong URL or key would otherwise fail every request
 * of every level).
 */
export async function runLoad(model: Model, plan: LoadPlan, hooks: LoadHooks = {}): Promise<LoadResult> {
  const signal = hooks.signal ?? new AbortController().signal;
  // What a request in flight costs the main thread, from the last warm-up request and then from each level.
  let cost: RequestCost | undefined;
  for (let i = 0; i < plan.warmup; i++) {
    const loop = loopUtilisation();
    const started = performance.now();
    await warmUp(model, plan, i, signal);
    cost = requestCost(loop(), 1, performance.now() - started);
  }
  let index = plan.warmup;
  const levels: LevelResult[] = [];
  const auto = plan.threads?.count === "auto";
  const cores = availableParallelism();
  let workers: LoadWorkers | undefined;
  const inThreads = async (count: number, level: LevelPlan) => {
    if (workers?.size !== count) {
      await workers?.close();
      workers = await LoadWorkers.start(count, plan.threads!.setup);
    }
    return measured(count, () => workers!.runLevel(level, signal));
  };
  try {
    for (const profile of plan.levels) {
      const requests = requestsFor(plan, profile);
      const level: LevelPlan = { ...plan, profile, requests, firstIndex: index };
      const threads = plan.threads === undefined ? 1 : auto ? autoThreads(profile, cost, cores) : (plan.threads.count as number);
      try {
        let { run, client } = threads > 1 ? await inThreads(threads, level) : await inMainThread(model, level, signal);
        // The estimate fell short (or there was none): the level's figures were taken from a thread too busy to stamp
        // chunks on time, so it runs again, and the rest, in one worker per core (as many as it can use).
        const most = mostThreads(profile, cores);
        if (plan.threads && auto && threads === 1 && client.busiestLoopPercent >= SPLIT_LOOP * 100 && most > 1) {
          hooks.onRetry?.(summariseLevel({ profile, ...run, client }), most);
          ({ run, client } = await inThreads(most, level));
        }
        const result = summariseLevel({ profile, ...run, client });
        levels.push(result);
        hooks.onLevel?.(result);
        if (result.latencyMs.p50 !== null) {
          const perThread = requestsInFlight(profile, result.latencyMs.p50) / client.threads;
          cost = requestCost(client.busiestLoopPercent / 100, perThread, result.latencyMs.p50);
        }
      } catch (error) {
        if (signal.aborted && error === signal.reason) return finish(model, levels, plan, true);
        throw error;
      }
      index += requests;
    }
  } finally {
    await workers?.close();
  }
  return finish(model, levels, plan, false);
}

async function inMainThread(model: Model, level: LevelPlan, signal: AbortSignal) {
  const loop = loopUtilisation();
  return measured(1, async () => {
    const run = await runLevel(model, level, signal);
    return { run, loops: [loop()] };
  });
}

/** A level's run with what the client used for it. */
async function measured(
  threads: number,
  go: () => Promise<{ run: Awaited<ReturnType<typeof runLevel>>; loops: number[] }>,
): Promise<{ run: Awaited<ReturnType<typeof runLevel>>; client: ClientUsage }> {
  const meter = clientUsageMeter();
  const { run, loops } = await go();
  return { run, client: meter({ threads, wallMs: run.durationMs, loops }) };
}

async function warmUp(model: Model, plan: LoadPlan, index: number, signal: AbortSignal): Promise<void> {
  const prompt = plan.prompts(index);
  const timeout = AbortSignal.timeout(plan.timeoutMs);
  try {
    const params = { maxTokens: prompt.maxTokens ?? plan.maxTokens };
    await model.generate({ messages: prompt.messages, params }, AbortSignal.any([signal, timeout]));
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    const why = "the warm-up request failed, so no level was run";
    if (timeout.aborted) throw new ProviderError("timeout", `${why}: no complete answer within ${plan.timeoutMs} ms`);
    if (error instanceof ProviderError) {
      throw new ProviderError(error.kind, `${why}: ${error.message}`, error.status !== undefined ? { status: error.status } : {});
    }
    throw error;
  }
}

function finish(model: Model, levels: LevelResult[], plan: LoadPlan, interrupted: boolean): LoadResult {
  const choice = selectLevel(levels, plan.slo);
  return { model: model.id, levels, ...(choice ? { choice } : {}), interrupted };
}

/** Concurrency levels from `1,2,4,8`: whole numbers ≥ 1, each once, in the order given. */
export function parseLevels(text: string): LoadProfile[] {
  const levels = text.split(",").map((part) => Number(part.trim()));
  if (levels.length === 0 || levels.some((level) => !Number.isInteger(level) || level < 1 || level > MAX_CONCURRENCY)) {
    throw new KurabeError("input", `concurrency levels must be whole numbers from 1 to ${MAX_CONCURRENCY}, comma-separated (got "${text}")`, {
      field: "concurrency",
    });
  }
  return [...new Set(levels)].map((concurrency) => ({ kind: "concurrency", concurrency }));
}

/** Request rates from `0.5,2,8` (per second, > 0 and ≤ 10,000), each once, in the order given. */
export function parseRates(text: string, arrivals: Arrivals): LoadProfile[] {
  const rates = text.split(",").map((part) => Number(part.trim()));
  if (rates.some((rate) => !Number.isFinite(rate) || rate <= 0 || rate > 10_000)) {
    throw new KurabeError("input", `request rates must be numbers per second above 0 and up to 10000, comma-separated (got "${text}")`, {
      field: "rate",
    });
  }
  return [...new Set(rates)].map((requestsPerSecond) => ({ kind: "rate", requestsPerSecond, arrivals }));
}
