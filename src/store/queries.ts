import type Database from "better-sqlite3";
import { KurabeError } from "../errors.js";

export interface RunSummary {
  id: string;
  createdAt: string;
  finishedAt: string | null;
  status: string;
  configPath: string | null;
  planFingerprint: string;
}

export function listRuns(db: Database.Database): RunSummary[] {
  return db
    .prepare(
      `SELECT id, created_at AS createdAt, finished_at AS finishedAt, status, config_path AS configPath,
              plan_fingerprint AS planFingerprint
       FROM runs ORDER BY created_at DESC, id DESC`,
    )
    .all() as RunSummary[];
}

/** A run by id or unique id prefix; the latest run when no id is given. */
export function findRun(db: Database.Database, idOrPrefix?: string): RunSummary {
  const runs = listRuns(db);
  if (runs.length === 0) throw new KurabeError("input", "the store holds no runs yet; start one with `kurabe run`");
  if (idOrPrefix === undefined) return runs[0]!;
  const matches = runs.filter((r) => r.id === idOrPrefix || r.id.startsWith(idOrPrefix));
  if (matches.length === 1) return matches[0]!;
  const exact = matches.find((r) => r.id === idOrPrefix);
  if (exact) return exact;
  throw new KurabeError(
    "input",
    matches.length === 0
      ? `no run "${idOrPrefix}" in the store (latest: ${runs[0]!.id})`
      : `"${idOrPrefix}" matches ${matches.length} runs; give more of the id`,
  );
}

/** Results with no answer or no score: an infrastructure error (the model's or a judge's) a resume can still finish. */
const UNFINISHED = `(r.status = 'error' OR (r.status = 'ok' AND NOT EXISTS (SELECT 1 FROM scores s WHERE s.run_id = r.run_id
  AND s.suite = r.suite AND s.item_id = r.item_id AND s.model_id = r.model_id AND s.sample = r.sample)))`;

interface UnfinishedCount {
  modelId: string;
  /** The error class: network, auth, timeout, judge_server, sandbox, … */
  errorKind: string;
  count: number;
}

/** A run's unfinished results by model and error class, in the models' config order. */
export function unfinishedResults(db: Database.Database, runId: string): UnfinishedCount[] {
  return db
    .prepare(
      `SELECT r.model_id AS modelId, coalesce(r.error_kind, 'unscored') AS errorKind, count(*) AS count
       FROM responses r JOIN models m ON m.run_id = r.run_id AND m.model_id = r.model_id
       WHERE r.run_id = ? AND ${UNFINISHED} GROUP BY r.model_id, errorKind ORDER BY m.position, count DESC, errorKind`,
    )
    .all(runId) as UnfinishedCount[];
}

/** What an incomplete run lacks: results without an answer or a score, and pairwise judgments whose judge failed. */
export interface RunShortfall {
  unfinished: UnfinishedCount[];
  pairwiseFailed: number;
}

export function runShortfall(db: Database.Database, runId: string): RunShortfall {
  const pairwiseFailed = db.prepare("SELECT pairwise_failed FROM runs WHERE id = ?").pluck().get(runId) as number | undefined;
  return { unfinished: unfinishedResults(db, runId), pairwiseFailed: pairwiseFailed ?? 0 };
}

/** How a run that ran to its end is stored: `incomplete` while a result lacks an answer or a score, or a judgment failed. */
export function settledStatus(shortfall: RunShortfall): "completed" | "incomplete" {
  return shortfall.unfinished.length === 0 && shortfall.pairwiseFailed === 0 ? "completed" : "incomplete";
}

/** The shortfall in totals, as reports and pages show it beside an incomplete run's status. */
export function shortfallTotals(shortfall: RunShortfall): { results: number; pairwiseFailed: number } {
  return { results: shortfall.unfinished.reduce((sum, row) => sum + row.count, 0), pairwiseFailed: shortfall.pairwiseFailed };
}

/** The latest run a resume can finish: stopped before the end, or ended with unfinished results. */
export function latestUnfinishedRun(db: Database.Database): RunSummary | undefined {
  return listRuns(db).find(
    (run) =>
      run.status !== "completed" ||
      db.prepare(`SELECT 1 FROM responses r WHERE r.run_id = ? AND ${UNFINISHED} LIMIT 1`).get(run.id) !== undefined,
  );
}

