import type Database from "better-sqlite3";
import { EXCERPT_LIMITS, excerptOf } from "../report/model/excerpt.js";
import { expectedExcerpt, parseChoices, toAnswer, type ResponseRow, type ScoreRow } from "../report/model/load-items.js";
import type { ReportItem } from "../report/model/report-types.js";
import { keeps } from "./view-filter.js";

/**
 * One item of a run in the report's shape (so the report's HTML pieces render it), with the answers of `models` in
 * their order (every model when the list is empty). Each string is cut to the report's excerpt limits: a 2 MB
 * answer costs a page its head and tail, not 2 MB. Answers are built as the report's item stream builds them
 * (src/report/model/load-items.ts).
 */
export function loadItem(
  db: Database.Database,
  runId: string,
  suite: string,
  itemId: string,
  models: readonly string[],
  order: readonly string[],
): ReportItem | null {
  const item = db
    .prepare(
      `SELECT position, input, expected_json AS expectedJson, json_extract(extra_json, '$.choices') AS choicesJson
       FROM items WHERE run_id = ? AND suite = ? AND item_id = ?`,
    )
    .get(runId, suite, itemId) as { position: number; input: string; expectedJson: string | null; choicesJson: string | null } | undefined;
  if (!item) return null;
  const responses = db
    .prepare(
      `SELECT model_id AS modelId, sample, status, text, reasoning, finish_reason AS finishReason, error_kind AS errorKind,
              error_message AS errorMessage, total_ms AS totalMs, retrieval_json AS retrievalJson
       FROM responses WHERE run_id = ? AND suite = ? AND item_id = ?`,
    )
    .all(runId, suite, itemId) as ResponseRow[];
  const scores = db
    .prepare(
      `SELECT model_id AS modelId, sample, scorer, is_primary AS isPrimary, value, passed, extracted, detail,
              detail_json AS detailJson, evidence_json AS evidenceJson
       FROM scores WHERE run_id = ? AND suite = ? AND item_id = ? ORDER BY is_primary DESC, scorer`,
    )
    .all(runId, suite, itemId) as ScoreRow[];
  const rank = new Map(order.map((model, i) => [model, i]));
  const rankOf = (modelId: string) => rank.get(modelId) ?? rank.size;
  return {
    suite,
    itemId,
    position: item.position,
    input: excerptOf(item.input, EXCERPT_LIMITS.input),
    choices: parseChoices(item.choicesJson),
    expected: expectedExcerpt(item.expectedJson),
    answers: responses
      .filter((row) => keeps(models, row.modelId))
      .sort((a, b) => rankOf(a.modelId) - rankOf(b.modelId) || (a.modelId < b.modelId ? -1 : a.modelId > b.modelId ? 1 : 0) || a.sample - b.sample)
      .map((row) => toAnswer(row, scores)),
  };
}
