import type Database from "better-sqlite3";
import { insertSql, PAIRWISE_COLUMNS, SCORE_COLUMNS, SCORING_REVISION_COLUMNS } from "./run-table-columns.js";
import { scoreColumns, type ResponseKey, type ScoreRecord } from "./run-writer.js";
import { runShortfall, settledStatus } from "./queries.js";
import { pruneRunStatistics } from "./statistics-store.js";

/** How a suite is scored: its scorer specs and pairwise judging, as kurabe.yaml wrote them. */
interface ScoringSettings {
  scorer: unknown;
  pairwise?: unknown;
}

/**
 * What a scoring revision rescored: a suite, by `name` as scoring_revisions.suites_json stores it (and run files
 * carry it), and the settings it was scored with.
 */
export interface RevisedSuite extends ScoringSettings {
  name: string;
}

export interface ScoringRevisionInfo {
  /** The revision the store shows for the run: 1 as run, one more per rescore. */
  revision: number;
  /** When the revision shown was made; null for revision 1 (the run's own scoring). */
  rescoredAt: string | null;
  /** The suites it rescored (empty for revision 1). */
  suites: string[];
}

/** Which scoring revision of a run its scores are, and when it was made. */
export function scoringRevision(db: Database.Database, runId: string): ScoringRevisionInfo {
  const row = db
    .prepare(
      `SELECT r.scoring_revision AS revision, v.created_at AS rescoredAt, v.suites_json AS suitesJson
       FROM runs r LEFT JOIN scoring_revisions v ON v.run_id = r.id AND v.revision = r.scoring_revision WHERE r.id = ?`,
    )
    .get(runId) as { revision: number; rescoredAt: string | null; suitesJson: string | null } | undefined;
  if (!row) return { revision: 1, rescoredAt: null, suites: [] };
  const suites = row.suitesJson ? (JSON.parse(row.suitesJson) as RevisedSuite[]).map((s) => s.name) : [];
  return { revision: row.revision, rescoredAt: row.rescoredAt, suites };
}

/** How a suite's scores were made, by `suite` as the JSON report's run.scoring.scoredWith names it. */
export interface SuiteScoring extends ScoringSettings {
  suite: string;
}

/** Each suite's scoring settings as the store shows them (at the revision shown: src/store/show-revision.ts). */
export function suiteScoring(db: Database.Database, runId: string): SuiteScoring[] {
  const rows = db.prepare("SELECT name, config_json AS config FROM suites WHERE run_id = ? ORDER BY position").all(runId) as Array<{ name: string; config: string }>;
  return rows.map((row) => {
    const { scorer, pairwise } = JSON.parse(row.config) as { scorer?: unknown; pairwise?: unknown };
    return { suite: row.name, scorer: scorer ?? null, ...(pairwise === undefined ? {} : { pairwise }) };
  });
}

/**
 * Writes one rescore of a run as the next scoring revision. Scores and pairwise verdicts are staged apart
 * (revision_scores, revision_pairwise_judgments) while they are computed, so the revision shown stays whole however
 * long the judges take or wherever the rescore is stopped; commit() then swaps them in and keeps what they replace
 * under the previous revision (with the answers left unscored, the suites' configs and the run's status), in one
 * transaction.
 */
