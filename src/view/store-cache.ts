import type Database from "better-sqlite3";

/**
 * Keeps the last few computed views of the store (a report's bootstraps take seconds on 100,000 results) and forgets
 * them all as soon as another connection commits: SQLite's `PRAGMA data_version` changes exactly then, so a page
 * never shows a run older than the store while a `kurabe run` writes into it.
 */
export class StoreCache<T> {
  private readonly entries = new Map<string, T>();
  private version: number | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly capacity = 8,
  ) {}

  /** The cached value of `key`, else `compute()`'s, kept unless `keep` says otherwise (e.g. a large file). */
  get(key: string, compute: () => T, keep: (value: T) => boolean = () => true): T {
    const version = this.db.pragma("data_version", { simple: true }) as number;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      // Re-inserting moves the key to the end: the map's order is least to most recently used.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const value = compute();
    if (!keep(value)) return value;
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
