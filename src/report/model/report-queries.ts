import type Database from "better-sqlite3";
import type { PriceConfig } from "../../config/schema.js";
import type { ReportRun } from "./report-types.js";

/** Reads what the report needs beyond the leaderboard's queries (src/store/queries.ts). */

export function loadRunInfo(db: Database.Database, runId: string): ReportRun {
  return db
    .prepare(
      `SELECT id, created_at AS createdAt, finished_at AS finishedAt, status, kurabe_version AS kurabeVersion,
              config_path AS configPath, json_extract(config_json, '$.description') AS description
       FROM runs WHERE id = ?`,
    )
    .get(runId) as ReportRun;
}

/** Each evaluated model's price (USD per 1M tokens) as stored with the run; null when none was known. */
export function loadModelPrices(db: Database.Database, runId: string): Map<string, PriceConfig | null> {
  const rows = db
    .prepare("SELECT model_id AS modelId, json_extract(config_json, '$.price') AS price FROM models WHERE run_id = ?")
    .all(runId) as Array<{ modelId: string; price: string | null }>;
  return new Map(rows.map((row) => [row.modelId, row.price === null ? null : parsePrice(row.price)]));
}

function parsePrice(json: string): PriceConfig | null {
  const value = JSON.parse(json) as Partial<PriceConfig> | null;
  if (!value || typeof value.input !== "number" || typeof value.output !== "number") return null;
  const price: PriceConfig = { input: value.input, output: value.output };
  if (typeof value.cachedInput === "number") price.cachedInput = value.cachedInput;
  if (typeof value.reasoning === "number") price.reasoning = value.reasoning;
  return price;
}

export interface StoredVerdict {
  suite: string;
  item: string;
  modelA: string;
  modelB: string;
  verdict: "a" | "b" | "tie";
  strong: boolean;
}

/** Every stored pairwise verdict of a run (one per order shown), suite by suite. */
export function loadPairwiseVerdicts(db: Database.Database, runId: string): StoredVerdict[] {
  const rows = db
    .prepare(
      `SELECT suite, item_id AS item, model_a AS modelA, model_b AS modelB, verdict, strong FROM pairwise_judgments
       WHERE run_id = ? ORDER BY suite, item_id, model_a, model_b, shown_first`,
    )
    .all(runId) as Array<Omit<StoredVerdict, "strong"> & { strong: number }>;
  return rows.map((row) => ({ ...row, strong: row.strong === 1 }));
}
