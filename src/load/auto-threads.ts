import { SPLIT_LOOP } from "./client-usage.js";
import type { LoadProfile } from "./types.js";

/** What one request in flight costs the thread that sends it, as last measured. */
export interface RequestCost {
  /** Event-loop utilisation (0–1) one request in flight adds to its sending thread. */
  loopPerRequest: number;
  /** How long a request lasted (ms): turns a rate into requests in flight. */
  latencyMs: number;
}

/** Requests a level keeps in flight: its concurrency, or at a rate, rate × latency (Little's law). */
export function requestsInFlight(profile: LoadProfile, latencyMs: number): number {
  return profile.kind === "concurrency" ? profile.concurrency : (profile.requestsPerSecond * latencyMs) / 1000;
}

/**
 * The cost per request in flight from a measured stretch (the warm-up, or a level): the busiest thread's event-loop
 * utilisation over the requests that thread had in flight.
 */
export function requestCost(loop: number, inFlightPerThread: number, latencyMs: number): RequestCost {
  return { loopPerRequest: loop / Math.max(1, inFlightPerThread), latencyMs };
}

/**
 * The most threads a level can be sent from: one per core, and at a concurrency of n no more than n (a closed loop
 * of one request cannot be shared: a second thread would send nothing).
 */
export function mostThreads(profile: LoadProfile, cores: number): number {
  return profile.kind === "concurrency" ? Math.max(1, Math.min(cores, profile.concurrency)) : cores;
}

/**
 * Threads `--workers auto` sends a level from, chosen before the level runs: the main thread while the last measured
 * cost per request, times the requests the level keeps in flight, stays below SPLIT_LOOP; mostThreads from there.
 * Deciding first, rather than running a level in the main thread and again in workers when it turned out too busy,
 * measures each level once. Without a measurement yet (no warm-up), the main thread.
 */
export function autoThreads(profile: LoadProfile, cost: RequestCost | undefined, cores: number): number {
  const most = mostThreads(profile, cores);
  if (cost === undefined || most < 2) return 1;
  return cost.loopPerRequest * requestsInFlight(profile, cost.latencyMs) >= SPLIT_LOOP ? most : 1;
}
