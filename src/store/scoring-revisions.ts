import type Database from "better-sqlite3";
import { scoreColumns, type ResponseKey, type ScoreRecord } from "./run-writer.js";
import { runShortfall, settledStatus } from "./queries.js";

/** What a scoring revision rescored: a suite and the scorer specs it was scored with (JSON as in kurabe.yaml). */
export interface RevisedSuite {
  name: string;
  scorer: unknown;
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

/**
 * Writes one rescore of a run as the next scoring revision. Scores are staged apart (revision_scores) while they are
 * computed, so the revision shown stays whole however long the judges take or wherever the rescore is stopped; commit()
 * then swaps them in and keeps the scores they replace under the previous revision, in one transaction.
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
    db.prepare("DELETE FROM revision_scores WHERE run_id = ? AND revision > ?").run(runId, revision);
    this.insertStaged = db.prepare(
      `INSERT OR REPLACE INTO revision_scores (run_id, revision, suite, item_id, model_id, sample, scorer, is_primary, value,
         passed, extracted, detail, detail_json, evidence_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
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

  /** Makes the staged scores the run's scores for `suites`; the scores they replace stay under the previous revision. */
  commit(suites: readonly RevisedSuite[]): void {
    const names = JSON.stringify(suites.map((s) => s.name));
    const previous = this.revision - 1;
    const inSuites = "suite IN (SELECT value FROM json_each(?))";
    const columns = "suite, item_id, model_id, sample, scorer, is_primary, value, passed, extracted, detail, detail_json, evidence_json";
    const { db, runId, revision } = this;
    db.transaction(() => {
      db.prepare(`INSERT OR REPLACE INTO revision_scores (run_id, revision, ${columns}) SELECT run_id, ?, ${columns} FROM scores WHERE run_id = ? AND ${inSuites}`).run(previous, runId, names);
      db.prepare(`DELETE FROM scores WHERE run_id = ? AND ${inSuites}`).run(runId, names);
      db.prepare(`INSERT INTO scores (run_id, ${columns}) SELECT run_id, ${columns} FROM revision_scores WHERE run_id = ? AND revision = ?`).run(runId, revision);
      db.prepare("DELETE FROM revision_scores WHERE run_id = ? AND revision = ?").run(runId, revision);
      db.prepare(`UPDATE responses SET error_kind = NULL, error_message = NULL WHERE run_id = ? AND status = 'ok' AND ${inSuites}`).run(runId, names);
      const markUnscored = db.prepare(
        `UPDATE responses SET error_kind = ?, error_message = ? WHERE run_id = ? AND suite = ? AND item_id = ? AND model_id = ? AND sample = ?`,
      );
      for (const { key, errorKind, errorMessage } of this.unscored) {
        markUnscored.run(errorKind, errorMessage, runId, key.suite, key.itemId, key.modelId, key.sample);
      }
      // The suite as it is now scored, so the store describes the scores it holds.
      const setScorer = db.prepare("UPDATE suites SET config_json = json_set(config_json, '$.scorer', json(?)) WHERE run_id = ? AND name = ?");
      for (const suite of suites) setScorer.run(JSON.stringify(suite.scorer), runId, suite.name);
      db.prepare("UPDATE runs SET scoring_revision = ? WHERE id = ?").run(revision, runId);
      // Answers the rescore scored (or left unscored) change whether a finished run is complete.
      db.prepare("UPDATE runs SET status = ? WHERE id = ? AND status IN ('completed', 'incomplete')").run(settledStatus(runShortfall(db, runId)), runId);
      db.prepare(
        "INSERT INTO scoring_revisions (run_id, revision, created_at, suites_json, scored, unscored) VALUES (?, ?, ?, ?, ?, ?)",
      ).run(runId, revision, new Date().toISOString(), JSON.stringify(suites), this.scored, this.unscored.length);
    })();
  }
}
