import { spawn, type ChildProcess } from "node:child_process";
import { Duplex, type Writable } from "node:stream";
import { KurabeError } from "../../errors.js";
import type { SandboxTools } from "./bubblewrap.js";
import { bubblewrapCommand, HOST_PATH, hostLayout, PROGRAM_ENV, WORK_DIR, type GuardLimits } from "./bubblewrap.js";
import { CappedOutput } from "./capped-output.js";
import { classifyExit, type StopReason } from "./classify-exit.js";
import type { Interpreter } from "./interpreters.js";
import { memoryCapSettings, RunCgroup, type MemoryCapSupport } from "./memory-cap.js";
import { watchRunMemory } from "./memory-watch.js";
import { feed } from "./process-io.js";
import { programResult } from "./program-result.js";
import { answerGuard, childPid, namespaceGone, signalGroup } from "./sandbox-processes.js";
import { DEFAULT_LIMITS, type SandboxLimits, type SandboxRequest, type SandboxResult } from "./types.js";
import { ZYGOTE_PROGRAM } from "./zygote-program.js";

/** What a zygote needs from its host: the tools, the privilege drop, the memory mechanism, its interpreter. */
export interface ZygoteHost {
  tools: SandboxTools;
  dropPrivileges: boolean;
  memory: MemoryCapSupport;
  /** Runs the zygote program; its roots (and those of every language's interpreter) are bound in the sandbox. */
  python: Interpreter;
  roots: readonly string[];
}

// The zygote itself runs without address-space, CPU-time or file-size limits (its runs set their own, and its CPU time
// adds up over its runs); at most 4,096 processes and 1,024 files, above any run's.
const ZYGOTE_GUARD: GuardLimits = ["unlimited", "unlimited", "unlimited", "4096", "1024"];
const FILE_FD = 3;
const INFO_FD = 4;
const LIFELINE_FD = 5;
const WATCH_FD = 6;
/** Bytes of stdin or link data per frame. */
const FRAME_BYTES = 1 << 20;
/** How long a zygote may take to start (both cores busy included). */
const START_MS = 60_000;
/** How long a stopped run's zygote may take to kill and clean up before it is torn down instead. */
const CLEANUP_MS = 3000;

type Frame = { kind: string; payload: Buffer };

/**
 * A long-lived hardened sandbox (the same bubblewrap invocation, start guard and watcher as a single run; see
 * bubblewrap.ts) whose pid 1 is the zygote program (zygote-program.ts): it runs one program at a time inside itself
 * and leaves nothing of one run for the next. A run then costs a fork and an exec instead of a new set of namespaces,
 * a setpriv, a bwrap and a shell (bench/README.md: that set-up cost about as much CPU as the program's own start).
 * The run's memory cap is the zygote's cgroup, set for each run; its rlimits are set by the zygote before the exec.
 */
export class Zygote {
  private frames: ((frame: Frame) => void) | undefined;
  private ready: (() => void) | undefined;
  private dead = false;
  /** What the zygote's end means to the run in progress (or to its start). */
  private onDeath: (() => void) | undefined;
  private readonly errors = new CappedOutput(64 * 1024, 8 * 1024);
  private readonly info = new CappedOutput(4096, 4096);

  private constructor(
    private readonly child: ChildProcess,
    readonly diskBytes: number,
    private readonly cgroup: RunCgroup | undefined,
    private readonly memory: MemoryCapSupport,
  ) {}

  /** Starts a zygote whose work folder holds `diskBytes`; resolves once it is ready for a run. */
  static async start(host: ZygoteHost, diskBytes: number): Promise<Zygote> {
    const limits: SandboxLimits = { ...DEFAULT_LIMITS, diskBytes };
    const { command, args } = bubblewrapCommand({
      interpreter: { ...host.python, roots: host.roots },
      entry: "zygote.py",
      args: [],
      files: [{ name: "zygote.py", fd: FILE_FD }],
      infoFd: INFO_FD,
      lifelineFd: LIFELINE_FD,
      watchFd: WATCH_FD,
      limits,
      cpuSeconds: 0,
      guardLimits: ZYGOTE_GUARD,
      dropPrivileges: host.dropPrivileges,
      layout: hostLayout(),
      tools: host.tools,
    });
    let cgroup: RunCgroup | undefined;
    try {
      cgroup = RunCgroup.create(host.memory, DEFAULT_LIMITS.memoryBytes);
    } catch (error) {
      throw new KurabeError("sandbox", `cannot create a memory cgroup under ${host.memory.base}`, {}, { cause: error });
    }
    const child: ChildProcess = spawn(command, args, { env: { PATH: HOST_PATH }, stdio: Array<"pipe">(7).fill("pipe"), detached: true });
    const zygote = new Zygote(child, diskBytes, cgroup, host.memory);
    zygote.connect();
    feed(child.stdio[FILE_FD] as Writable, ZYGOTE_PROGRAM);
    const started = new Promise<void>((resolve, reject) => {
      zygote.ready = resolve;
      zygote.onDeath = () => reject(new KurabeError("sandbox", `the sandbox zygote did not start: ${zygote.errors.text().trim() || "no message"}`));
    });
    answerGuard(zygote.pipe(LIFELINE_FD), zygote.info, cgroup, {
      started: () => {},
      failed: (message) => {
        zygote.errors.push(Buffer.from(message));
        zygote.kill();
      },
    });
    // A zygote that never says it is ready (a stuck bwrap) is torn down, and its start fails.
    const slow = setTimeout(() => {
      zygote.errors.push(Buffer.from(`not ready after ${START_MS} ms`));
      zygote.kill();
    }, START_MS);
    try {
      await started;
    } catch (error) {
      zygote.kill();
      throw error;
    } finally {
      clearTimeout(slow);
    }
    zygote.onDeath = undefined;
    return zygote;
  }

