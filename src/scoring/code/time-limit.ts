import { createHash } from "node:crypto";
import type { TestRun } from "./run-tests.js";
import type { CodeProblem } from "./types.js";

/**
 * Time limits scale with the reference solution's own runtime on this machine, as EvalPlus does
 * (max(4 s, 4 × reference)): a slow machine must not turn right answers into timeouts (EvalPlus users saw pass@1
 * drop from 0.40 to 0.23 on a slower CPU with fixed limits).
 */
export interface TimeLimitPolicy {
  floorMs: number;
  factor: number;
}

export const DEFAULT_TIME_LIMIT: Readonly<TimeLimitPolicy> = { floorMs: 4000, factor: 4 };

export function scaledTimeLimit(policy: TimeLimitPolicy, referenceMs: number | undefined): number {
  return Math.max(policy.floorMs, Math.ceil(policy.factor * (referenceMs ?? 0)));
}

/** Measured reference runtimes, once per problem and process (concurrent samples share one measurement). */
const measurements = new Map<string, Promise<number | undefined>>();

/**
 * The reference solution's runtime in the sandbox (tests included), or undefined when the problem has none or it
 * does not pass here (then the floor alone applies). `run` executes a program against the problem's tests.
 */
export function referenceRuntimeMs(
  problem: CodeProblem,
  policy: TimeLimitPolicy,
  run: (program: string, timeLimitMs: number) => Promise<TestRun>,
): Promise<number | undefined> {
  const reference = problem.reference;
  if (reference === undefined) return Promise.resolve(undefined);
  const key = `${problem.benchmark}\0${problem.id}\0${createHash("sha256").update(reference).digest("hex")}`;
  let measurement = measurements.get(key);
  if (!measurement) {
    // A generous limit for the measurement itself: it exists to find out how long the reference takes.
    measurement = run(reference, policy.floorMs * 5).then(
      (result) => (result.outcome === "passed" ? result.run.durationMs : undefined),
      () => undefined,
    );
    measurements.set(key, measurement);
  }
  return measurement;
}
