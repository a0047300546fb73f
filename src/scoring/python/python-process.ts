import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";
import { KurabeError } from "../../errors.js";
import { PYTHON_HARNESS } from "./python-harness.js";

interface Request {
  answer: unknown;
  item: unknown;
  options: unknown;
}

interface Pending {
  request: Request;
  resolve(result: unknown): void;
  reject(error: KurabeError): void;
}

/** Stderr kept from the interpreter, for the error when it dies (the user's prints and Python's own traceback). */
const STDERR_KEPT = 4000;

/**
 * One long-lived Python interpreter running a user's scorer file: requests go out as JSON lines and come back in
 * order, so many answers share one start-up (no process per answer). A reply that is not JSON, or an interpreter that
 * exits, fails the requests it owed as scorer errors (infrastructure errors, never scores); the next request starts a
 * fresh interpreter. So does an answer the function works on for longer than `timeoutMs`: its interpreter is killed (a
 * check stuck in a loop or on a socket would otherwise hold the run forever).
 */
export class PythonProcess {
  private child: ChildProcessWithoutNullStreams | undefined;
  private ready: Promise<void> | undefined;
  /** Requests by id, oldest first: the interpreter works on the oldest. */
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private stderr = "";
  private busy = 0;
  /** The timer on the request the interpreter works on (the oldest owed), and a request it killed the interpreter for. */
  private watch: NodeJS.Timeout | undefined;
  private timedOut: number | undefined;
  /** Replaced by a newer interpreter of the same file: it ends as soon as it owes nothing. */
  private retired = false;

  constructor(
    private readonly python: string,
    private readonly path: string,
    private readonly functionName: string,
    private readonly timeoutMs: number,
  ) {}

  /** Starts the interpreter and loads the file; rejects with why when the file or its function cannot be used. */
  start(): Promise<void> {
    this.ready ??= this.held(new Promise<void>((resolve, reject) => {
      const child = spawn(this.python, ["-c", PYTHON_HARNESS, this.path, this.functionName], { stdio: ["pipe", "pipe", "pipe"] });
      this.child = child;
      this.stderr = "";
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (this.stderr = (this.stderr + chunk).slice(-STDERR_KEPT)));
      child.stdin.on("error", () => undefined);
      let started = false;
      const lines = createInterface({ input: child.stdout });
      lines.on("line", (line) => {
        let message: { id?: number; ready?: boolean; error?: string; result?: unknown };
        try {
          message = JSON.parse(line) as typeof message;
        } catch {
          if (!started) return reject(new Error(`${this.path} printed ${quote(line)} instead of the harness's JSON`));
          // Printed by the answer being scored (the oldest owed); its own reply, if one follows, is then dropped.
          this.settle(this.pending.keys().next().value)?.reject(this.failure(`printed ${quote(line)}, not a JSON reply`));
          return;
        }
        if (!started) {
          started = true;
          return message.ready ? resolve() : reject(new Error(message.error ?? `${this.path} did not start`));
        }
        const waiting = this.settle(message.id);
        if (message.error !== undefined) waiting?.reject(this.failure(`raised: ${message.error}`));
        else waiting?.resolve(message.result);
      });
      child.on("error", (error) => {
        this.reset();
        reject(new Error(`cannot start ${this.python}: ${error.message}`));
      });
      child.on("exit", (code, signal) => {
        const why = `exited (${signal ?? `code ${code}`})${this.stderr.trim() ? `: ${this.stderr.trim().slice(-500)}` : ""}`;
        this.reset();
        if (!started) reject(new Error(`${this.path} ${why}`));
        // The answer being scored when it died is the one that killed it; those queued behind it go to a fresh one.
        const ids = [...this.pending.keys()];
        const timedOut = ids[0] !== undefined && ids[0] === this.timedOut;
        const [dying, ...queued] = ids.map((id) => this.settle(id)!);
        dying?.reject(this.failure(timedOut ? `took longer than ${this.timeoutMs} ms (timeoutMs): its interpreter was stopped` : `interpreter ${why}`));
        for (const waiting of queued) this.call(waiting.request).then(waiting.resolve, waiting.reject);
      });
    }));
    return this.ready;
  }

  /** Scores one answer: the function's return value as it came back. */
  async call(request: Request): Promise<unknown> {
    try {
      await this.start();
    } catch (error) {
      throw this.failure((error as Error).message);
    }
    return this.held(
      new Promise((resolve, reject) => {
        const id = this.nextId++;
        this.pending.set(id, { request, resolve, reject });
        if (this.pending.size === 1) this.watchOldest();
        this.child!.stdin.write(`${JSON.stringify({ id, ...request })}\n`);
      }),
    );
  }

  /**
   * Keeps kurabe alive while `work` is owed; an idle interpreter never does (it ends by itself when its stdin closes
   * with kurabe), so no run has to remember to stop it.
   */
  private held<T>(work: Promise<T>): Promise<T> {
    if (this.busy++ === 0) this.setRef(true);
    const release = () => {
      if (--this.busy > 0) return;
      this.setRef(false);
      if (this.retired) this.close();
    };
    work.then(release, release);
    return work;
  }

  private setRef(on: boolean): void {
    const child = this.child;
    if (!child) return;
    for (const handle of [child, child.stdin, child.stdout, child.stderr] as Array<{ ref?(): void; unref?(): void }>) {
      if (on) handle.ref?.();
      else handle.unref?.();
    }
  }

  private settle(id: number | undefined): Pending | undefined {
    if (id === undefined) return undefined;
    const waiting = this.pending.get(id);
    this.pending.delete(id);
    this.watchOldest();
    return waiting;
  }

  /** Times the request the interpreter works on now (replies come in order: the oldest owed), from when it got to it. */
  private watchOldest(): void {
    clearTimeout(this.watch);
    const [oldest] = this.pending.keys();
    if (oldest === undefined || !this.child) return;
    const child = this.child;
    this.watch = setTimeout(() => {
      this.timedOut = oldest;
      child.kill("SIGKILL");
    }, this.timeoutMs).unref();
  }

  private close(): void {
    this.child?.stdin.end();
  }

  /** Ends the interpreter now if it owes nothing, else once it does not (a run still scoring with it finishes). */
  retire(): void {
    this.retired = true;
    if (this.busy === 0) this.close();
  }

  private reset(): void {
    this.child = undefined;
    this.ready = undefined;
  }

  private failure(what: string): KurabeError {
    return new KurabeError("scorer", `python scorer ${this.path}: ${what}`);
  }
}

function quote(line: string): string {
  return JSON.stringify(line.length > 80 ? `${line.slice(0, 80)}…` : line);
}
