import type Database from "better-sqlite3";
import { keeps, type Outcome, type ViewFilter } from "./view-filter.js";

/** One row of the item list: where the item is and the start of its question. */
export interface ItemListRow {
  suite: string;
  itemId: string;
  position: number;
  preview: string;
}

/** One model's result on one sample of an item, as the list marks it. */
export interface ItemMark {
  modelId: string;
  sample: number;
  outcome: Outcome;
}

export const PREVIEW_CHARACTERS = 160;

/**
 * Items of a run matching a filter, a page at a time, in suite then item order. Suites and categories narrow the
 * items; models narrow them to those the models answered, and with an outcome to those where one of the models had
 * that outcome on some sample. `disagree` keeps the items where the models (the chosen ones, else all) got different
 * verdicts: some passed and some failed on the first sample's primary score, as the page of two models compares them
 * (src/view/pair-queries.ts); an answer without a score (an infrastructure error) or a skipped one is no verdict.
 * Every condition is a lookup on the tables' primary keys, so a page of a 100,000-item run costs a bounded scan,
 * never a load of the run.
 */
export function pageOfItems(
  db: Database.Database,
  runId: string,
  query: { filter: ViewFilter; outcome: Outcome | null; disagree?: boolean; page: number; pageSize: number },
): { total: number; page: number; pages: number; rows: ItemListRow[] } {
  const where = itemConditions(runId, query.filter, query.outcome, query.disagree ?? false);
  const from = "FROM items i JOIN suites su ON su.run_id = i.run_id AND su.name = i.suite";
  const total = db.prepare(`SELECT count(*) ${from} WHERE ${where.sql}`).pluck().get(...where.params) as number;
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  // A page past the end (an old link after the filter changed) shows the last one.
  const page = Math.min(Math.max(1, query.page), pages);
  const rows = db
    .prepare(
      `SELECT i.suite, i.item_id AS itemId, i.position, substr(i.input, 1, ${PREVIEW_CHARACTERS}) AS preview
       ${from} WHERE ${where.sql} ORDER BY su.position, i.position LIMIT ? OFFSET ?`,
    )
    .all(...where.params, query.pageSize, (page - 1) * query.pageSize) as ItemListRow[];
  return { total, page, pages, rows };
}

function itemConditions(runId: string, filter: ViewFilter, outcome: Outcome | null, disagree: boolean): { sql: string; params: unknown[] } {
  const parts = ["i.run_id = ?"];
  const params: unknown[] = [runId];
  const inList = (column: string, values: readonly string[]) => {
    if (values.length === 0) return;
    parts.push(`${column} IN (${values.map(() => "?").join(", ")})`);
    params.push(...values);
  };
  inList("i.suite", filter.suites);
  inList("su.category", filter.categories);
  if (disagree) {
    const models = filter.models.length > 0 ? ` AND s.model_id IN (${filter.models.map(() => "?").join(", ")})` : "";
    parts.push(`(SELECT count(DISTINCT s.passed) FROM scores s WHERE s.run_id = i.run_id AND s.suite = i.suite
      AND s.item_id = i.item_id AND s.sample = 0 AND s.is_primary = 1${models}) = 2`);
    params.push(...filter.models);
  }
  if (filter.models.length === 0 && outcome === null) return { sql: parts.join(" AND "), params };
  const response = ["r.run_id = i.run_id", "r.suite = i.suite", "r.item_id = i.item_id"];
  if (filter.models.length > 0) {
    response.push(`r.model_id IN (${filter.models.map(() => "?").join(", ")})`);
  }
  const primary = `s.run_id = r.run_id AND s.suite = r.suite AND s.item_id = r.item_id AND s.model_id = r.model_id
    AND s.sample = r.sample AND s.is_primary = 1`;
  if (outcome === "pass" || outcome === "fail") {
    response.push(`r.status = 'ok'`, `EXISTS (SELECT 1 FROM scores s WHERE ${primary} AND s.passed = ${outcome === "pass" ? 1 : 0})`);
  } else if (outcome === "error") {
    // An answer left unscored (its judge failed) is an infrastructure error too, as the leaderboard counts it.
    response.push(`(r.status = 'error' OR (r.status = 'ok' AND NOT EXISTS (SELECT 1 FROM scores s WHERE ${primary})))`);
  } else if (outcome === "skipped") {
    response.push(`r.status = 'skipped'`);
  }
  parts.push(`EXISTS (SELECT 1 FROM responses r WHERE ${response.join(" AND ")})`);
  params.push(...filter.models);
  return { sql: parts.join(" AND "), params };
}

/** Each model's outcome on each sample of one item, in sample order; only the filter's models when it names some. */
export function itemMarks(db: Database.Database, runId: string, suite: string, itemId: string, models: readonly string[]): ItemMark[] {
  const rows = db
    .prepare(
      `SELECT r.model_id AS modelId, r.sample, r.status, s.passed
       FROM responses r LEFT JOIN scores s ON s.run_id = r.run_id AND s.suite = r.suite AND s.item_id = r.item_id
         AND s.model_id = r.model_id AND s.sample = r.sample AND s.is_primary = 1
       WHERE r.run_id = ? AND r.suite = ? AND r.item_id = ? ORDER BY r.sample`,
    )
    .all(runId, suite, itemId) as Array<{ modelId: string; sample: number; status: string; passed: number | null }>;
  return rows
    .filter((row) => keeps(models, row.modelId))
    .map((row) => ({ modelId: row.modelId, sample: row.sample, outcome: outcomeOf(row.status, row.passed) }));
}

function outcomeOf(status: string, passed: number | null): Outcome {
  if (status === "skipped") return "skipped";
  if (status !== "ok" || passed === null) return "error";
  return passed === 1 ? "pass" : "fail";
}

/** The items before and after one item in its suite (null at either end). */
export function neighbourItems(
  db: Database.Database,
  runId: string,
  suite: string,
  position: number,
): { previous: string | null; next: string | null } {
  const step = (sql: string) => (db.prepare(sql).pluck().get(runId, suite, position) as string | undefined) ?? null;
  return {
    previous: step("SELECT item_id FROM items WHERE run_id = ? AND suite = ? AND position < ? ORDER BY position DESC LIMIT 1"),
    next: step("SELECT item_id FROM items WHERE run_id = ? AND suite = ? AND position > ? ORDER BY position LIMIT 1"),
  };
}
