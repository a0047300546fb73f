import type Database from "better-sqlite3";

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
  /** What the verdict cost (src/scoring/judges/judge-verdict.ts JudgeSpend), as JSON. */
  spendJson: string;
}

/** Pairwise verdicts of one run, and the answers they compare. */
export class PairwiseStore {
  constructor(
    private readonly db: Database.Database,
    private readonly runId: string,
  ) {}

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
      .prepare("SELECT item_id, model_a, model_b, shown_first FROM pairwise_judgments WHERE run_id = ? AND suite = ?")
      .raw()
      .all(this.runId, suite) as Array<[string, string, string, string]>;
    return new Set(rows.map(([item, a, b, first]) => pairwiseKey(item, a, b, first)));
  }

  write(record: PairwiseRecord): void {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO pairwise_judgments (run_id, suite, item_id, model_a, model_b, shown_first, judge, verdict,
           strong, reason, prompt_json, raw, spend_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(this.runId, record.suite, record.itemId, record.modelA, record.modelB, record.shownFirst, record.judge,
        record.verdict, record.strong ? 1 : 0, record.reason, record.promptJson, record.raw, record.spendJson,
        new Date().toISOString());
  }
}

export function pairwiseKey(itemId: string, modelA: string, modelB: string, shownFirst: string): string {
  return `${itemId}\u0000${modelA}\u0000${modelB}\u0000${shownFirst}`;
}
