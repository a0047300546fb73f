import { sleep } from "./sleep.js";

/**
 * Paces requests under requests-per-minute and tokens-per-minute limits with token buckets that refill continuously
 * and hold at most ten seconds' worth, so a run never bursts a whole minute's budget at once.
 */
class TokenBucket {
  private available: number;
  private last = performance.now();
  private readonly perMs: number;
  private readonly capacity: number;

  constructor(perMinute: number) {
    this.perMs = perMinute / 60_000;
    this.capacity = Math.max(1, perMinute / 6);
    this.available = this.capacity;
  }

  /** Milliseconds until `amount` is available (0 = now). Amounts above capacity wait for a full bucket. */
  waitFor(amount: number): number {
    this.refill();
    const needed = Math.min(amount, this.capacity) - this.available;
    return needed <= 0 ? 0 : needed / this.perMs;
  }

  take(amount: number): void {
    this.refill();
    this.available -= amount;
  }

  /** Corrects an estimate once the real count is known (may go negative: later requests then wait). */
  adjust(delta: number): void {
    this.available = Math.min(this.capacity, this.available - delta);
  }

  private refill(): void {
    const now = performance.now();
    this.available = Math.min(this.capacity, this.available + (now - this.last) * this.perMs);
    this.last = now;
  }
}

export class RateLimiter {
  private readonly requests?: TokenBucket;
  private readonly tokens?: TokenBucket;
  private queue: Promise<void> = Promise.resolve();

  constructor(limits: { rpm?: number; tpm?: number }) {
    if (limits.rpm) this.requests = new TokenBucket(limits.rpm);
    if (limits.tpm) this.tokens = new TokenBucket(limits.tpm);
  }

  get active(): boolean {
    return Boolean(this.requests || this.tokens);
  }

  /**
   * Waits (in arrival order) until one request of about `estimatedTokens` tokens fits under both limits; undefined
   * without limits, so that an unpaced request is sent with no microtask in between.
   */
  take(estimatedTokens: number, signal: AbortSignal): Promise<void> | undefined {
    return this.active ? this.paced(estimatedTokens, signal) : undefined;
  }

  private async paced(estimatedTokens: number, signal: AbortSignal): Promise<void> {
    const turn = this.queue.then(async () => {
      for (;;) {
        const wait = Math.max(this.requests?.waitFor(1) ?? 0, this.tokens?.waitFor(estimatedTokens) ?? 0);
        if (wait <= 0) break;
        await sleep(wait, signal);
      }
      this.requests?.take(1);
      this.tokens?.take(estimatedTokens);
    });
    this.queue = turn.catch(() => undefined);
    await turn;
  }

  settle(estimatedTokens: number, actualTokens: number): void {
    this.tokens?.adjust(actualTokens - estimatedTokens);
  }
}