  get alive(): boolean {
    return !this.dead;
  }

  /** Runs one program; the zygote is ready for the next once `done` resolves (false: it is gone, do not reuse it). */
  run(request: SandboxRequest, interpreter: Interpreter, limits: SandboxLimits, cpuSeconds: number): { result: Promise<SandboxResult>; done: Promise<boolean> } {
    let markDone: (reusable: boolean) => void = () => {};
    const done = new Promise<boolean>((resolve) => (markDone = resolve));
    const result = this.execute(request, interpreter, limits, cpuSeconds, markDone);
    return { result, done };
  }

  /** SIGKILLs the zygote's sandbox: its process group and its pid namespace; removes its cgroup once empty. */
  kill(): void {
    const init = childPid(this.info.text());
    if (this.child.exitCode === null && this.child.signalCode === null && this.child.pid !== undefined) signalGroup(this.child.pid);
    if (init !== undefined) {
      try {
        process.kill(init, "SIGKILL");
      } catch {
        // already gone
      }
    }
    this.cgroup?.killAll();
    this.died();
    void namespaceGone(init).then(() => this.cgroup?.remove());
  }

  private async execute(
    request: SandboxRequest,
    interpreter: Interpreter,
    limits: SandboxLimits,
    cpuSeconds: number,
    markDone: (reusable: boolean) => void,
  ): Promise<SandboxResult> {
    const startedAt = performance.now();
    const streams = {
      stdout: new CappedOutput(limits.outputBytes, limits.keptOutputBytes),
      stderr: new CappedOutput(limits.outputBytes, limits.keptOutputBytes),
      report: new CappedOutput(64 * 1024, 64 * 1024),
    };
    const oomBefore = this.cgroup?.oomKills() ?? 0;
    let link: Duplex | undefined;
    let programStarted = false;
    let failure: string | undefined;
    let exitCode: number | null = null;
    let stopReason: StopReason | undefined;
    let finish: () => void = () => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const stop = (reason: StopReason): void => {
      if (stopReason || exitCode !== null) return;
      stopReason = reason;
      this.send("K");
      // A zygote that does not clean up in time is torn down instead.
      const teardown = setTimeout(() => this.kill(), CLEANUP_MS);
      void done.then(() => clearTimeout(teardown));
      finish();
    };
    let reusable: (value: boolean) => void = () => {};
    const done = new Promise<boolean>((resolve) => (reusable = resolve));
    void done.then(markDone);
    this.onDeath = () => {
      if (!programStarted) failure ??= `the sandbox zygote ended: ${this.errors.text().trim() || "no message"}`;
      link?.push(null);
      finish();
      reusable(false);
    };
    this.ready = () => {
      this.onDeath = undefined;
      reusable(true);
    };
    this.frames = ({ kind, payload }) => {
      const over = (sink: CappedOutput): void => {
        if (sink.push(payload)) stop("output-limit");
      };
      if (kind === "P") programStarted = true;
      else if (kind === "Z") {
        failure = `cannot start ${interpreter.path}: ${payload.toString()}`;
        finish();
      } else if (kind === "O") over(streams.stdout);
      else if (kind === "E") over(streams.stderr);
      else if (kind === "F") over(streams.report);
      else if (kind === "L") link?.push(payload);
      else if (kind === "l") link?.push(null);
      else if (kind === "X") {
        exitCode = (JSON.parse(payload.toString()) as { code: number }).code;
        finish();
      }
    };
    if (this.dead) {
      reusable(false);
      return this.failedToStart("the sandbox zygote is gone", request);
    }
    try {
      this.cgroup?.setLimit(limits.memoryBytes);
    } catch (error) {
      reusable(false);
      this.kill();
      return this.failedToStart(`cannot set the run's memory cap: ${(error as Error).message}`, request);
    }
    if (request.onLink) {
      link = new Duplex({
        read: () => {},
        write: (chunk: Buffer, _encoding, callback) => {
          if (exitCode === null && !stopReason) this.sendChunked("L", chunk);
          callback();
        },
        final: (callback) => {
          if (exitCode === null && !stopReason) this.send("l");
          callback();
        },
      });
      request.onLink(link);
    }
    const names = Object.keys(request.files);
    this.send(
      "R",
      Buffer.from(
        JSON.stringify({
          files: Object.fromEntries(names.map((name) => [name, request.files[name]])),
          argv: [interpreter.path, ...interpreter.args, `${WORK_DIR}/${request.entry}`, ...(request.args ?? [])],
          // PWD as the start guard's shell exports it: the same environment as a sandbox of its own.
          env: { ...PROGRAM_ENV, PWD: WORK_DIR },
          limits: {
            as: limits.memoryBytes,
            cpu: cpuSeconds,
            fsize: limits.fileBytes,
            nproc: limits.processes,
            nofile: limits.openFiles,
            core: 0,
            msgqueue: 0,
          },
          report: request.reportChannel === true,
          link: request.onLink !== undefined,
        }),
      ),
    );
    const stdin = request.stdin === undefined ? Buffer.alloc(0) : Buffer.from(request.stdin);
    this.sendChunked("S", stdin);
    this.send("s");
    const timer = setTimeout(() => stop("timeout"), request.timeLimitMs);
    const onAbort = (): void => stop("cancelled");
    request.signal?.addEventListener("abort", onAbort, { once: true });
    if (request.signal?.aborted) onAbort();
    const init = childPid(this.info.text());
    const memoryCap = this.cgroup ? undefined : memoryCapSettings(this.memory, limits).runBytes;
    const stopWatch =
      memoryCap !== undefined && init !== undefined
        ? watchRunMemory({ sandboxInit: init, skipInit: true }, memoryCap, () => stop("memory"))
        : () => {};
    await finished;
    clearTimeout(timer);
    stopWatch();
    request.signal?.removeEventListener("abort", onAbort);
    const oomKilled = (this.cgroup?.oomKills() ?? 0) > oomBefore;
    const stderrText = streams.stderr.text();
    const sandboxFailed = failure !== undefined && !programStarted;
    const classified = sandboxFailed
      ? { status: "error" as const, exitCode: null, signal: null }
      : classifyExit({
          code: exitCode,
          signal: exitCode === null ? "SIGKILL" : null,
          stopReason,
          stderrTail: stderrText.slice(-4096),
          oomKilled,
        });
    return programResult(classified, streams, { failure, startedAt, request, sandboxed: true });
  }

