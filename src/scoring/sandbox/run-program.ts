import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import type { Duplex, Writable } from "node:stream";
import { KurabeError } from "../../errors.js";
import { CappedOutput } from "./capped-output.js";
import { classifyExit, type StopReason } from "./classify-exit.js";
import type { RunCgroup } from "./memory-cap.js";
import { watchRunMemory } from "./memory-watch.js";
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
  /**
   * In the sandbox: bwrap's --info-fd, then the start guard's lifeline and the watcher's socket (after the file
   * pipes; see bubblewrap.ts), and the run's cgroup.
   */
  sandbox?: { infoFd: number; lifelineFd: number; watchFd: number; cgroup?: RunCgroup };
  /** Without a cgroup: the most resident memory the run's processes may hold together (memory-watch.ts). */
  memoryWatchBytes?: number;
  cleanup?: () => void;
}

interface Streams {
  stdout: CappedOutput;
  stderr: CappedOutput;
  report: CappedOutput;
  /** bwrap's --info-fd output. */
  info: CappedOutput;
  /** What the watcher says on its socket: bwrap's exit status (bubblewrap.ts START_WATCH). */
  watch: CappedOutput;
}

/** How long to wait for the last output once the spawned process has exited. */
const DRAIN_MS = 2000;

/**
 * Spawns a prepared command in its own process group, feeds its stdin and file pipes, answers the start guard,
 * reads its output with caps, and stops it at the time limit, the output cap or the abort signal. Resolves with how
 * it ended as soon as it exited or was stopped: a kill is recorded at once, while the kernel tears the sandbox down
 * in the background.
 */
export async function runProgram(prepared: PreparedRun, request: SandboxRequest, limits: SandboxLimits): Promise<SandboxResult> {
  const started = performance.now();
  const child = spawnDetached(prepared, request);
  const streams: Streams = {
    stdout: new CappedOutput(limits.outputBytes, limits.keptOutputBytes),
    stderr: new CappedOutput(limits.outputBytes, limits.keptOutputBytes),
    report: new CappedOutput(REPORT_BYTES, REPORT_BYTES),
    info: new CappedOutput(4096, 4096),
    watch: new CappedOutput(64, 64),
  };
  const cgroup = prepared.sandbox?.cgroup;
  // Unsafe runs have no guard: the program starts with the spawn.
  let programStarted = prepared.sandbox === undefined;
  let stopReason: StopReason | undefined;
  let stopped: () => void = () => {};
  const stoppedEarly = new Promise<void>((resolve) => (stopped = resolve));
  const stop = (reason: StopReason): void => {
    stopReason ??= reason;
    killRun(child, childPid(streams.info.text()), cgroup);
    stopped();
  };
  trackChild(child, cgroup);
  const timer = setTimeout(() => stop("timeout"), request.timeLimitMs);
  const onAbort = (): void => stop("cancelled");
  request.signal?.addEventListener("abort", onAbort, { once: true });
  if (request.signal?.aborted) onAbort();
  let failure: string | undefined;
  child.on("error", (error) => {
    failure = error.message;
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal })),
  );
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  connectStreams(child, prepared, request, streams, () => stop("output-limit"));
  if (prepared.sandbox) {
    answerGuard(child.stdio[prepared.sandbox.lifelineFd] as Duplex | null, streams.info, cgroup, {
      started: () => {
        programStarted = true;
      },
      failed: (message) => {
        failure ??= message;
        stop("cancelled");
      },
    });
  }

  const stopWatch = watchMemory(child, prepared, streams, () => stop("memory"));
  await Promise.race([exited, stoppedEarly]);
  clearTimeout(timer);
  stopWatch();
  request.signal?.removeEventListener("abort", onAbort);
  // After an exit the output still in the pipes is read (bwrap exits only once its whole pid namespace is gone);
  // after a stop nothing more is awaited.
  const ending = stopReason ? undefined : await Promise.race([closed, delay(DRAIN_MS).then(() => undefined)]);
  const exit = prepared.sandbox
    ? watchedExit(streams.watch.text())
    : (ending ?? { code: child.exitCode, signal: child.signalCode });
  const oom = cgroup?.oomKilled() ?? false;
  void finishInBackground(child, prepared, streams, closed);
  const stderrText = streams.stderr.text();
  const sandboxFailed = failure !== undefined || (!programStarted && stopReason === undefined);
  const classified = sandboxFailed
    ? { status: "error" as const, exitCode: exit.code, signal: exit.signal }
    : classifyExit({ code: exit.code, signal: exit.signal, stopReason, stderrTail: stderrText.slice(-4096), oomKilled: oom });
  return programResult(classified, streams, { failure, startedAt: started, request, sandboxed: prepared.sandbox !== undefined });
}

