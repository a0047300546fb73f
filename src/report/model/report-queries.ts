import type Database from "better-sqlite3";
import type { ModelCostSource } from "../../analysis/decision/model-pricing.js";
import type { HostingConfig, PriceConfig } from "../../config/schema.js";
import type { ReportRun, RetrievalSpend } from "./report-types.js";
import { scoringRevision, suiteScoring } from "../../store/scoring-revisions.js";
import { runShortfall, shortfallTotals } from "../../store/queries.js";
import { MODULE_JUDGING_KEY, type JudgeSpend } from "../../scoring/judges/judge-spend.js";

/** Reads what the report needs beyond the leaderboard's queries (src/store/queries.ts). */

export function loadRunInfo(db: Database.Database, runId: string): ReportRun {
  const run = db
    .prepare(
      `SELECT id, created_at AS createdAt, finished_at AS finishedAt, status, kurabe_version AS kurabeVersion,
              config_path AS configPath, json_extract(config_json, '$.description') AS description
       FROM runs WHERE id = ?`,
    )
    .get(runId) as Omit<ReportRun, "scoring" | "shortfall">;
  return {
    ...run,
    ...(run.status === "incomplete" ? { shortfall: shortfallTotals(runShortfall(db, runId)) } : {}),
    scoring: { ...scoringRevision(db, runId), scoredWith: suiteScoring(db, runId) },
  };
}

/**
 * Each model's price (USD per 1M tokens: kurabe.yaml's or the catalog's, as the run used it; null when none was
 * known) and `hosting:`, as stored with the run (the redacted model config keeps both).
 */
export function loadModelCosts(db: Database.Database, runId: string): Map<string, ModelCostSource> {
  const rows = db
    .prepare(
      `SELECT model_id AS modelId, json_extract(config_json, '$.price') AS price, json_extract(config_json, '$.hosting') AS hosting
       FROM models WHERE run_id = ?`,
    )
    .all(runId) as Array<{ modelId: string; price: string | null; hosting: string | null }>;
  return new Map(
    rows.map((row) => [row.modelId, { price: row.price === null ? null : parsePrice(row.price), hosting: row.hosting === null ? undefined : parseHosting(row.hosting) }]),
  );
}

function parseHosting(json: string): HostingConfig | undefined {
  const value = JSON.parse(json) as unknown;
  return value && typeof value === "object" && !Array.isArray(value) ? (value as HostingConfig) : undefined;
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

/** What one judge's verdicts cost in a run (rubric scores and pairwise verdicts together): each verdict's spend, summed. */
export interface JudgingSpend extends JudgeSpend {
  judge: string;
  verdicts: number;
}

/**
 * Sums what judging cost per judge, from the spend each verdict stores (rubric scores' evidence, the calls a scorer
 * module made beside its own evidence, pairwise verdicts), over the given suites or the whole run. Verdicts stored
 * before kurabe kept their spend are left out; so is a module's own `spend` key, which is the user's, not a judge's.
 */
export function loadJudgingSpend(db: Database.Database, runId: string, suites?: readonly string[]): JudgingSpend[] {
  const only = suites === undefined ? null : JSON.stringify(suites);
  return db
    .prepare(
      `SELECT judge, count(*) AS verdicts, sum(json_extract(spend, '$.calls')) AS calls,
              sum(json_extract(spend, '$.cachedCalls')) AS cachedCalls,
              sum(json_extract(spend, '$.inputTokens')) AS inputTokens,
              sum(json_extract(spend, '$.outputTokens')) AS outputTokens,
              CASE WHEN count(json_extract(spend, '$.costUsd')) = count(*) THEN sum(json_extract(spend, '$.costUsd')) END
                AS costUsd
       FROM (
         SELECT suite, json_extract(evidence_json, '$.judge') AS judge, json_extract(evidence_json, '$.spend') AS spend
         FROM scores WHERE run_id = @runId AND scorer <> 'module' AND json_extract(evidence_json, '$.spend') IS NOT NULL
         UNION ALL
         SELECT suite, json_extract(spent.value, '$.judge') AS judge, json_extract(spent.value, '$.spend') AS spend
         FROM scores, json_each(scores.evidence_json, @moduleJudging) AS spent WHERE run_id = @runId AND scorer = 'module'
         UNION ALL
         SELECT suite, judge, spend_json AS spend FROM pairwise_judgments WHERE run_id = @runId AND spend_json IS NOT NULL
       )
       WHERE @suites IS NULL OR suite IN (SELECT value FROM json_each(@suites))
       GROUP BY judge ORDER BY judge`,
    )
    .all({ runId, suites: only, moduleJudging: `$."${MODULE_JUDGING_KEY}"` }) as JudgingSpend[];
}

/** Each suite's primary scorer, as its scores were stored (the one most of its items used, when items name their own). */
export function loadPrimaryScorers(db: Database.Database, runId: string): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT suite, scorer FROM scores WHERE run_id = ? AND is_primary = 1
       GROUP BY suite, scorer ORDER BY suite, count(*) DESC, scorer`,
    )
    .all(runId) as Array<{ suite: string; scorer: string }>;
  const primary = new Map<string, string>();
  for (const row of rows) if (!primary.has(row.suite)) primary.set(row.suite, row.scorer);
  return primary;
}

/**
 * What retrieval took per RAG model, from the records stored with its answers (responses.retrieval_json): the mean
 * query embedding tokens per answer (already in each answer's cost), and the index it searched — passages, the
 * embedding tokens building it took and their cost, a one-time cost shown apart from the cost per inquiry.
 * `suites`: only the answers of these suites (the dashboard's filter).
 */
export function loadRetrievalSpend(db: Database.Database, runId: string, suites?: readonly string[]): Map<string, RetrievalSpend> {
  const only = suites === undefined ? null : JSON.stringify(suites);
  const rows = db
    .prepare(
      `SELECT model_id AS modelId, avg(json_extract(retrieval_json, '$.embeddingTokens')) AS queryEmbeddingTokens,
              max(json_extract(retrieval_json, '$.index.passages')) AS passages,
              max(json_extract(retrieval_json, '$.index.embeddingTokens')) AS embeddingTokens,
              max(json_extract(retrieval_json, '$.index.costUsd')) AS costUsd
       FROM responses WHERE run_id = @runId AND retrieval_json IS NOT NULL
         AND (@suites IS NULL OR suite IN (SELECT value FROM json_each(@suites)))
       GROUP BY model_id`,
    )
    .all({ runId, suites: only }) as Array<{ modelId: string; queryEmbeddingTokens: number | null; passages: number | null; embeddingTokens: number | null; costUsd: number | null }>;
  return new Map(
    rows.map((row) => [
      row.modelId,
      {
        queryEmbeddingTokens: row.queryEmbeddingTokens,
        index: row.passages === null ? null : { passages: row.passages, embeddingTokens: row.embeddingTokens, costUsd: row.costUsd },
      },
    ]),
  );
}
