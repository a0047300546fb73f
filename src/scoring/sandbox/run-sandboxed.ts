import { spawn, type ChildProcess } from "node:child_process";
import type { Writable } from "node:stream";
import { KurabeError } from "../../errors.js";
import { sandboxAvailability, sandboxUnavailableError } from "./availability.js";
import { bubblewrapCommand, HOST_PATH, hostLayout } from "./bubblewrap.js";
import { CappedOutput } from "./capped-output.js";
import { classifyExit, type StopReason } from "./classify-exit.js";
import { resolveInterpreter } from "./interpreters.js";
import { DEFAULT_LIMITS, type SandboxLimits, type SandboxRequest, type SandboxResult } from "./types.js";
import { prepareUnsafeRun } from "./unsafe-run.js";

const FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/;
const REPORT_FD = 3;
const REPORT_BYTES = 64 * 1024;

/** A prepared command: what to spawn and what to clean up afterwards. */
export interface PreparedRun {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd?: string;
  /** File contents to write to extra pipes, in fd order after the report channel (bwrap `--file`). */
  filePipes: string[];
  sandboxed: boolean;
  cleanup?: () => void;
}

/**
 * Runs a program in the hardened bubblewrap sandbox (see bubblewrap.ts) with rlimits, a wall-clock limit and capped
 * output, and says how it ended. Never throws for anything the program does; throws KurabeError("sandbox") when the
 * sandbox cannot run at all. With `unsafeNoSandbox` it runs the program with only rlimits, the timeout and an empty
 * environment.
 */
export async function runSandboxed(request: SandboxRequest): Promise<SandboxResult> {
  checkRequest(request);
  const limits: SandboxLimits = { ...DEFAULT_LIMITS, ...request.limits };
  const interpreter = resolveInterpreter(request.language);
  // CPU time is a second line behind the wall clock: it ends a spinning program even if the harness is starved.
  const cpuSeconds = Math.ceil(request.timeLimitMs / 1000) + 1;
  let prepared: PreparedRun;
  if (request.unsafeNoSandbox) {
    prepared = prepareUnsafeRun(request, interpreter, limits, cpuSeconds);
  } else {
    const availability = await sandboxAvailability();
    if (!availability.available) throw sandboxUnavailableError(availability);
    const firstFileFd = REPORT_FD + (request.reportChannel ? 1 : 0);
    const names = Object.keys(request.files);
    const { command, args } = bubblewrapCommand({
      interpreter,
      entry: request.entry,
      args: request.args ?? [],
      files: names.map((name, index) => ({ name, fd: firstFileFd + index })),
      limits,
      cpuSeconds,
      dropPrivileges: availability.dropPrivileges,
      layout: hostLayout(),
      tools: availability.tools,
    });
    // Only PATH: bwrap's own helper keeps the environment it was started with (readable via /proc), and
    // NODE_EXTRA_CA_CERTS alone adds ~90 ms to every Node start.
    prepared = { command, args, env: { PATH: HOST_PATH }, filePipes: names.map((name) => request.files[name]!), sandboxed: true };
  }
  try {
    return await execute(prepared, request, limits);
  } finally {
    prepared.cleanup?.();
  }
}

function checkRequest(request: SandboxRequest): void {
  for (const name of Object.keys(request.files)) {
    if (!FILE_NAME.test(name)) throw new KurabeError("sandbox", `invalid sandbox file name "${name}"`);
  }
  if (!(request.entry in request.files)) throw new KurabeError("sandbox", `entry "${request.entry}" is not one of the files`);
  if (!(request.timeLimitMs > 0)) throw new KurabeError("sandbox", `invalid time limit ${request.timeLimitMs} ms`);
}