/** A run's result from how it ended and what it wrote; `failure` (the harness's own message) ends its stderr. */
export function programResult(
  classified: Pick<SandboxResult, "status" | "exitCode" | "signal">,
  streams: { stdout: CappedOutput; stderr: CappedOutput; report: CappedOutput },
  run: { failure: string | undefined; startedAt: number; request: SandboxRequest; sandboxed: boolean },
): SandboxResult {
  const stderrText = streams.stderr.text();
  return {
    ...classified,
    stdout: streams.stdout.text(),
    stderr: run.failure ? `${stderrText}${run.failure}` : stderrText,
    outputBytes: { stdout: streams.stdout.total, stderr: streams.stderr.total },
    report: streams.report.text(),
    durationMs: Math.round(performance.now() - run.startedAt),
    timeLimitMs: run.request.timeLimitMs,
    sandboxed: run.sandboxed,
  };
}

/** Starts the memory watch of a run without a cgroup once its processes can be found; returns how to end it. */
function watchMemory(child: ChildProcess, prepared: PreparedRun, streams: Streams, over: () => void): () => void {
  const cap = prepared.memoryWatchBytes;
  if (cap === undefined || child.pid === undefined) return () => {};
  if (!prepared.sandbox) return watchRunMemory({ processGroup: child.pid }, cap, over);
  let ended = false;
  let stopWatch = (): void => {};
  void until(() => (ended ? 0 : childPid(streams.info.text())), 10_000).then((pid) => {
    if (!ended && pid) stopWatch = watchRunMemory({ sandboxInit: pid }, cap, over);
  });
  return () => {
    ended = true;
    stopWatch();
  };
}

/**
 * Answers the start guard (bubblewrap.ts START_GUARD): once it asks, moves the sandbox's pid 1 into the run's cgroup
 * and says `go`. A kurabe that dies first never answers, and the guard exits.
 */
export function answerGuard(
  lifeline: Duplex | null,
  info: CappedOutput,
  cgroup: RunCgroup | undefined,
  on: { started(): void; failed(message: string): void },
): void {
  if (!lifeline) return;
  lifeline.on("error", () => {});
  let asked = false;
  lifeline.on("data", () => {
    if (asked) return;
    asked = true;
    void (async () => {
      try {
        if (cgroup) {
          // bwrap writes --info-fd before it lets the sandbox start, but the two pipes may be read in either order.
          const pid = await until(() => childPid(info.text()), 2000);
          if (pid === undefined) throw new Error("bwrap did not report the sandbox's pid");
          cgroup.add(pid);
        }
        on.started();
        lifeline.end("go\n");
      } catch (error) {
        on.failed(`cannot put the run in its memory cgroup: ${(error as Error).message}`);
      }
    })();
  });
}

/** Tears down what is left after the result is known: the process group, the pid namespace, the cgroup, the files. */
async function finishInBackground(
  child: ChildProcess,
  prepared: PreparedRun,
  streams: Streams,
  closed: Promise<unknown>,
): Promise<void> {
  if (prepared.sandbox) {
    await namespaceGone(childPid(streams.info.text()));
  } else if (child.pid !== undefined) {
    signalGroup(child.pid);
  }
  // A leftover (unsafe mode) may still hold the pipes: stop waiting for them.
  await Promise.race([closed, delay(250)]);
  for (const stream of child.stdio) stream?.destroy();
  await prepared.sandbox?.cgroup?.remove();
  untrackChild(child);
  prepared.cleanup?.();
}

