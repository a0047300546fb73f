import { memoryCapSettings, memoryCapSupport, type MemoryCapSettings } from "./memory-cap.js";
import { DEFAULT_LIMITS } from "./types.js";
import { unsafeCheckerIsolation } from "./unsafe-run.js";

/** The sandbox settings a run's code suites run with, as stored with the run and shown by `kurabe doctor`. */
interface SandboxSettings {
  /** bubblewrap, or none with --unsafe-no-sandbox. */
  isolation: "bubblewrap" | "none";
  /**
   * What keeps the checker (the benchmark's tests, which give the verdict) out of reach of the program under test:
   * its own sandbox; in unsafe mode its own user (root only), or nothing, in which case a verdict can be forged.
   */
  checker: { isolation: "own-sandbox" | "own-user" | "none"; summary: string };
  memory: MemoryCapSettings;
}

export function sandboxSettings(unsafeNoSandbox: boolean): SandboxSettings {
  // Without the sandbox there is no cgroup either: the rlimit budget applies (run-sandboxed.ts).
  const support = unsafeNoSandbox ? { mechanism: "rlimit-budget" as const } : memoryCapSupport();
  const unsafe = unsafeNoSandbox ? unsafeCheckerIsolation() : undefined;
  return {
    isolation: unsafeNoSandbox ? "none" : "bubblewrap",
    checker: unsafe
      ? { isolation: unsafe.kind, summary: unsafe.summary }
      : {
          isolation: "own-sandbox",
          summary:
            "the checker runs in a bubblewrap sandbox of its own, apart from the program under test (sandboxes are " +
            "reused one run at a time and emptied between runs: processes killed, files, IPC objects and keys removed)",
        },
    memory: memoryCapSettings(support, DEFAULT_LIMITS),
  };
}
