import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { KurabeError } from "../../errors.js";
import { findTool, runningAsRoot } from "./availability.js";
import { HOST_PATH, NOBODY, prlimitCommand } from "./bubblewrap.js";
import type { Interpreter } from "./interpreters.js";
import type { PreparedRun } from "./run-program.js";
import type { SandboxLimits, SandboxRequest } from "./types.js";

export const UNSAFE_NO_SANDBOX_WARNING =
  "kurabe: WARNING: --unsafe-no-sandbox: model-written code runs WITHOUT isolation. It can read every file this " +
  "user can read, use the network and leave processes behind; only rlimits, a timeout and an empty environment " +
  "apply. Use it only on a disposable machine.";

let warned = false;

/** Prints the unsafe-mode warning to stderr, once per process. */
export function warnUnsafeNoSandbox(): void {
  if (warned) return;
  warned = true;
  process.stderr.write(`${UNSAFE_NO_SANDBOX_WARNING}\n`);
}

/**
 * The unsafe runner: files in a fresh host folder, the interpreter under prlimit with an empty environment. As root
 * it still drops to nobody with setpriv: without a sandbox that is the one protection left for the host.
 */
export function prepareUnsafeRun(
  request: SandboxRequest,
  interpreter: Interpreter,
  limits: SandboxLimits,
  cpuSeconds: number,
): PreparedRun {
  warnUnsafeNoSandbox();
  const prlimit = findTool("prlimit");
  if (!prlimit) throw new KurabeError("sandbox", "prlimit is not installed (apt-get install -y util-linux)");
  const setpriv = runningAsRoot() ? findTool("setpriv") : undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-unsafe-"));
  for (const [name, content] of Object.entries(request.files)) fs.writeFileSync(path.join(dir, name), content, { mode: 0o444 });
  if (setpriv) fs.chmodSync(dir, 0o777);
  const program = [
    ...prlimitCommand(prlimit, limits, cpuSeconds),
    interpreter.path,
    ...interpreter.args,
    path.join(dir, request.entry),
    ...(request.args ?? []),
  ];
  const drop = setpriv
    ? [setpriv, "--reuid", String(NOBODY), "--regid", String(NOBODY), "--clear-groups", "--inh-caps=-all", "--"]
    : [];
  const [command, ...args] = [...drop, ...program] as [string, ...string[]];
  return {
    command,
    args,
    env: { PATH: HOST_PATH, HOME: dir, MALLOC_ARENA_MAX: "2" },
    cwd: dir,
    filePipes: [],
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
