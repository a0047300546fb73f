/**
 * The time a scorer module's own code has for one answer (`timeoutMs`). Its clock stands still while the scorer waits on
 * `context.callModel`: a judge's call has its model's own timeoutMs and retries, and may queue behind the run's other
 * calls for longer than any scorer should be allowed. When the time is up, `expired` rejects with the error made by
 * `timedOut` and `signal` (the scorer's `context.signal`) is aborted, so a scorer that listens can stop its work; a
 * stopped run does both with its own reason (Ctrl-C does not wait on a scorer that never settles).
 *
 * A scorer that never yields (a synchronous endless loop) cannot be interrupted: module scorers run on kurabe's thread.
 */
export class ScorerDeadline {
  readonly expired: Promise<never>;
  private readonly controller = new AbortController();
  private fail!: (error: Error) => void;
  private left: number;
  private since = 0;
  private waiting = 0;
  private timer: NodeJS.Timeout | undefined;
  private ended = false;
  private readonly stop = () => {
    this.controller.abort(this.runSignal.reason);
    this.fail(this.runSignal.reason as Error);
  };

  constructor(
    timeoutMs: number,
    private readonly timedOut: () => Error,
    private readonly runSignal: AbortSignal,
  ) {
    this.left = timeoutMs;
    this.expired = new Promise<never>((_, reject) => (this.fail = reject));
    if (runSignal.aborted) this.stop();
    else runSignal.addEventListener("abort", this.stop, { once: true });
    this.resume();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** `work` (a judge's call) with the clock stopped until it settles. */
  async excluding<T>(work: () => Promise<T>): Promise<T> {
    if (this.waiting++ === 0) this.pause();
    try {
      return await work();
    } finally {
      if (--this.waiting === 0) this.resume();
    }
  }

  /** The answer is scored (or failed): no more timer, no more listening to the run. */
  end(): void {
    this.ended = true;
    clearTimeout(this.timer);
    this.runSignal.removeEventListener("abort", this.stop);
  }

  private pause(): void {
    clearTimeout(this.timer);
    this.left -= performance.now() - this.since;
  }

  private resume(): void {
    if (this.ended) return;
    this.since = performance.now();
    this.timer = setTimeout(() => {
      const error = this.timedOut();
      this.controller.abort(error);
      this.fail(error);
    }, Math.max(0, this.left));
  }
}
