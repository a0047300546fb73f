import { createHash } from "node:crypto";
import type { ItemScores } from "../types.js";

/**
 * Where decision statistics are kept once computed (the store's `statistics` table, src/store/statistics-store.ts):
 * a bootstrap over 25,000 items takes a second, and the same interval is shown by the run's leaderboard, its
 * report, the dashboard and `kurabe compare`. recall returns what compute returned for the same key, bit for bit.
 */
export interface StatisticsMemo {
  recall<T>(key: string, compute: () => T): T;
}

/**
 * Part of every key: raise it whenever a memoised statistic's method, seeding or arithmetic changes, so results
 * stored by an earlier kurabe are never read as this one's (the pinned-figures test fails until it is raised).
 */
export const STATISTICS_REVISION = 2;

/**
 * A statistic's key: its kind, every parameter that decides it (seed, level, resamples, …) and the full content of
 * its inputs — each item's id and samples in iteration order (the bootstrap draws depend on that order) — hashed
 * with SHA-256. Inputs that differ in any score, item or order give another key, so a kept result is never stale.
 */
export function statisticKey(kind: string, parameters: ReadonlyArray<string | number>, inputs: readonly ItemScores[]): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([STATISTICS_REVISION, kind, parameters.map(String), inputs.length]));
  for (const scores of inputs) {
    const ids: string[] = [];
    let values = 0;
    for (const [id, samples] of scores) {
      ids.push(id);
      values += samples.length + 1;
    }
    // Each item's sample count, then its samples: no two different inputs give the same numbers.
    const numbers = new Float64Array(values);
    let at = 0;
    for (const samples of scores.values()) {
      numbers[at++] = samples.length;
      for (const value of samples) numbers[at++] = value;
    }
    hash.update(JSON.stringify(ids));
    hash.update(new Uint8Array(numbers.buffer));
  }
  return hash.digest("hex");
}
