import type Database from "better-sqlite3";
import type { ScoreDetail } from "../scoring/score-detail.js";
import type { Item } from "../suites/types.js";
import { insertSql, ITEM_COLUMNS, MODEL_COLUMNS, RESPONSE_COLUMNS, SCORE_COLUMNS, SUITE_COLUMNS } from "./run-table-columns.js";
import { StoredItems } from "./stored-items.js";
import { TurnCommits } from "./turn-commits.js";

interface RunRecord {
  id: string;
  configPath?: string;
  /** The configuration with secrets removed (see src/config/redact.ts). */
  configJson: string;
  planFingerprint: string;
  kurabeVersion: string;
  /** Runs with code suites: the sandbox settings in force (see src/scoring/sandbox/sandbox-settings.ts). */
  sandboxJson?: string;
}

interface ModelRecord {
  modelId: string;
  provider: string;
  model: string;
  configJson: string;
  note?: string;
  /** A prompt variant's model (its config's id) and prompt id; absent for a model asked with the suites' own prompts. */
  variant?: { baseModelId: string; promptId: string };
}

interface SuiteRecord {
  name: string;
  category: string;
  configJson: string;
  samples: number;
  items: readonly Item[];
}

export interface ResponseKey {
  suite: string;
  itemId: string;
  modelId: string;
  sample: number;
}

export interface ResponseRecord extends ResponseKey {
  status: "ok" | "error" | "skipped";
  requestJson: string;
  text?: string;
  reasoning?: string;
  finishReason?: string;
  errorKind?: string;
  errorMessage?: string;
  attempts: number;
  fromCache: boolean;
  inputTokens?: number;
  cachedInputTokens?: number;
  outputTokens?: number;
  reasoningTokens?: number;
  ttftMs?: number;
  totalMs?: number;
  costUsd?: number;
  /** A RAG model's retrieval for this answer (src/rag/augment-messages.ts RetrievalRecord), as JSON. */
  retrievalJson?: string;
}

export interface ScoreRecord {
  scorer: string;
  isPrimary: boolean;
  value: number;
  passed: boolean;
  extracted?: string;
  detail?: string | ScoreDetail;
  evidence?: Record<string, unknown>;
}

/** A stored answer that has no score yet (the process stopped while scoring it). */
export interface StoredAnswer {
  text: string;
  reasoning?: string;
  retrievalJson?: string;
}

const HAS_SCORES = `EXISTS (SELECT 1 FROM scores s WHERE s.run_id = r.run_id AND s.suite = r.suite
  AND s.item_id = r.item_id AND s.model_id = r.model_id AND s.sample = r.sample)`;

/** A score's columns after its key, in the order of `scores` (and of `revision_scores`). */
export function scoreColumns(score: ScoreRecord): [string, number, number, number, string | null, string | null, string | null, string | null] {
  return [
    score.scorer,
    score.isPrimary ? 1 : 0,
    score.value,
    score.passed ? 1 : 0,
    score.extracted ?? null,
    typeof score.detail === "string" ? score.detail : null,
    typeof score.detail === "object" ? JSON.stringify(score.detail) : null,
    score.evidence ? JSON.stringify(score.evidence) : null,
  ];
}

export function responseKeyString(key: ResponseKey): string {
  return `${key.suite}\u0000${key.itemId}\u0000${key.modelId}\u0000${key.sample}`;
}

/**
 * Writes one run. Every answer is committed as soon as it is scored, with its scores, or before scoring when a scorer
 * may take long (a judge, a sandbox): a killed run loses no answer it received, and resuming scores stored answers
 * without asking the model again. "As soon as" is the end of the event-loop turn (TurnCommits: the writes of a turn
 * in one transaction; a run's response cache joins it). Reads and `finish` commit what is waiting first; a failed
 * commit is thrown by the next write, read or `flush`.
 */
export class RunWriter {
  readonly runId: string;
  private readonly insertResponse: Database.Statement;
  private readonly deleteScores: Database.Statement;
  private readonly clearUnscored: Database.Statement;
  private readonly insertScore: Database.Statement;
  private readonly insertScores: (response: ResponseKey, scores: readonly ScoreRecord[]) => void;
  /** Writes made this event-loop turn, committed together at its end. */
  readonly commits: TurnCommits;
  /** Answers stored without scores when the run stopped; only these are looked up, so a fresh run never reads. */
  private readonly unscored: Set<string>;
  private readonly storedItems: StoredItems;
  private readonly selectAnswer: Database.Statement<
    [string, string, string, string, number],
    { text: string | null; reasoning: string | null; retrieval_json: string | null }
  >;

