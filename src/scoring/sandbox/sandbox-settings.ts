import { memoryCapSettings, memoryCapSupport, type MemoryCapSettings } from "./memory-cap.js";
import { DEFAULT_LIMITS } from "./types.js";

/** The sandbox settings a run's code suites run with, as stored with the run and shown by `kurabe doctor`. */
export interface SandboxSettings {
  /** bubblewrap, or none with --unsafe-no-sandbox. */
  isolation: "bubblewrap" | "none";
  memory: MemoryCapSettings;
}

export function sandboxSettings(unsafeNoSandbox: boolean): SandboxSettings {
  // Without the sandbox there is no cgroup either: the rlimit budget applies (run-sandboxed.ts).
  const support = unsafeNoSandbox ? { mechanism: "rlimit-budget" as const } : memoryCapSupport();
  return { isolation: unsafeNoSandbox ? "none" : "bubblewrap", memory: memoryCapSettings(support, DEFAULT_LIMITS) };
}
