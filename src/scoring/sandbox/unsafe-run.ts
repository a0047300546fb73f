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

/** What keeps the checker out of the candidate's reach in unsafe mode, for people (sandbox-settings.ts). */
export function unsafeCheckerIsolation(): { kind: "own-user" | "none"; summary: string } {
  if (runningAsRoot() && findTool("setpriv")) {
    return { kind: "own-user", summary: `the checker runs as uid ${UNSAFE_CHECKER_UID}, the program under test as uid ${NOBODY}` };
  }
  return {
    kind: "none",
    summary:
      "the checker runs as the same user as the program under test (kurabe is not root): the program can signal, " +
      "trace or write into the checker and forge its verdict",
  };
}

/**
 * The uid a checker runs as in unsafe mode (root harness only): not nobody (65534, the program under test), so the
 * program cannot kill it, ptrace it or open its /proc/PID/fd/3 report pipe and write PASS there. Below nobody, where
 * Debian allocates no user.
 */
export const UNSAFE_CHECKER_UID = 65533;

let warned = false;

/** Prints the unsafe-mode warning to stderr, once per process. */
export function warnUnsafeNoSandbox(): void {
  if (warned) return;
  warned = true;
  const checker = unsafeCheckerIsolation();
  const forged = checker.kind === "none" ? ` Its verdicts cannot be trusted: ${checker.summary}.` : "";
  process.stderr.write(`${UNSAFE_NO_SANDBOX_WARNING}${forged}\n`);
}

/**
 * The unsafe runner: files in a fresh host folder, the interpreter under prlimit with an empty environment. As root
 * it still drops to an unprivileged user with setpriv (nobody; a checker its own uid): without a sandbox that is the
 * one protection left for the host, and what keeps the program under test away from its checker.
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
  const uid = request.role === "checker" ? UNSAFE_CHECKER_UID : NOBODY;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-unsafe-"));
  for (const [name, content] of Object.entries(request.files)) fs.writeFileSync(path.join(dir, name), content, { mode: 0o444 });
  // The run's own user alone may enter its folder: a program under test cannot read the checker's tests.
  if (setpriv) fs.chownSync(dir, uid, uid);
  const program = [
    ...prlimitCommand(prlimit, limits, cpuSeconds),
    interpreter.path,
    ...interpreter.args,
    path.join(dir, request.entry),
    ...(request.args ?? []),
  ];
  const drop = setpriv
    ? [setpriv, "--reuid", String(uid), "--regid", String(uid), "--clear-groups", "--inh-caps=-all", "--"]
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
