/**
 * A semaphore whose limit backs off on rate limits and recovers on success (AIMD, as TCP congestion control; promptfoo
 * and inspect_ai do the same for provider rate limits). One 429 burst halves the limit once: rate limits reported by
 * requests started before the last cut do not cut again.
 */
export class AdaptiveLimiter {
  private limit: number;
  private active = 0;
  private successesSinceChange = 0;
  private epoch = 0;
  private readonly waiters: Array<() => void> = [];

  constructor(private readonly maxLimit: number) {
    this.limit = maxLimit;
  }

  get currentLimit(): number {
    return this.limit;
  }

  /** Waits for a slot; returns the epoch the request started in (pass it back to onRateLimit). */
  async acquire(): Promise<number> {
    const epoch = this.tryAcquire();
    if (epoch !== undefined) return epoch;
    // A woken waiter was given its slot by wakeUp: nobody takes it in between.
    await new Promise<void>((resolve) => this.waiters.push(resolve));
    return this.epoch;
  }

  /**
   * A slot now, or undefined when none is free or others wait for one (they go first): lets a caller send in the
   * same callback where a slot was freed, with no microtask in between.
   */
  tryAcquire(): number | undefined {
    if (this.active >= this.limit || this.waiters.length > 0) return undefined;
    this.active++;
    return this.epoch;
  }

  release(): void {
    this.active--;
    this.wakeUp();
  }

  onSuccess(): void {
    if (this.limit >= this.maxLimit) return;
    if (++this.successesSinceChange >= this.limit) {
      this.limit++;
      this.successesSinceChange = 0;
      this.wakeUp();
    }
  }

  onRateLimit(startedInEpoch: number): void {
    if (startedInEpoch !== this.epoch) return;
    this.epoch++;
    this.limit = Math.max(1, Math.floor(this.limit / 2));
    this.successesSinceChange = 0;
  }

  private wakeUp(): void {
    while (this.active < this.limit && this.waiters.length > 0) {
      this.active++;
      this.waiters.shift()!();
    }
  }
}
