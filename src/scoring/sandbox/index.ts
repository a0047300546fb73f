/** Sandboxed code execution: bubblewrap + rlimits + timeout + capped output, and a pool sized to the cores. */
export { INSTALL_BUBBLEWRAP, sandboxAvailability, sandboxUnavailableError, type SandboxAvailability } from "./availability.js";
export { resolveInterpreter, type Interpreter } from "./interpreters.js";
export { runSandboxed } from "./run-sandboxed.js";
export { SandboxPool, sharedSandboxPool } from "./sandbox-pool.js";
export { DEFAULT_LIMITS } from "./types.js";
export type { SandboxLanguage, SandboxLimits, SandboxRequest, SandboxResult, SandboxStatus } from "./types.js";
export { UNSAFE_NO_SANDBOX_WARNING, warnUnsafeNoSandbox } from "./unsafe-run.js";
