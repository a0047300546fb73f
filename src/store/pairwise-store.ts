import type Database from "better-sqlite3";
import { insertSql, PAIRWISE_COLUMNS } from "./run-table-columns.js";

export interface PairwiseRecord {
  suite: string;
  itemId: string;
  modelA: string;
  modelB: string;
  shownFirst: "a" | "b";
  judge: string;
  verdict: "a" | "b" | "tie";
  strong: boolean;
  reason: string;
  promptJson: string;
  raw: string;
  /** What the verdict cost (src/scoring/judges/judge-spend.ts JudgeSpend), as JSON. */
  spendJson: string;
}

/**
 * Pairwise verdicts of one run, and the answers they compare. With `stagedRevision`, verdicts are those of a rescore
 * still under way, staged under that revision until it commits (src/store/scoring-revisions.ts).
 */
export class PairwiseStore {
  private readonly table: string;
  /** The run (and staged revision) columns and their values. */
  private readonly keyColumns: string[];
  private readonly keys: unknown[];

  constructor(
    private readonly db: Database.Database,
    private readonly runId: string,
    stagedRevision?: number,
  ) {
    const staged = stagedRevision !== undefined;
    this.table = staged ? "revision_pairwise_judgments" : "pairwise_judgments";
    this.keyColumns = staged ? ["run_id", "revision"] : ["run_id"];
    this.keys = staged ? [runId, stagedRevision] : [runId];
  }

  /** The first sample's answer of every model to every item of a suite: itemId → modelId → text. */
  answers(suite: string): Map<string, Map<string, string>> {
    const rows = this.db
      .prepare(
        `SELECT item_id, model_id, text FROM responses
         WHERE run_id = ? AND suite = ? AND sample = 0 AND status = 'ok' AND text IS NOT NULL`,
      )
      .raw()
      .iterate(this.runId, suite) as Iterable<[string, string, string]>;
    const byItem = new Map<string, Map<string, string>>();
    for (const [itemId, modelId, text] of rows) {
      if (!byItem.has(itemId)) byItem.set(itemId, new Map());
      byItem.get(itemId)!.set(modelId, text);
    }
    return byItem;
  }

  judgedKeys(suite: string): Set<string> {
    const rows = this.db
      .prepare(`SELECT item_id, model_a, model_b, shown_first FROM ${this.table} WHERE ${this.keyColumns.map((c) => `${c} = ?`).join(" AND ")} AND suite = ?`)
      .raw()
      .all(...this.keys, suite) as Array<[string, string, string, string]>;
    return new Set(rows.map(([item, a, b, first]) => pairwiseKey(item, a, b, first)));
  }

  write(record: PairwiseRecord): void {
    this.db
      .prepare(insertSql(this.table, [...this.keyColumns, ...PAIRWISE_COLUMNS], "INSERT OR REPLACE"))
      .run(...this.keys, record.suite, record.itemId, record.modelA, record.modelB, record.shownFirst, record.judge,
        record.verdict, record.strong ? 1 : 0, record.reason, record.promptJson, record.raw, record.spendJson,
        new Date().toISOString());
  }
}

export function pairwiseKey(itemId: string, modelA: string, modelB: string, shownFirst: string): string {
  return `${itemId}\u0000${modelA}\u0000${modelB}\u0000${shownFirst}`;
}