  private constructor(
    private readonly db: Database.Database,
    runId: string,
  ) {
    this.runId = runId;
    this.insertResponse = db.prepare(insertSql("responses", RESPONSE_COLUMNS, "INSERT OR REPLACE"));
    this.clearUnscored = db.prepare(
      `UPDATE responses SET error_kind = NULL, error_message = NULL
       WHERE run_id = ? AND suite = ? AND item_id = ? AND model_id = ? AND sample = ? AND status = 'ok'`,
    );
    this.deleteScores = db.prepare(
      "DELETE FROM scores WHERE run_id = ? AND suite = ? AND item_id = ? AND model_id = ? AND sample = ?",
    );
    this.insertScore = db.prepare(insertSql("scores", ["run_id", ...SCORE_COLUMNS]));
    this.insertScores = (response: ResponseKey, scores: readonly ScoreRecord[]) => {
      const key = [this.runId, response.suite, response.itemId, response.modelId, response.sample] as const;
      for (const score of scores) this.insertScore.run(...key, ...scoreColumns(score));
    };
    this.commits = new TurnCommits(db);
    this.unscored = this.keysWhere(`status = 'ok' AND NOT ${HAS_SCORES}`);
    this.storedItems = new StoredItems(db, runId);
    this.selectAnswer = db.prepare(
      `SELECT text, reasoning, retrieval_json FROM responses
       WHERE run_id = ? AND suite = ? AND item_id = ? AND model_id = ? AND sample = ? AND status = 'ok'`,
    );
  }

  /** Creates the run with its models, suites and items in one transaction: a bad input leaves nothing behind. */
  static create(
    db: Database.Database,
    run: RunRecord,
    models: readonly ModelRecord[],
    suites: readonly SuiteRecord[],
  ): RunWriter {
    db.transaction(() => {
      db.prepare(
        `INSERT INTO runs (id, created_at, status, config_path, config_json, plan_fingerprint, kurabe_version, sandbox_json)
         VALUES (?, ?, 'running', ?, ?, ?, ?, ?)`,
      ).run(run.id, new Date().toISOString(), run.configPath ?? null, run.configJson, run.planFingerprint, run.kurabeVersion, run.sandboxJson ?? null);
      const insertModel = db.prepare(insertSql("models", MODEL_COLUMNS));
      models.forEach((m, i) =>
        insertModel.run(run.id, m.modelId, m.provider, m.model, m.configJson, m.note ?? null, i, m.variant?.baseModelId ?? null, m.variant?.promptId ?? null),
      );
      const insertSuite = db.prepare(insertSql("suites", SUITE_COLUMNS));
      const insertItem = db.prepare(insertSql("items", ITEM_COLUMNS));
      suites.forEach((s, i) => {
        insertSuite.run(run.id, s.name, s.category, s.configJson, s.items.length, s.samples, i);
        s.items.forEach((item, position) => {
          const { id, input, expected, fields, line, ...rest } = item;
          const extra = { ...rest, ...(Object.keys(fields).length ? { fields } : {}) };
          insertItem.run(
            run.id,
            s.name,
            id,
            position,
            input,
            expected === undefined ? null : JSON.stringify(expected),
            Object.keys(extra).length ? JSON.stringify(extra) : null,
            line,
          );
        });
      });
    })();
    return new RunWriter(db, run.id);
  }

  static resume(db: Database.Database, runId: string): RunWriter {
    db.prepare("UPDATE runs SET status = 'running', finished_at = NULL WHERE id = ?").run(runId);
    return new RunWriter(db, runId);
  }

  /** Keys of results that are done: answered and scored, or skipped for a reason that a retry cannot change. */
  finishedKeys(): Set<string> {
    this.flush();
    return this.keysWhere(`status = 'skipped' OR (status = 'ok' AND ${HAS_SCORES})`);
  }

