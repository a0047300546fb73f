/**
 * The columns of the run tables that more than one writer fills — a run as it is made (run-writer.ts), a rescore's
 * revision (scoring-revisions.ts, pairwise-store.ts) and an imported run file (portable/run-file-tables.ts) — in the
 * order their values are passed: one list per table, so that no writer counts placeholders of its own.
 */

/** An answer's key: which item, which model, which sample. */
const ANSWER_KEY = ["suite", "item_id", "model_id", "sample"] as const;

export const MODEL_COLUMNS = ["run_id", "model_id", "provider", "model", "config_json", "note", "position", "base_model_id", "prompt_id"] as const;

export const SUITE_COLUMNS = ["run_id", "name", "category", "config_json", "item_count", "samples", "position"] as const;

export const ITEM_COLUMNS = ["run_id", "suite", "item_id", "position", "input", "expected_json", "extra_json", "line"] as const;

export const RESPONSE_COLUMNS = [
  "run_id", ...ANSWER_KEY, "status", "request_json", "text", "reasoning", "finish_reason", "error_kind", "error_message",
  "attempts", "from_cache", "input_tokens", "cached_input_tokens", "output_tokens", "reasoning_tokens", "ttft_ms",
  "total_ms", "cost_usd", "created_at", "retrieval_json",
] as const;

/** A score's columns after run_id, in `scores` and (after revision) `revision_scores` alike. */
export const SCORE_COLUMNS = [...ANSWER_KEY, "scorer", "is_primary", "value", "passed", "extracted", "detail", "detail_json", "evidence_json"] as const;

/** A pairwise verdict's columns after run_id, in `pairwise_judgments` and (after revision) `revision_pairwise_judgments` alike. */
export const PAIRWISE_COLUMNS = [
  "suite", "item_id", "model_a", "model_b", "shown_first", "judge", "verdict", "strong", "reason", "prompt_json", "raw",
  "spend_json", "created_at",
] as const;

export const SCORING_REVISION_COLUMNS = [
  "run_id", "revision", "created_at", "suites_json", "scored", "unscored", "replaced_status", "replaced_pairwise_failed",
] as const;

/** An answer a failed judge left unscored at a revision the run no longer shows. */
export const REVISION_UNSCORED_COLUMNS = ["run_id", "revision", ...ANSWER_KEY, "error_kind", "error_message"] as const;

/** `INSERT INTO table (columns) VALUES (?, …)`, a placeholder per column. */
export function insertSql(table: string, columns: readonly string[], verb: "INSERT" | "INSERT OR REPLACE" = "INSERT"): string {
  return `${verb} INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
}