function spawnDetached(prepared: PreparedRun, request: SandboxRequest): ChildProcess {
  const stdio: "pipe"[] = ["pipe", "pipe", "pipe"];
  const extra = (request.reportChannel ? 1 : 0) + (request.onLink ? 1 : 0) + prepared.filePipes.length + (prepared.sandbox ? 3 : 0);
  for (let i = 0; i < extra; i += 1) stdio.push("pipe");
  try {
    return spawn(prepared.command, prepared.args, {
      env: prepared.env,
      cwd: prepared.cwd,
      stdio,
      // Its own process group, so a timeout kills setpriv/bwrap (and, without a sandbox, what the program forked).
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
  const linkFd = REPORT_FD + (request.reportChannel ? 1 : 0);
  if (request.onLink) request.onLink(child.stdio[linkFd] as Duplex);
  const firstFileFd = linkFd + (request.onLink ? 1 : 0);
  prepared.filePipes.forEach((content, index) => feed(child.stdio[firstFileFd + index] as Writable | null, content));
  if (prepared.sandbox) {
    read(pipe(prepared.sandbox.infoFd), streams.info, () => {});
    read(pipe(prepared.sandbox.watchFd), streams.watch, () => {});
  }
  feed(child.stdin, request.stdin ?? "");
}

/**
 * Kills a run: its process group (setpriv/bwrap), the sandbox's pid 1 (which takes the whole pid namespace with it,
 * without waiting for bwrap's death signal to be delivered) and everything in its cgroup.
 */
function killRun(child: ChildProcess, innerPid: number | undefined, cgroup: RunCgroup | undefined): void {
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) signalGroup(child.pid);
  if (innerPid !== undefined) {
    try {
      process.kill(innerPid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  cgroup?.killAll();
}

export function signalGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // the group is empty
  }
}

/**
 * How bwrap ended, as its watcher reported it before SIGKILLing its own group (bubblewrap.ts START_WATCH). No report
 * means the watcher was killed first: by kurabe's stop, or from outside.
 */
function watchedExit(report: string): { code: number | null; signal: NodeJS.Signals | null } {
  const status = /^(\d+)$/m.exec(report);
  return status ? { code: Number(status[1]), signal: null } : { code: null, signal: "SIGKILL" };
}

/** The host pid of the namespace's pid 1, from bwrap's --info-fd JSON. */
export function childPid(info: string): number | undefined {
  const match = /"child-pid"\s*:\s*(\d+)/.exec(info);
  return match ? Number(match[1]) : undefined;
}

/**
 * Waits until the namespace's pid 1 is gone: a pid namespace's init finishes exiting only after every other process
 * in it has (the kernel kills and reaps them first), so a zombie pid 1 already means the whole sandbox is gone. Its
 * parent may be slow to reap it (or, once bwrap was killed, an init that never reaps), so a zombie counts as gone.
 */
export async function namespaceGone(pid: number | undefined, timeoutMs = 5000): Promise<void> {
  if (pid === undefined) return;
  const first = processState(pid);
  if (!first) return;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const now = processState(pid);
    // A different start time means the pid was reused: ours is gone.
    if (!now || now.startTime !== first.startTime || now.state === "Z" || now.state === "X") return;
    await delay(5);
  }
}

function processState(pid: number): { state: string; startTime: string } | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which may itself contain spaces and parentheses: state is field 3, starttime 22.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0] ?? "", startTime: fields[19] ?? "" };
  } catch {
    return undefined;
  }
}

export function read(stream: NodeJS.ReadableStream | null, sink: CappedOutput, onLimit: () => void): void {
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

export function feed(stream: Writable | null, content: string | Buffer): void {
  if (!stream) return;
  // EPIPE when the program exits (or bwrap fails) before reading everything: not an error of the harness.
  stream.on("error", () => {});
  stream.end(content);
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function until<T>(value: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = value();
    if (found !== undefined || Date.now() > deadline) return found;
    await delay(2);
  }
}

// Children still running when kurabe itself exits are killed with it (bwrap's --die-with-parent and the start guard
// cover a SIGKILL of kurabe; this covers a normal exit, and the unsafe mode, which has no pid namespace).
const running = new Map<ChildProcess, RunCgroup | undefined>();
let exitHookInstalled = false;

function trackChild(child: ChildProcess, cgroup: RunCgroup | undefined): void {
  running.set(child, cgroup);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const [each, group] of running) killRun(each, undefined, group);
  });
}

function untrackChild(child: ChildProcess): void {
  running.delete(child);
}