export class RevisionWriter {
  readonly revision: number;
  private readonly insertStaged: Database.Statement;
  private readonly unscored: Array<{ key: ResponseKey; errorKind: string; errorMessage: string }> = [];
  private scored = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly runId: string,
  ) {
    const { revision } = scoringRevision(db, runId);
    this.revision = revision + 1;
    // A rescore stopped before its commit left staged rows: they are not part of any revision.
    for (const table of ["revision_scores", "revision_pairwise_judgments"]) db.prepare(`DELETE FROM ${table} WHERE run_id = ? AND revision > ?`).run(runId, revision);
    this.insertStaged = db.prepare(insertSql("revision_scores", ["run_id", "revision", ...SCORE_COLUMNS], "INSERT OR REPLACE"));
  }

  writeScores(key: ResponseKey, scores: readonly ScoreRecord[]): void {
    this.db.transaction(() => {
      for (const score of scores) {
        this.insertStaged.run(this.runId, this.revision, key.suite, key.itemId, key.modelId, key.sample, ...scoreColumns(score));
      }
    })();
    this.scored++;
  }

  /** An answer whose scorer's machinery failed (a judge's outage): unscored in this revision, with why. */
  markUnscored(key: ResponseKey, errorKind: string, errorMessage: string): void {
    this.unscored.push({ key, errorKind, errorMessage });
  }

  get counts(): { scored: number; unscored: number } {
    return { scored: this.scored, unscored: this.unscored.length };
  }

  /**
   * Makes the staged scores and verdicts the run's for `suites`; what they replace stays under the previous revision.
   * `pairwiseFailed`: the run's pairwise judgments without a verdict once this revision is in (its suites' and others').
   */
  commit(suites: readonly RevisedSuite[], pairwiseFailed: number): void {
    const names = JSON.stringify(suites.map((s) => s.name));
    const previous = this.revision - 1;
    const inSuites = "suite IN (SELECT value FROM json_each(?))";
    const { db, runId, revision } = this;
    const swapIn = (table: string, staged: string, columns: string) => {
      db.prepare(`INSERT OR REPLACE INTO ${staged} (run_id, revision, ${columns}) SELECT run_id, ?, ${columns} FROM ${table} WHERE run_id = ? AND ${inSuites}`).run(previous, runId, names);
      db.prepare(`DELETE FROM ${table} WHERE run_id = ? AND ${inSuites}`).run(runId, names);
      db.prepare(`INSERT INTO ${table} (run_id, ${columns}) SELECT run_id, ${columns} FROM ${staged} WHERE run_id = ? AND revision = ?`).run(runId, revision);
      db.prepare(`DELETE FROM ${staged} WHERE run_id = ? AND revision = ?`).run(runId, revision);
    };
    db.transaction(() => {
      const replaced = db.prepare("SELECT status, pairwise_failed AS pairwiseFailed FROM runs WHERE id = ?").get(runId) as { status: string; pairwiseFailed: number };
      swapIn("scores", "revision_scores", SCORE_COLUMNS.join(", "));
      swapIn("pairwise_judgments", "revision_pairwise_judgments", PAIRWISE_COLUMNS.join(", "));
      db.prepare(
        `INSERT INTO revision_unscored (run_id, revision, suite, item_id, model_id, sample, error_kind, error_message)
         SELECT run_id, ?, suite, item_id, model_id, sample, error_kind, error_message FROM responses
         WHERE run_id = ? AND status = 'ok' AND error_kind IS NOT NULL AND ${inSuites}`,
      ).run(previous, runId, names);
      db.prepare(`UPDATE responses SET error_kind = NULL, error_message = NULL WHERE run_id = ? AND status = 'ok' AND ${inSuites}`).run(runId, names);
      const markUnscored = db.prepare(
        `UPDATE responses SET error_kind = ?, error_message = ? WHERE run_id = ? AND suite = ? AND item_id = ? AND model_id = ? AND sample = ?`,
      );
      for (const { key, errorKind, errorMessage } of this.unscored) {
        markUnscored.run(errorKind, errorMessage, runId, key.suite, key.itemId, key.modelId, key.sample);
      }
      // The suite as it is now scored, so the store describes the scores it holds; as it was, under the revision before.
      db.prepare(
        "INSERT INTO revision_suites (run_id, revision, name, config_json) SELECT run_id, ?, name, config_json FROM suites WHERE run_id = ? AND name IN (SELECT value FROM json_each(?))",
      ).run(previous, runId, names);
      const setScoring = db.prepare(
        `UPDATE suites SET config_json = CASE WHEN @pairwise IS NULL THEN json_remove(json_set(config_json, '$.scorer', json(@scorer)), '$.pairwise')
           ELSE json_set(config_json, '$.scorer', json(@scorer), '$.pairwise', json(@pairwise)) END WHERE run_id = @runId AND name = @name`,
      );
      for (const suite of suites) {
        const pairwise = suite.pairwise === undefined ? null : JSON.stringify(suite.pairwise);
        setScoring.run({ scorer: JSON.stringify(suite.scorer), pairwise, runId, name: suite.name });
      }
      db.prepare("UPDATE runs SET scoring_revision = ?, pairwise_failed = ? WHERE id = ?").run(revision, pairwiseFailed, runId);
      // Statistics of the replaced scores would never be read again (their keys hash the scores): dropped.
      pruneRunStatistics(db, runId);
      // Answers the rescore scored (or left unscored) change whether a finished run is complete.
      db.prepare("UPDATE runs SET status = ? WHERE id = ? AND status IN ('completed', 'incomplete')").run(settledStatus(runShortfall(db, runId)), runId);
      db.prepare(insertSql("scoring_revisions", SCORING_REVISION_COLUMNS)).run(runId, revision, new Date().toISOString(), JSON.stringify(suites), this.scored, this.unscored.length, replaced.status, replaced.pairwiseFailed);
    })();
  }
}