function execute(prepared: PreparedRun, request: SandboxRequest, limits: SandboxLimits): Promise<SandboxResult> {
  const stdio: ("pipe" | "ignore")[] = ["pipe", "pipe", "pipe"];
  if (request.reportChannel) stdio.push("pipe");
  for (let i = 0; i < prepared.filePipes.length; i += 1) stdio.push("pipe");
  const started = performance.now();
  let child: ChildProcess;
  try {
    child = spawn(prepared.command, prepared.args, {
      env: prepared.env,
      cwd: prepared.cwd,
      stdio,
      // Its own process group, so a timeout kills bwrap and, through --die-with-parent, the whole pid namespace.
      detached: true,
    });
  } catch (error) {
    throw new KurabeError("sandbox", `cannot start ${prepared.command}`, {}, { cause: error });
  }
  return new Promise<SandboxResult>((resolve) => {
    const stdout = new CappedOutput(limits.outputBytes, limits.keptOutputBytes);
    const stderr = new CappedOutput(limits.outputBytes, limits.keptOutputBytes);
    const report = new CappedOutput(REPORT_BYTES, REPORT_BYTES);
    let stopReason: StopReason | undefined;
    let spawnError: Error | undefined;
    const stop = (reason: StopReason): void => {
      stopReason ??= reason;
      killGroup(child);
    };
    trackChild(child);
    const timer = setTimeout(() => stop("timeout"), request.timeLimitMs);
    const onAbort = (): void => stop("cancelled");
    request.signal?.addEventListener("abort", onAbort, { once: true });
    if (request.signal?.aborted) onAbort();

    read(child.stdout, stdout, () => stop("output-limit"));
    read(child.stderr, stderr, () => stop("output-limit"));
    if (request.reportChannel) read(child.stdio[REPORT_FD] as NodeJS.ReadableStream | null, report, () => stop("output-limit"));
    const firstFileFd = REPORT_FD + (request.reportChannel ? 1 : 0);
    prepared.filePipes.forEach((content, index) => feed(child.stdio[firstFileFd + index] as Writable | null, content));
    feed(child.stdin, request.stdin ?? "");

    child.on("error", (error) => {
      spawnError = error;
    });
    child.on("exit", () => {
      // Without a pid namespace (unsafe mode) a detached grandchild can hold the pipes open: kill what is left of
      // the group, then stop waiting for the pipes shortly after.
      if (!prepared.sandboxed && child.pid !== undefined) killGroupAfterExit(child.pid);
      setTimeout(() => {
        for (const stream of child.stdio) stream?.destroy();
      }, 250).unref();
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      request.signal?.removeEventListener("abort", onAbort);
      untrackChild(child);
      const durationMs = Math.round(performance.now() - started);
      const stderrText = stderr.text();
      const classified = spawnError
        ? { status: "error" as const, exitCode: null, signal: null }
        : classifyExit({ code, signal, stopReason, stderrTail: stderrText.slice(-4096) });
      resolve({
        ...classified,
        stdout: stdout.text(),
        stderr: spawnError ? `${stderrText}${spawnError.message}` : stderrText,
        outputBytes: { stdout: stdout.total, stderr: stderr.total },
        report: report.text(),
        durationMs,
        timeLimitMs: request.timeLimitMs,
        sandboxed: prepared.sandboxed,
      });
    });
  });
}

function read(stream: NodeJS.ReadableStream | null, sink: CappedOutput, onLimit: () => void): void {
  if (!stream) return;
  let over = false;
  stream.on("data", (chunk: Buffer) => {
    if (over) return;
    if (sink.push(chunk)) {
      over = true;
      onLimit();
    }
  });
  stream.on("error", () => {});
}

function feed(stream: Writable | null, content: string | Buffer): void {
  if (!stream) return;
  // EPIPE when the program exits (or bwrap fails) before reading everything: not an error of the harness.
  stream.on("error", () => {});
  stream.end(content);
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

function killGroupAfterExit(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // the group is empty
  }
}

// Children still running when kurabe itself exits are killed with it (bwrap's --die-with-parent covers a SIGKILL of
// kurabe; this covers a normal exit, and the unsafe mode, which has no pid namespace).
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function trackChild(child: ChildProcess): void {
  running.add(child);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const each of running) killGroup(each);
  });
}

function untrackChild(child: ChildProcess): void {
  running.delete(child);
}
