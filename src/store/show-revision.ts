import type Database from "better-sqlite3";
import { KurabeError } from "../errors.js";
import { PAIRWISE_COLUMNS, SCORE_COLUMNS } from "./run-table-columns.js";
import type { RevisedSuite } from "./scoring-revisions.js";

/** Where one run's state at an earlier revision is kept: suite → the revision its rows are kept under. */
interface KeptRun {
  runId: string;
  revision: number;
  /** The suites whose scores a later rescore replaced. */
  scores: Map<string, number>;
  /** The suites whose pairwise verdicts, unscored answers and config a later rescore replaced (and kept). */
  state: Map<string, number>;
  /** The run's status and failed pairwise judgments at the revision, when the rescore after it kept them. */
  run?: { status: string; pairwiseFailed: number };
}

/**
 * Makes this connection read runs at earlier scoring revisions: every query of `scores`, `pairwise_judgments`,
 * `responses`, `suites` and `runs` (the report's, results', compare's, unchanged) then sees the run as it was at that
 * revision: its scores, pairwise verdicts, which answers a failed judge left unscored, the suites' scorer settings and
 * pairwise judge, the run's status and revision number. Temporary views of the same names do it, since SQLite looks a
 * name up in the temp schema before main (https://www.sqlite.org/lang_naming.html); nothing is written to the store.
 * A revision a run does not have is an input error (exit 2).
 *
 * A suite's rows at revision N are the ones the first later rescore of that suite replaced (kept under the revision
 * before it), or today's when no later rescore touched the suite. Rescores made before kurabe kept verdicts, unscored
 * answers, suite configs and status left those as they are now: they are read from the first later rescore that kept
 * them (verdicts were not rescored then, so theirs are exact) or as they are now.
 */
export function showScoringRevision(db: Database.Database, shown: ReadonlyArray<{ runId: string; revision: number }>): void {
  const earlier = shown.filter(({ runId, revision }) => revision !== latestRevision(db, runId, revision)).map(({ runId, revision }) => keptRun(db, runId, revision));
  if (earlier.length === 0) return;
  const scores = earlier.map((run) => ({ runId: run.runId, suites: run.scores }));
  const state = earlier.map((run) => ({ runId: run.runId, suites: run.state }));
  const stateUnder = (alias: string, suite: string) => keptUnder(state, `${alias}.run_id`, `${alias}.${suite}`);
  const byRun = (values: (run: KeptRun) => string | undefined, otherwise: string) => {
    const cases = earlier.flatMap((run) => {
      const value = values(run);
      return value === undefined ? [] : [`WHEN ${quote(run.runId)} THEN ${value}`];
    });
    return cases.length === 0 ? otherwise : `CASE id ${cases.join(" ")} ELSE ${otherwise} END`;
  };
  const runColumns: Record<string, string> = {
    scoring_revision: byRun((run) => String(run.revision), "scoring_revision"),
    status: byRun((run) => run.run && quote(run.run.status), "status"),
    pairwise_failed: byRun((run) => run.run && String(run.run.pairwiseFailed), "pairwise_failed"),
  };
  const unscored = (column: string) =>
    `CASE WHEN r.status = 'ok' AND ${stateUnder("r", "suite")} IS NOT NULL THEN (SELECT u.${column} FROM main.revision_unscored u
       WHERE u.run_id = r.run_id AND u.revision = ${stateUnder("r", "suite")} AND u.suite = r.suite AND u.item_id = r.item_id
       AND u.model_id = r.model_id AND u.sample = r.sample) ELSE r.${column} END`;
  const responseColumns: Record<string, string> = { error_kind: unscored("error_kind"), error_message: unscored("error_message") };
  const suiteColumns: Record<string, string> = {
    config_json: `coalesce((SELECT v.config_json FROM main.revision_suites v WHERE v.run_id = s.run_id AND v.revision = ${stateUnder("s", "name")}
      AND v.name = s.name), s.config_json)`,
  };
  db.exec(`
    DROP VIEW IF EXISTS temp.scores;
    DROP VIEW IF EXISTS temp.pairwise_judgments;
    DROP VIEW IF EXISTS temp.responses;
    DROP VIEW IF EXISTS temp.suites;
    DROP VIEW IF EXISTS temp.runs;
    CREATE TEMP VIEW scores AS
      SELECT run_id, ${SCORE_COLUMNS.join(", ")} FROM main.scores WHERE NOT (${replacedRows(scores, "suite")})
      UNION ALL
      SELECT run_id, ${SCORE_COLUMNS.join(", ")} FROM main.revision_scores WHERE ${keptRows(scores, "suite")};
    CREATE TEMP VIEW pairwise_judgments AS
      SELECT run_id, ${PAIRWISE_COLUMNS.join(", ")} FROM main.pairwise_judgments WHERE NOT (${replacedRows(state, "suite")})
      UNION ALL
      SELECT run_id, ${PAIRWISE_COLUMNS.join(", ")} FROM main.revision_pairwise_judgments WHERE ${keptRows(state, "suite")};
    CREATE TEMP VIEW responses AS SELECT ${columnsOf(db, "responses", responseColumns)} FROM main.responses r;
    CREATE TEMP VIEW suites AS SELECT ${columnsOf(db, "suites", suiteColumns)} FROM main.suites s;
    CREATE TEMP VIEW runs AS SELECT ${columnsOf(db, "runs", runColumns)} FROM main.runs;
  `);
}

