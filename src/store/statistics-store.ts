import type Database from "better-sqlite3";
import { deserialize, serialize } from "node:v8";
import type { StatisticsMemo } from "../analysis/decision/statistics-memo.js";

/**
 * Decision statistics kept in the store, keyed by their full inputs (statisticKey), so a report, the dashboard and
 * `kurabe compare` read what the run's own leaderboard computed instead of bootstrapping again. Values go through
 * V8's serializer, which keeps NaN and −0 as they are (JSON keeps neither).
 */
export function storedStatistics(db: Database.Database): StatisticsMemo {
  const read = db.prepare("SELECT value FROM statistics WHERE key = ?").pluck();
  const write = db.prepare("INSERT OR IGNORE INTO statistics (key, value) VALUES (?, ?)");
  return {
    recall<T>(key: string, compute: () => T): T {
      const stored = read.get(key) as Buffer | undefined;
      if (stored !== undefined) return deserialize(stored) as T;
      const value = compute();
      keep(db, () => write.run(key, serialize(value)));
      return value;
    },
  };
}

/**
 * Writes without waiting: while a `kurabe run` holds the store's write lock, the dashboard or a report would otherwise
 * wait up to the busy timeout per statistic. A result that cannot be kept now is computed again next time.
 */
function keep(db: Database.Database, write: () => void): void {
  const timeout = db.pragma("busy_timeout", { simple: true }) as number;
  db.pragma("busy_timeout = 0");
  try {
    write();
  } catch (error) {
    if (!isBusy(error)) throw error;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED") || code.startsWith("SQLITE_READONLY"));
}
