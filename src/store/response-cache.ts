import type Database from "better-sqlite3";
import type { Completion } from "../models/types.js";
import type { TurnCommits } from "./turn-commits.js";

/**
 * Successful completions by request key. Failures are never cached: a retry later must really retry. Given a run's
 * TurnCommits, a put joins the run's writes of that event-loop turn in one transaction (a commit per answer blocked
 * the loop ~0.15 ms each, bench/README.md); until then `get` finds it among the waiting ones. Without, each put
 * commits at once.
 */
export class ResponseCache {
  private readonly getStatement: Database.Statement<[string], { completion_json: string }>;
  private readonly putStatement: Database.Statement;
  /** Completions put but not committed yet, as their JSON. */
  private readonly waiting = new Map<string, string>();

  constructor(
    db: Database.Database,
    private readonly commits?: TurnCommits,
  ) {
    this.getStatement = db.prepare("SELECT completion_json FROM cache WHERE key = ?");
    this.putStatement = db.prepare(
      "INSERT OR REPLACE INTO cache (key, model_key, completion_json, created_at) VALUES (?, ?, ?, ?)",
    );
  }

  get(key: string): Completion | undefined {
    const json = this.waiting.get(key) ?? this.getStatement.get(key)?.completion_json;
    return json === undefined ? undefined : (JSON.parse(json) as Completion);
  }

  put(key: string, modelKey: string, completion: Completion): void {
    // Each chunk's arrival serves a load test's ITL only; a cached answer keeps its TTFT and total.
    const { outputArrivalsMs: _, ...timing } = completion.timing;
    const json = JSON.stringify({ ...completion, timing });
    const createdAt = new Date().toISOString();
    if (!this.commits) {
      this.putStatement.run(key, modelKey, json, createdAt);
      return;
    }
    this.waiting.set(key, json);
    this.commits.add(() => {
      this.putStatement.run(key, modelKey, json, createdAt);
      if (this.waiting.get(key) === json) this.waiting.delete(key);
    });
  }
}