  private failedToStart(message: string, request: SandboxRequest): SandboxResult {
    return {
      status: "error",
      exitCode: null,
      signal: null,
      stdout: "",
      stderr: message,
      outputBytes: { stdout: 0, stderr: 0 },
      report: "",
      durationMs: 0,
      timeLimitMs: request.timeLimitMs,
      sandboxed: true,
    };
  }

  private send(kind: string, payload: Buffer = Buffer.alloc(0)): void {
    if (this.dead) return;
    const header = Buffer.alloc(5);
    header.write(kind, 0, "latin1");
    header.writeUInt32BE(payload.length, 1);
    this.child.stdin?.write(Buffer.concat([header, payload]));
  }

  private sendChunked(kind: string, data: Buffer): void {
    for (let offset = 0; offset < data.length; offset += FRAME_BYTES) this.send(kind, data.subarray(offset, offset + FRAME_BYTES));
  }

  private connect(): void {
    const { child } = this;
    child.on("error", (error) => {
      this.errors.push(Buffer.from(error.message));
      this.died();
    });
    child.on("exit", () => this.died());
    child.stdin?.on("error", () => {});
    child.stderr?.on("data", (chunk: Buffer) => this.errors.push(chunk));
    this.pipe(INFO_FD).on("data", (chunk: Buffer) => this.info.push(chunk));
    this.pipe(WATCH_FD).on("error", () => {});
    this.pipe(WATCH_FD).resume();
    let buffered: Buffer = Buffer.alloc(0);
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
      while (buffered.length >= 5) {
        const size = buffered.readUInt32BE(1);
        if (buffered.length < 5 + size) break;
        const kind = buffered.toString("latin1", 0, 1);
        const payload = buffered.subarray(5, 5 + size);
        buffered = buffered.subarray(5 + size);
        if (kind === "D") {
          const ready = this.ready;
          this.ready = undefined;
          this.frames = undefined;
          ready?.();
        } else {
          this.frames?.({ kind, payload });
        }
      }
    });
    child.stdout?.on("end", () => this.died());
    // An idle zygote does not keep kurabe running: a run's own timer does while it runs.
    child.unref();
    for (const stream of child.stdio) (stream as { unref?: () => void } | null)?.unref?.();
  }

  private pipe(fd: number): Duplex {
    return (this.child.stdio as unknown as Duplex[])[fd]!;
  }

  private died(): void {
    if (this.dead) return;
    this.dead = true;
    const onDeath = this.onDeath;
    this.onDeath = undefined;
    onDeath?.();
  }
}

