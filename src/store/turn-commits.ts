import type Database from "better-sqlite3";

/**
 * Writes that go out together at the end of the event-loop turn they were made in (setImmediate), in one transaction
 * and in the order they were made: a commit of its own per write blocked the loop ~0.15 ms each, as long as the work
 * of a request (bench/README.md, latency-bound). A failed commit is kept and thrown by the next `add` or `flush`, in
 * the caller's own call chain.
 */
export class TurnCommits {
  private waiting: Array<() => void> = [];
  private due = false;
  private failure: { error: unknown } | undefined;
  private readonly commit: (writes: ReadonlyArray<() => void>) => void;

  constructor(db: Database.Database) {
    this.commit = db.transaction((writes: ReadonlyArray<() => void>) => {
      for (const write of writes) write();
    });
  }

  add(write: () => void): void {
    if (this.failure) throw this.failure.error;
    this.waiting.push(write);
    if (this.due) return;
    this.due = true;
    setImmediate(() => {
      this.due = false;
      try {
        this.flush();
      } catch {
        // Kept in `failure`: the next add or flush throws it.
      }
    });
  }

  /** Commits what is waiting now; throws a commit's failure. */
  flush(): void {
    if (this.failure) throw this.failure.error;
    if (this.waiting.length === 0) return;
    const writes = this.waiting;
    this.waiting = [];
    try {
      this.commit(writes);
    } catch (error) {
      this.failure = { error };
      throw error;
    }
  }
}
