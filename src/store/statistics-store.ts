import type Database from "better-sqlite3";
import { deserialize, serialize } from "node:v8";
import type { StatisticsMemo } from "../analysis/decision/statistics-memo.js";

/**
 * Decision statistics kept in the store, keyed by their full inputs (statisticKey), so a report, the dashboard and
 * `kurabe compare` read what the run's own leaderboard computed instead of bootstrapping again. Values go through
 * V8's serializer, which keeps NaN and −0 as they are (JSON keeps neither). Each key is attributed to the runs whose
 * scores it was computed from (`runIds`: one run, or both sides of a comparison), so pruneRunStatistics can drop what
 * a run's rescore left unused.
 */
export function storedStatistics(db: Database.Database, runIds: readonly string[]): StatisticsMemo {
  const read = db.prepare("SELECT value FROM statistics WHERE key = ?").pluck();
  const write = db.prepare("INSERT OR IGNORE INTO statistics (key, value) VALUES (?, ?)");
  const attributed = db.prepare("SELECT 1 FROM statistics_runs WHERE run_id = ? AND key = ?").pluck();
  const attribute = db.prepare("INSERT OR IGNORE INTO statistics_runs (run_id, key) VALUES (?, ?)");
  const unattributed = (key: string) => runIds.filter((runId) => attributed.get(runId, key) === undefined);
  const attributeAll = (key: string, runs: readonly string[]) => {
    for (const runId of runs) attribute.run(runId, key);
  };
  return {
    recall<T>(key: string, compute: () => T): T {
      const stored = read.get(key) as Buffer | undefined;
      if (stored !== undefined) {
        // Read by another run (the same scores, or a comparison): that run uses it too. Written once per run and key.
        const runs = unattributed(key);
        if (runs.length > 0) keep(db, db.transaction(() => attributeAll(key, runs)));
        return deserialize(stored) as T;
      }
      const value = compute();
      keep(db, db.transaction(() => {
        write.run(key, serialize(value));
        attributeAll(key, runIds);
      }));
      return value;
    },
  };
}

/**
 * Drops what the run's statistics were kept for once its scores change (a rescore): its attributions, and every kept
 * statistic no other run uses. Run inside the rescore's transaction; the new scores' statistics are kept when read.
 */
export function pruneRunStatistics(db: Database.Database, runId: string): void {
  db.prepare(
    `DELETE FROM statistics WHERE key IN (SELECT key FROM statistics_runs WHERE run_id = ?)
       AND NOT EXISTS (SELECT 1 FROM statistics_runs o WHERE o.key = statistics.key AND o.run_id <> ?)`,
  ).run(runId, runId);
  db.prepare("DELETE FROM statistics_runs WHERE run_id = ?").run(runId);
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