export interface ModelRow {
  modelId: string;
  provider: string;
  model: string;
  note: string | null;
  /** Whether a price was known for the model (from kurabe.yaml or the catalog) when the run started. */
  priced: boolean;
  /** A prompt variant (`model@prompt`): the model it asks and the prompt's id. */
  variant?: PromptVariantOf;
}

export interface PromptVariantOf {
  baseModelId: string;
  promptId: string;
}

/** The models a run evaluated, in config order (judge-only models are not among them). */
export function runModels(db: Database.Database, runId: string): ModelRow[] {
  const rows = db
    .prepare(
      `SELECT model_id AS modelId, provider, model, note, json_extract(config_json, '$.price') IS NOT NULL AS priced,
         base_model_id AS baseModelId, prompt_id AS promptId
       FROM models WHERE run_id = ? AND coalesce(json_extract(config_json, '$.judgeOnly'), 0) = 0 ORDER BY position`,
    )
    .all(runId) as Array<Omit<ModelRow, "priced" | "variant"> & { priced: number; baseModelId: string | null; promptId: string | null }>;
  return rows.map(({ baseModelId, promptId, ...row }) => ({
    ...row,
    priced: row.priced === 1,
    ...(baseModelId !== null && promptId !== null ? { variant: { baseModelId, promptId } } : {}),
  }));
}

export interface SuiteRow {
  name: string;
  category: string;
  itemCount: number;
  samples: number;
}

export function runSuites(db: Database.Database, runId: string): SuiteRow[] {
  return db
    .prepare("SELECT name, category, item_count AS itemCount, samples FROM suites WHERE run_id = ? ORDER BY position")
    .all(runId) as SuiteRow[];
}

/** One response row as the leaderboard needs it: status, primary score, timings, tokens and cost. */
export interface ResultRow {
  suite: string;
  itemId: string;
  modelId: string;
  status: "ok" | "error" | "skipped";
  score: number | null;
  passed: number | null;
  ttftMs: number | null;
  totalMs: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  cachedInputTokens: number | null;
  reasoningTokens: number | null;
  costUsd: number | null;
  fromCache: number;
}

/** Streams a run's results (rows are not all held at once: 100,000-item runs stay small in memory). */
export function iterateResults(db: Database.Database, runId: string): IterableIterator<ResultRow> {
  return db
    .prepare(
      `SELECT r.suite, r.item_id AS itemId, r.model_id AS modelId, r.status, s.value AS score, s.passed, r.ttft_ms AS ttftMs, r.total_ms AS totalMs,
              r.input_tokens AS inputTokens, r.output_tokens AS outputTokens, r.cached_input_tokens AS cachedInputTokens,
              r.reasoning_tokens AS reasoningTokens, r.cost_usd AS costUsd,
              r.from_cache AS fromCache
       FROM responses r
       LEFT JOIN scores s ON s.run_id = r.run_id AND s.suite = r.suite AND s.item_id = r.item_id
         AND s.model_id = r.model_id AND s.sample = r.sample AND s.is_primary = 1
       WHERE r.run_id = ?`,
    )
    .iterate(runId) as IterableIterator<ResultRow>;
}

interface SecondaryScoreRow {
  modelId: string;
  suite: string;
  scorer: string;
  mean: number;
  n: number;
}

/** Means of the scores reported beside the primary one (e.g. GSM8K's strict and flexible extraction). */
export function secondaryScores(db: Database.Database, runId: string): SecondaryScoreRow[] {
  return db
    .prepare(
      `SELECT model_id AS modelId, suite, scorer, avg(value) AS mean, count(*) AS n FROM scores
       WHERE run_id = ? AND is_primary = 0 GROUP BY model_id, suite, scorer ORDER BY model_id, suite, scorer`,
    )
    .all(runId) as SecondaryScoreRow[];
}

/** One model's primary scores on a suite, per item (several values when items have several samples). */
export function itemScores(db: Database.Database, runId: string, modelId: string, suite: string): Map<string, number[]> {
  const rows = db
    .prepare(
      `SELECT item_id, value FROM scores WHERE run_id = ? AND model_id = ? AND suite = ? AND is_primary = 1
       ORDER BY item_id, sample`,
    )
    .raw()
    .iterate(runId, modelId, suite) as Iterable<[string, number]>;
  const byItem = new Map<string, number[]>();
  for (const [itemId, value] of rows) {
    const values = byItem.get(itemId);
    if (values) values.push(value);
    else byItem.set(itemId, [value]);
  }
  return byItem;
}
