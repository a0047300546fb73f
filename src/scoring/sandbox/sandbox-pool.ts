import os from "node:os";
import { runSandboxed } from "./run-sandboxed.js";
import type { SandboxRequest, SandboxResult } from "./types.js";

/**
 * Runs sandboxed programs at most `concurrency` at a time (default: the number of cores): more would only make each
 * run slower and push correct programs over their time limits.
 */
export class SandboxPool {
  readonly concurrency: number;
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(concurrency = os.availableParallelism()) {
    this.concurrency = Math.max(1, Math.floor(concurrency));
  }

  run(request: SandboxRequest): Promise<SandboxResult> {
    return this.schedule(() => runSandboxed(request));
  }

  /** Runs a task that takes one slot (e.g. a checker and its candidate, which take turns: runLinked). */
  async schedule<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  /** Runs currently executing and waiting. */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  private acquire(): Promise<void> {
    if (this.active < this.concurrency) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter, so `active` stays the same.
    if (next) next();
    else this.active -= 1;
  }
}

let shared: SandboxPool | undefined;

/** The process-wide pool every code scorer shares, sized to the cores. */
export function sharedSandboxPool(): SandboxPool {
  shared ??= new SandboxPool();
  return shared;
}