/** The run's latest scoring revision, read past any revision this connection shows (`main.runs`, not the view). */
export function latestScoringRevision(db: Database.Database, runId: string): number {
  return (db.prepare("SELECT scoring_revision FROM main.runs WHERE id = ?").pluck().get(runId) as number | undefined) ?? 1;
}

/** The run's latest revision, once `revision` is checked to be one of its revisions. */
function latestRevision(db: Database.Database, runId: string, revision: number): number {
  const latest = latestScoringRevision(db, runId);
  if (!Number.isInteger(revision) || revision < 1 || revision > latest) {
    throw new KurabeError("input", `run ${runId} has scoring revision${latest === 1 ? " 1 only" : `s 1 to ${latest}`}; no revision ${revision}`);
  }
  return latest;
}

/** Where the run's rows at `revision` are kept, from the rescores after it. */
function keptRun(db: Database.Database, runId: string, revision: number): KeptRun {
  const rescores = db
    .prepare(
      `SELECT revision, suites_json AS suitesJson, replaced_status AS status, replaced_pairwise_failed AS pairwiseFailed
       FROM scoring_revisions WHERE run_id = ? AND revision > ? ORDER BY revision`,
    )
    .all(runId, revision) as Array<{ revision: number; suitesJson: string; status: string | null; pairwiseFailed: number | null }>;
  const kept: KeptRun = { runId, revision, scores: new Map(), state: new Map() };
  for (const rescore of rescores) {
    const keepsState = rescore.status !== null;
    for (const suite of JSON.parse(rescore.suitesJson) as RevisedSuite[]) {
      if (!kept.scores.has(suite.name)) kept.scores.set(suite.name, rescore.revision - 1);
      if (keepsState && !kept.state.has(suite.name)) kept.state.set(suite.name, rescore.revision - 1);
    }
  }
  const next = rescores[0];
  if (next && next.revision === revision + 1 && next.status !== null) kept.run = { status: next.status, pairwiseFailed: next.pairwiseFailed ?? 0 };
  return kept;
}

type KeptSuites = ReadonlyArray<{ runId: string; suites: Map<string, number> }>;

/** Rows of the suites a later rescore replaced (an SQL condition on run_id and `suite`). */
function replacedRows(kept: KeptSuites, suite: string): string {
  const runs = kept.filter((run) => run.suites.size > 0);
  if (runs.length === 0) return "0";
  return runs.map((run) => `(run_id = ${quote(run.runId)} AND ${suite} IN (${[...run.suites.keys()].map(quote).join(", ")}))`).join(" OR ");
}

/** The kept rows standing in for them (an SQL condition on run_id, `suite` and revision). */
function keptRows(kept: KeptSuites, suite: string): string {
  const rows = kept.flatMap((run) => [...run.suites].map(([name, under]) => `(run_id = ${quote(run.runId)} AND ${suite} = ${quote(name)} AND revision = ${under})`));
  return rows.length === 0 ? "0" : rows.join(" OR ");
}

/** The revision a row's suite is kept under, NULL when it is today's (an SQL expression on the given columns). */
function keptUnder(kept: KeptSuites, run: string, suite: string): string {
  const cases = kept.flatMap((k) => [...k.suites].map(([name, under]) => `WHEN ${run} = ${quote(k.runId)} AND ${suite} = ${quote(name)} THEN ${under}`));
  return cases.length === 0 ? "NULL" : `(CASE ${cases.join(" ")} END)`;
}

/** A table's columns in order, as a select list, with some replaced by expressions. */
function columnsOf(db: Database.Database, table: string, replaced: Record<string, string>): string {
  const names = db.prepare("SELECT name FROM pragma_table_info(?)").pluck().all(table) as string[];
  return names.map((name) => (name in replaced ? `${replaced[name]} AS ${name}` : name)).join(", ");
}

/** A run id or suite name as an SQL string literal (views take no parameters). */
function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
