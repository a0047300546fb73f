/**
 * Hands out a fixed set of context sequences, one caller each; callers beyond that wait in arrival order. A waiter
 * whose signal aborts leaves the queue and rejects with the signal's reason.
 */
export class SequencePool<T> {
  private readonly free: T[];
  private readonly waiters: Array<(item: T) => void> = [];

  constructor(items: readonly T[]) {
    this.free = [...items];
  }

  acquire(signal: AbortSignal): Promise<T> {
    if (signal.aborted) return Promise.reject(signal.reason);
    const item = this.free.pop();
    if (item !== undefined) return Promise.resolve(item);
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        const index = this.waiters.indexOf(grant);
        if (index >= 0) this.waiters.splice(index, 1);
        reject(signal.reason);
      };
      const grant = (granted: T): void => {
        signal.removeEventListener("abort", onAbort);
        resolve(granted);
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.waiters.push(grant);
    });
  }

  release(item: T): void {
    const next = this.waiters.shift();
    if (next) next(item);
    else this.free.push(item);
  }
}
