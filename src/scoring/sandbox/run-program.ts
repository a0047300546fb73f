import { spawn, type ChildProcess } from "node:child_process";
import type { Duplex, Writable } from "node:stream";
import { setTimeout as delay } from "node:timers/promises";
import { KurabeError } from "../../errors.js";
import { CappedOutput } from "./capped-output.js";
import { classifyExit, type StopReason } from "./classify-exit.js";
import type { RunCgroup } from "./memory-cap.js";
import { watchRunMemory } from "./memory-watch.js";
import { feed, readCapped } from "./process-io.js";
import { programResult } from "./program-result.js";
import { answerGuard, childPid, namespaceGone, sandboxPid, signalGroup } from "./sandbox-processes.js";
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

/** Starts the memory watch of a run without a cgroup once its processes can be found; returns how to end it. */
function watchMemory(child: ChildProcess, prepared: PreparedRun, streams: Streams, over: () => void): () => void {
  const cap = prepared.memoryWatchBytes;
  if (cap === undefined || child.pid === undefined) return () => {};
  if (!prepared.sandbox) return watchRunMemory({ processGroup: child.pid }, cap, over);
  let ended = false;
  let stopWatch = (): void => {};
  void sandboxPid(streams.info, 10_000, () => ended).then((pid) => {
    if (!ended && pid) stopWatch = watchRunMemory({ sandboxInit: pid }, cap, over);
  });
  return () => {
    ended = true;
    stopWatch();
  };
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
  readCapped(child.stdout, streams.stdout, onLimit);
  readCapped(child.stderr, streams.stderr, onLimit);
  if (request.reportChannel) readCapped(pipe(REPORT_FD), streams.report, onLimit);
  const linkFd = REPORT_FD + (request.reportChannel ? 1 : 0);
  if (request.onLink) request.onLink(child.stdio[linkFd] as Duplex);
  const firstFileFd = linkFd + (request.onLink ? 1 : 0);
  prepared.filePipes.forEach((content, index) => feed(child.stdio[firstFileFd + index] as Writable | null, content));
  if (prepared.sandbox) {
    readCapped(pipe(prepared.sandbox.infoFd), streams.info, () => {});
    readCapped(pipe(prepared.sandbox.watchFd), streams.watch, () => {});
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

/**
 * How bwrap ended, as its watcher reported it before SIGKILLing its own group (bubblewrap.ts START_WATCH). No report
 * means the watcher was killed first: by kurabe's stop, or from outside.
 */
function watchedExit(report: string): { code: number | null; signal: NodeJS.Signals | null } {
  const status = /^(\d+)$/m.exec(report);
  return status ? { code: Number(status[1]), signal: null } : { code: null, signal: "SIGKILL" };
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
