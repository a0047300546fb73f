import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import type { Writable } from "node:stream";
import { KurabeError } from "../../errors.js";
import { CappedOutput } from "./capped-output.js";
import { classifyExit, type StopReason } from "./classify-exit.js";
import type { SandboxLimits, SandboxRequest, SandboxResult } from "./types.js";

/** The program's report channel (see SandboxRequest.reportChannel). */
export const REPORT_FD = 3;
const REPORT_BYTES = 64 * 1024;

/** A prepared command: what to spawn and what to clean up afterwards. */
export interface PreparedRun {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd?: string;
  /** File contents to write to extra pipes, in fd order after the report channel (bwrap `--file`). */
  filePipes: string[];
  /** The fd bwrap writes its `{"child-pid": N}` to (--info-fd), after the file pipes. */
  infoFd?: number;
  sandboxed: boolean;
  cleanup?: () => void;
}

interface Streams {
  stdout: CappedOutput;
  stderr: CappedOutput;
  report: CappedOutput;
  /** bwrap's --info-fd output. */
  info: CappedOutput;
}

/**
 * Spawns a prepared command in its own process group, feeds its stdin and file pipes, reads its output with caps,
 * and stops it at the time limit, the output cap or the abort signal. Resolves once it is gone, with how it ended.
 */
export async function runProgram(prepared: PreparedRun, request: SandboxRequest, limits: SandboxLimits): Promise<SandboxResult> {
  const started = performance.now();
  const child = spawnDetached(prepared, request);
  const streams: Streams = {
    stdout: new CappedOutput(limits.outputBytes, limits.keptOutputBytes),
    stderr: new CappedOutput(limits.outputBytes, limits.keptOutputBytes),
    report: new CappedOutput(REPORT_BYTES, REPORT_BYTES),
    info: new CappedOutput(4096, 4096),
  };
  let stopReason: StopReason | undefined;
  const stop = (reason: StopReason): void => {
    stopReason ??= reason;
    killRun(child, childPid(streams.info.text()));
  };
  trackChild(child);
  const timer = setTimeout(() => stop("timeout"), request.timeLimitMs);
  const onAbort = (): void => stop("cancelled");
  request.signal?.addEventListener("abort", onAbort, { once: true });
  if (request.signal?.aborted) onAbort();
  let spawnError: Error | undefined;
  child.on("error", (error) => {
    spawnError = error;
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal })),
  );
  connectStreams(child, prepared, request, streams, () => stop("output-limit"));

  await Promise.race([exited, closed]);
  clearTimeout(timer);
  await waitUntilGone(child, prepared, streams);
  const { code, signal } = await closed;
  request.signal?.removeEventListener("abort", onAbort);
  untrackChild(child);
  const stderrText = streams.stderr.text();
  const classified = spawnError
    ? { status: "error" as const, exitCode: null, signal: null }
    : classifyExit({ code, signal, stopReason, stderrTail: stderrText.slice(-4096) });
  return {
    ...classified,
    stdout: streams.stdout.text(),
    stderr: spawnError ? `${stderrText}${spawnError.message}` : stderrText,
    outputBytes: { stdout: streams.stdout.total, stderr: streams.stderr.total },
    report: streams.report.text(),
    durationMs: Math.round(performance.now() - started),
    timeLimitMs: request.timeLimitMs,
    sandboxed: prepared.sandboxed,
  };
}

function spawnDetached(prepared: PreparedRun, request: SandboxRequest): ChildProcess {
  const stdio: "pipe"[] = ["pipe", "pipe", "pipe"];
  const extra = (request.reportChannel ? 1 : 0) + prepared.filePipes.length + (prepared.infoFd === undefined ? 0 : 1);
  for (let i = 0; i < extra; i += 1) stdio.push("pipe");
  try {
    return spawn(prepared.command, prepared.args, {
      env: prepared.env,
      cwd: prepared.cwd,
      stdio,
      // Its own process group, so a timeout kills bwrap and, through --die-with-parent, the whole pid namespace.
      detached: true,
    });
  } catch (error) {
    throw new KurabeError("sandbox", `cannot start ${prepared.command}`, {}, { cause: error });
  }
}

function connectStreams(child: ChildProcess, prepared: PreparedRun, request: SandboxRequest, streams: Streams, onLimit: () => void): void {
  const pipe = (fd: number): NodeJS.ReadableStream | null => child.stdio[fd] as NodeJS.ReadableStream | null;
  read(child.stdout, streams.stdout, onLimit);
  read(child.stderr, streams.stderr, onLimit);
  if (request.reportChannel) read(pipe(REPORT_FD), streams.report, onLimit);
  const firstFileFd = REPORT_FD + (request.reportChannel ? 1 : 0);
  prepared.filePipes.forEach((content, index) => feed(child.stdio[firstFileFd + index] as Writable | null, content));
  if (prepared.infoFd !== undefined) read(pipe(prepared.infoFd), streams.info, () => {});
  feed(child.stdin, request.stdin ?? "");
}

/**
 * After the spawned process exited: in the sandbox, waits for the pid namespace to be torn down (after a kill the
 * kernel may still be killing the rest of it); without it, kills what is left of the process group. Then stops
 * waiting for pipes a leftover (unsafe mode) still holds.
 */
async function waitUntilGone(child: ChildProcess, prepared: PreparedRun, streams: Streams): Promise<void> {
  if (prepared.sandboxed) await namespaceGone(childPid(streams.info.text()));
  else if (child.pid !== undefined) signalGroup(child.pid);
  setTimeout(() => {
    for (const stream of child.stdio) stream?.destroy();
  }, 250).unref();
}

function killRun(child: ChildProcess, innerPid: number | undefined): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  signalGroup(child.pid);
  // bwrap's death takes its program down (--die-with-parent); killing pid 1 of the namespace as well does not wait
  // for that signal to be delivered.
  if (innerPid !== undefined) {
    try {
      process.kill(innerPid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

function signalGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // the group is empty
  }
}

/** The host pid of the namespace's pid 1, from bwrap's --info-fd JSON. */
function childPid(info: string): number | undefined {
  const match = /"child-pid"\s*:\s*(\d+)/.exec(info);
  return match ? Number(match[1]) : undefined;
}

/**
 * Waits until the namespace's pid 1 is gone from /proc: a pid namespace's init finishes exiting only after every
 * other process in it has (the kernel kills and reaps them first), so this means the whole sandbox is gone.
 */
async function namespaceGone(pid: number | undefined, timeoutMs = 5000): Promise<void> {
  if (pid === undefined) return;
  const startTime = processStartTime(pid);
  if (startTime === undefined) return;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    // A different start time means the pid was reused: ours is gone.
    if (processStartTime(pid) !== startTime) return;
  }
}

function processStartTime(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22 (starttime), counted after the command name, which may itself contain spaces and parentheses.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
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

// Children still running when kurabe itself exits are killed with it (bwrap's --die-with-parent covers a SIGKILL of
// kurabe; this covers a normal exit, and the unsafe mode, which has no pid namespace).
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function trackChild(child: ChildProcess): void {
  running.add(child);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const each of running) killRun(each, undefined);
  });
}

function untrackChild(child: ChildProcess): void {
  running.delete(child);
}
