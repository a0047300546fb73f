import type Database from "better-sqlite3";
import { KurabeError } from "../errors.js";
import { scoringRevision, type RevisedSuite } from "./scoring-revisions.js";

/** The columns a score has in `scores` and `revision_scores` alike. */
const SCORE_COLUMNS =
  "run_id, suite, item_id, model_id, sample, scorer, is_primary, value, passed, extracted, detail, detail_json, evidence_json";

/**
 * Makes this connection read runs at earlier scoring revisions: every query of `scores` and `runs` (the report's,
 * results', compare's, unchanged) then sees the run's scores and revision number as they were. Temporary views of the
 * same names do it, since SQLite looks a name up in the temp schema before main
 * (https://www.sqlite.org/lang_naming.html); nothing is written to the store. What a revision does not keep is read as
 * it is now: which answers a failed judge left unscored (and so the run's status), and the suites' scorer settings.
 * A revision a run does not have is an input error (exit 2).
 *
 * A suite's scores at revision N are the ones the first later rescore of that suite replaced (kept in revision_scores
 * under the revision before it), or today's when no later rescore touched the suite.
 */
export function showScoringRevision(db: Database.Database, shown: ReadonlyArray<{ runId: string; revision: number }>): void {
  const earlier = shown.filter(({ runId, revision }) => revision !== latestRevision(db, runId, revision));
  if (earlier.length === 0) return;
  const replaced: string[] = [];
  const kept: string[] = [];
  for (const { runId, revision } of earlier) {
    const keptUnder = keptRevisions(db, runId, revision);
    const run = quote(runId);
    replaced.push(`(run_id = ${run} AND suite IN (${[...keptUnder.keys()].map(quote).join(", ")}))`);
    for (const [suite, under] of keptUnder) kept.push(`(run_id = ${run} AND suite = ${quote(suite)} AND revision = ${under})`);
  }
  const shownRevision = earlier.map(({ runId, revision }) => `WHEN ${quote(runId)} THEN ${revision}`).join(" ");
  const runColumns = (db.prepare("SELECT name FROM pragma_table_info('runs')").pluck().all() as string[])
    .map((name) => (name === "scoring_revision" ? `CASE id ${shownRevision} ELSE scoring_revision END AS scoring_revision` : name))
    .join(", ");
  db.exec(`
    DROP VIEW IF EXISTS temp.scores;
    DROP VIEW IF EXISTS temp.runs;
    CREATE TEMP VIEW scores AS
      SELECT ${SCORE_COLUMNS} FROM main.scores WHERE NOT (${replaced.join(" OR ")})
      UNION ALL
      SELECT ${SCORE_COLUMNS} FROM main.revision_scores WHERE ${kept.join(" OR ")};
    CREATE TEMP VIEW runs AS SELECT ${runColumns} FROM main.runs;
  `);
}

/** The run's latest revision, once `revision` is checked to be one of its revisions. */
function latestRevision(db: Database.Database, runId: string, revision: number): number {
  const { revision: latest } = scoringRevision(db, runId);
  if (!Number.isInteger(revision) || revision < 1 || revision > latest) {
    throw new KurabeError("input", `run ${runId} has scoring revision${latest === 1 ? " 1 only" : `s 1 to ${latest}`}; no revision ${revision}`);
  }
  return latest;
}

/** Suite → the revision its scores at `revision` are kept under, for the suites a later rescore replaced. */
function keptRevisions(db: Database.Database, runId: string, revision: number): Map<string, number> {
  const rescores = db
    .prepare("SELECT revision, suites_json AS suitesJson FROM scoring_revisions WHERE run_id = ? AND revision > ? ORDER BY revision")
    .all(runId, revision) as Array<{ revision: number; suitesJson: string }>;
  const keptUnder = new Map<string, number>();
  for (const rescore of rescores) {
    for (const suite of JSON.parse(rescore.suitesJson) as RevisedSuite[]) {
      if (!keptUnder.has(suite.name)) keptUnder.set(suite.name, rescore.revision - 1);
    }
  }
  return keptUnder;
}

/** A run id or suite name as an SQL string literal (views take no parameters). */
function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
