import type Database from "better-sqlite3";
import type { Completion } from "../models/types.js";

/** Successful completions by request key. Failures are never cached: a retry later must really retry. */
export class ResponseCache {
  private readonly getStatement: Database.Statement<[string], { completion_json: string }>;
  private readonly putStatement: Database.Statement;

  constructor(db: Database.Database) {
    this.getStatement = db.prepare("SELECT completion_json FROM cache WHERE key = ?");
    this.putStatement = db.prepare(
      "INSERT OR REPLACE INTO cache (key, model_key, completion_json, created_at) VALUES (?, ?, ?, ?)",
    );
  }

  get(key: string): Completion | undefined {
    const row = this.getStatement.get(key);
    return row ? (JSON.parse(row.completion_json) as Completion) : undefined;
  }

  put(key: string, modelKey: string, completion: Completion): void {
    // Each chunk's arrival serves a load test's ITL only; a cached answer keeps its TTFT and total.
    const { outputArrivalsMs: _, ...timing } = completion.timing;
    this.putStatement.run(key, modelKey, JSON.stringify({ ...completion, timing }), new Date().toISOString());
  }
}
