import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { MIGRATIONS, SCHEMA_VERSION } from "../../src/store/migrations.js";
import { openDatabase } from "../../src/store/open-store.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();

/** A store as the kurabe that knew the migrations before the one whose SQL contains `marker` left it. */
function storeBefore(marker: string): { file: string; db: Database.Database; version: number } {
  const file = path.join(tempDir(), "k.db");
  const version = MIGRATIONS.findIndex((sql) => sql.includes(marker));
  expect(version).toBeGreaterThan(0);
  const db = new Database(file);
  for (const sql of MIGRATIONS.slice(0, version)) db.exec(sql);
  db.pragma(`user_version = ${version}`);
  return { file, db, version };
}

describe("migrations of a store written by an earlier kurabe", () => {
  it("keeps a rescored run's revisions when revisions start keeping verdicts, unscored answers, suites and status", () => {
    const { file, db } = storeBefore("CREATE TABLE revision_pairwise_judgments");
    db.exec(`INSERT INTO runs (id, created_at, status, config_json, plan_fingerprint, kurabe_version, scoring_revision)
        VALUES ('r1', 'now', 'completed', '{}', 'fp', 'old', 2);
      INSERT INTO scoring_revisions (run_id, revision, created_at, suites_json, scored, unscored)
        VALUES ('r1', 2, 'then', '[{"name":"s","scorer":"exact"}]', 3, 0);`);
    db.close();
    const migrated = openDatabase(file);
    expect(migrated.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    // Null: rescored before kurabe kept the status it replaced (src/store/show-revision.ts reads today's instead).
    expect(migrated.prepare("SELECT revision, scored, replaced_status AS status, replaced_pairwise_failed AS failed FROM scoring_revisions").all()).toEqual([
      { revision: 2, scored: 3, status: null, failed: null },
    ]);
    for (const table of ["revision_pairwise_judgments", "revision_unscored", "revision_suites"]) {
      expect(migrated.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    migrated.close();
  });

  it("drops the statistics kept before they were attributed to runs (computed again when next read)", () => {
    const { file, db } = storeBefore("CREATE TABLE statistics_runs");
    db.exec("INSERT INTO statistics (key, value) VALUES ('k', x'00')");
    db.close();
    const migrated = openDatabase(file);
    expect(migrated.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(migrated.prepare("SELECT count(*) FROM statistics").pluck().get()).toBe(0);
    expect(migrated.prepare("SELECT count(*) FROM statistics_runs").pluck().get()).toBe(0);
    migrated.close();
  });
});
