import os from "node:os";
import type { SandboxStatus } from "./types.js";

/** Why the harness stopped a run itself ("memory": its processes held more than the cap together, memory-watch.ts). */
export type StopReason = "timeout" | "output-limit" | "cancelled" | "memory";

export interface ExitFacts {
  /** Exit status of the spawned process (bwrap passes on the program's; 128 + N when the program died of signal N). */
  code: number | null;
  /** Signal that ended the spawned process itself (the unsafe runner has no bwrap in between). */
  signal: NodeJS.Signals | null;
  stopReason: StopReason | undefined;
  stderrTail: string;
  /** The kernel's OOM killer ended a process of the run's cgroup. */
  oomKilled?: boolean;
}

// How Python, V8 and glibc say they ran out of address space. Only used to name a failure for reports: a program can
// print these itself, which at worst mislabels its own failure.
const OUT_OF_MEMORY = /\bMemoryError\b|heap out of memory|Array buffer allocation failed|Cannot allocate memory|std::bad_alloc/;

/** Signals that mean a resource limit ended the program: SIGKILL at the hard CPU limit, SIGXCPU at the soft one. */
const CPU_LIMIT_SIGNALS = new Set(["SIGKILL", "SIGXCPU"]);

/**
 * How a run ended, from its exit facts. A wall-clock or CPU-time kill is "timeout" (sandbox.md: they show up as
 * rc 137, which is not a crash of the harness).
 */
export function classifyExit(facts: ExitFacts): { status: SandboxStatus; exitCode: number | null; signal: string | null } {
  // A run the kernel killed for passing its memory cap is "memory" even if kurabe stopped it afterwards: a linked
  // candidate is stopped once the checker ends, and a program whose processes keep filling the cap (each OOM kill
  // frees room for the next) runs into its time limit too (issue 12: four children of 700 MiB under 1 GiB).
  if (facts.oomKilled) {
    return { status: "memory", exitCode: facts.code, signal: facts.signal ?? signalFromStatus(facts.code) ?? null };
  }
  // Likewise a run that had already said it ran out of memory when it was cancelled: V8 at its heap limit closes the
  // candidate's link as it aborts, so its checker may end, and the candidate be stopped, before its own exit is known.
  if (facts.stopReason === "cancelled" && OUT_OF_MEMORY.test(facts.stderrTail)) return { status: "memory", exitCode: null, signal: "SIGKILL" };
  if (facts.stopReason) return { status: facts.stopReason, exitCode: null, signal: "SIGKILL" };
  const signal = facts.signal ?? signalFromStatus(facts.code);
  if (signal) {
    if (OUT_OF_MEMORY.test(facts.stderrTail)) return { status: "memory", exitCode: null, signal };
    return { status: CPU_LIMIT_SIGNALS.has(signal) ? "timeout" : "killed", exitCode: null, signal };
  }
  if (facts.code === 0) return { status: "ok", exitCode: 0, signal: null };
  const status = OUT_OF_MEMORY.test(facts.stderrTail) ? "memory" : "failed";
  return { status, exitCode: facts.code, signal: null };
}

/** bwrap exits with 128 + N when its program died of signal N. */
function signalFromStatus(code: number | null): string | undefined {
  if (code === null || code <= 128 || code > 128 + 64) return undefined;
  const number = code - 128;
  const entry = Object.entries(os.constants.signals).find(([, value]) => value === number);
  return entry?.[0];
}
