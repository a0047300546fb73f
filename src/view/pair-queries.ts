import type Database from "better-sqlite3";
import type { PairwiseRecord } from "../store/pairwise-store.js";
import { PREVIEW_CHARACTERS, type ItemListRow } from "./item-queries.js";

/** A judge's verdict on one pair of answers to one item, in one of the two orders it was shown. */
export type PairVerdict = Pick<PairwiseRecord, "modelA" | "modelB" | "shownFirst" | "judge" | "verdict" | "strong" | "reason">;

/**
 * The items of a run where models `a` and `b` disagree, a page at a time in suite then item order: one passed and
 * the other did not on the first sample's primary score (an answer left unscored counts as not passed), or a judge
 * compared the two. Each condition is a primary-key lookup, as the item list's are.
 */
export function pageOfDisagreements(
  db: Database.Database,
  runId: string,
  query: { a: string; b: string; page: number; pageSize: number },
): { total: number; page: number; pages: number; rows: ItemListRow[] } {
  const passed = `(SELECT s.passed FROM scores s WHERE s.run_id = i.run_id AND s.suite = i.suite AND s.item_id = i.item_id
    AND s.model_id = ? AND s.sample = 0 AND s.is_primary = 1)`;
  const answered = `EXISTS (SELECT 1 FROM responses r WHERE r.run_id = i.run_id AND r.suite = i.suite AND r.item_id = i.item_id
    AND r.model_id = ? AND r.sample = 0)`;
  const where = `i.run_id = ? AND ${answered} AND ${answered} AND (coalesce(${passed}, 0) <> coalesce(${passed}, 0)
    OR EXISTS (SELECT 1 FROM pairwise_judgments p WHERE p.run_id = i.run_id AND p.suite = i.suite AND p.item_id = i.item_id
      AND ((p.model_a = ? AND p.model_b = ?) OR (p.model_a = ? AND p.model_b = ?))))`;
  const params = [runId, query.a, query.b, query.a, query.b, query.a, query.b, query.b, query.a];
  const from = "FROM items i JOIN suites su ON su.run_id = i.run_id AND su.name = i.suite";
  const total = db.prepare(`SELECT count(*) ${from} WHERE ${where}`).pluck().get(...params) as number;
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(Math.max(1, query.page), pages);
  const rows = db
    .prepare(
      `SELECT i.suite, i.item_id AS itemId, i.position, substr(i.input, 1, ${PREVIEW_CHARACTERS}) AS preview
       ${from} WHERE ${where} ORDER BY su.position, i.position LIMIT ? OFFSET ?`,
    )
    .all(...params, query.pageSize, (page - 1) * query.pageSize) as ItemListRow[];
  return { total, page, pages, rows };
}

/** The judge's pairwise verdicts on one item: between `a` and `b` when given, else between any two models. */
export function itemVerdicts(db: Database.Database, runId: string, suite: string, itemId: string, pair?: readonly [string, string]): PairVerdict[] {
  const rows = db
    .prepare(
      `SELECT model_a AS modelA, model_b AS modelB, shown_first AS shownFirst, judge, verdict, strong, reason
       FROM pairwise_judgments WHERE run_id = ? AND suite = ? AND item_id = ? ORDER BY model_a, model_b, shown_first`,
    )
    .all(runId, suite, itemId) as Array<Omit<PairVerdict, "strong"> & { strong: number }>;
  return rows
    .filter((row) => !pair || (row.modelA === pair[0] && row.modelB === pair[1]) || (row.modelA === pair[1] && row.modelB === pair[0]))
    .map((row) => ({ ...row, strong: row.strong === 1 }));
}