  private keysWhere(condition: string): Set<string> {
    const rows = this.db
      .prepare(`SELECT suite, item_id, model_id, sample FROM responses r WHERE run_id = ? AND (${condition})`)
      .raw()
      .iterate(this.runId) as Iterable<[string, string, string, number]>;
    const keys = new Set<string>();
    for (const [suite, itemId, modelId, sample] of rows) keys.add(responseKeyString({ suite, itemId, modelId, sample }));
    return keys;
  }

  /** The stored answer for a key, if one arrived before the run stopped and was not scored. */
  storedAnswer(key: ResponseKey): StoredAnswer | undefined {
    if (!this.unscored.has(responseKeyString(key))) return undefined;
    this.flush();
    const row = this.selectAnswer.get(this.runId, key.suite, key.itemId, key.modelId, key.sample);
    if (!row) return undefined;
    return {
      text: row.text ?? "",
      ...(row.reasoning ? { reasoning: row.reasoning } : {}),
      ...(row.retrieval_json ? { retrievalJson: row.retrieval_json } : {}),
    };
  }

  /** A suite's items in file order, read a page at a time (see StoredItems). */
  items(suite: string): Generator<Item> {
    return this.storedItems.of(suite);
  }

  writeResponse(response: ResponseRecord): void {
    const createdAt = new Date().toISOString();
    this.enqueue(() => this.insertResponseRow(response, createdAt));
  }

  /** Scores for a stored answer: they replace any earlier ones and clear the reason it was unscored. */
  writeScores(response: ResponseKey, scores: readonly ScoreRecord[]): void {
    this.enqueue(() => {
      const key = [this.runId, response.suite, response.itemId, response.modelId, response.sample] as const;
      this.clearUnscored.run(...key);
      this.deleteScores.run(...key);
      this.insertScores(response, scores);
    });
  }

  /** A fresh answer and its scores, in one commit (it has no earlier scores to replace). */
  writeResult(response: ResponseRecord, scores: readonly ScoreRecord[]): void {
    const createdAt = new Date().toISOString();
    this.enqueue(() => {
      this.insertResponseRow(response, createdAt);
      this.insertScores(response, scores);
    });
  }

  /** An answer whose scoring failed for infrastructure reasons (a judge's outage): kept, with why, for a resume. */
  markUnscored(key: ResponseKey, errorKind: string, errorMessage: string): void {
    this.enqueue(() =>
      this.db
        .prepare(
          `UPDATE responses SET error_kind = ?, error_message = ?
           WHERE run_id = ? AND suite = ? AND item_id = ? AND model_id = ? AND sample = ?`,
        )
        .run(errorKind, errorMessage, this.runId, key.suite, key.itemId, key.modelId, key.sample),
    );
  }

  /** Commits the writes waiting for the end of this event-loop turn now; throws a commit's failure. */
  flush(): void {
    this.commits.flush();
  }

  private enqueue(write: () => void): void {
    this.commits.add(write);
  }

  private insertResponseRow(response: ResponseRecord, createdAt: string): void {
    // Positional parameters, in the column order above: binding by name costs a lookup per column per row.
    this.insertResponse.run(
      this.runId,
      response.suite,
      response.itemId,
      response.modelId,
      response.sample,
      response.status,
      response.requestJson,
      response.text ?? null,
      response.reasoning ?? null,
      response.finishReason ?? null,
      response.errorKind ?? null,
      response.errorMessage ?? null,
      response.attempts,
      response.fromCache ? 1 : 0,
      response.inputTokens ?? null,
      response.cachedInputTokens ?? null,
      response.outputTokens ?? null,
      response.reasoningTokens ?? null,
      response.ttftMs ?? null,
      response.totalMs ?? null,
      response.costUsd ?? null,
      createdAt,
      response.retrievalJson ?? null,
    );
  }

  /** `incomplete`: results lack an answer or a score, or `pairwiseFailed` judgments failed (a resume can finish them). */
  finish(status: "completed" | "incomplete" | "interrupted" | "failed", pairwiseFailed = 0): void {
    this.flush();
    this.db
      .prepare("UPDATE runs SET status = ?, finished_at = ?, pairwise_failed = ? WHERE id = ?")
      .run(status, new Date().toISOString(), pairwiseFailed, this.runId);
  }
}
