import { performance, type EventLoopUtilization } from "node:perf_hooks";
import type { ClientUsage } from "./types.js";

/**
 * Event-loop utilisation from which a sending thread counts as saturated. Above it, callbacks wait for one another:
 * chunks are stamped late and requests leave late (at 128 streams the issue measured TTFT 19× the server's).
 */
export const SATURATED_LOOP = 0.9;

/**
 * Event-loop utilisation from which `--workers auto` spreads a level over more threads. Streams advance in lockstep
 * on a batching server, so their chunks arrive in bursts and the last of a burst waits for the others well before the
 * loop is saturated: at 128 streams, one thread 43–51 % busy measured TTFT p50 2.2–5.4× the bare client's, two
 * threads ~30 % busy each 0.7–1.7× (bench/README.md, 2026-12-03).
 */
export const SPLIT_LOOP = 0.3;

/** A thread's event-loop utilisation from now on: call the result when its work is done. */
export function loopUtilisation(): () => number {
  const start: EventLoopUtilization = performance.eventLoopUtilization();
  return () => performance.eventLoopUtilization(start).utilization;
}

/** The whole process's CPU time from now on (every thread), as ClientUsage once the level's wall time is known. */
export function clientUsageMeter(): (run: { threads: number; wallMs: number; loops: readonly number[] }) => ClientUsage {
  const cpu = process.cpuUsage();
  return ({ threads, wallMs, loops }) => {
    const used = process.cpuUsage(cpu);
    const busiest = Math.max(0, ...loops);
    return {
      threads,
      cpuPercent: wallMs > 0 ? ((used.user + used.system) / 1000 / wallMs) * 100 : 0,
      busiestLoopPercent: busiest * 100,
      bound: busiest >= SATURATED_LOOP,
    };
  };
}
