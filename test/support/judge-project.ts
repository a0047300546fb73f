import fs from "node:fs";
import Database from "better-sqlite3";
import path from "node:path";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer } from "../../src/mock-server/types.js";

/**
 * kurabe.yaml for a candidate and a judge-only model on one mock server (`model: mock-model`, `model: judge-model`),
 * one suite "tone" over items.jsonl scored by `scorer` (YAML indented under `scorer:`), quick retries, and the store
 * in kurabe.db when `db` is set.
 */
export function writeJudgeConfig(dir: string, serverUrl: string, scorer: string, options: { db?: boolean } = {}): void {
  fs.writeFileSync(
    path.join(dir, "kurabe.yaml"),
    `${options.db ? "db: kurabe.db\n" : ""}models:
  - id: cand
    provider: openai-compatible
    baseURL: ${serverUrl}/v1
    model: mock-model
  - id: judge
    provider: openai-compatible
    baseURL: ${serverUrl}/v1
    model: judge-model
    judgeOnly: true
suites:
  - name: tone
    path: items.jsonl
    scorer:
${scorer}
retry:
  maxAttempts: 2
  baseDelayMs: 1
  maxDelayMs: 5
`,
  );
}

/** The candidate echoes each question; the judge answers "polite" when the graded text holds "please", else "rude". */
export function startToneServer(): Promise<MockServer> {
  return startMockServer({
    respond: (request) => (request.model === "judge-model" ? (request.prompt.includes("please") ? "polite" : "rude") : request.prompt),
  });
}

/** Rows of a query on the project's store (kurabe.db in `dir`), opened read-only. */
export function storeRows<T>(dir: string, sql: string): T[] {
  const db = new Database(path.join(dir, "kurabe.db"), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}
