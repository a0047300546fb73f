import fs from "node:fs";
import Database from "better-sqlite3";
import path from "node:path";
import { afterEach } from "vitest";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer, MockServerOptions } from "../../src/mock-server/types.js";
import { writeJsonl } from "./temp-dir.js";

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

/**
 * The items.jsonl and kurabe.yaml of a "tone" project (see writeJudgeConfig): a string item is the input of item
 * `q<index>`, an object is written as it is.
 */
export function writeToneProject(
  dir: string,
  serverUrl: string,
  scorer: string,
  items: ReadonlyArray<string | Record<string, unknown>> = ["please help", "do it now", "please wait"],
  options: { db?: boolean } = {},
): void {
  writeJsonl(
    path.join(dir, "items.jsonl"),
    items.map((item, index) => (typeof item === "string" ? { id: `q${index}`, input: item } : item)),
  );
  writeJudgeConfig(dir, serverUrl, scorer, options);
}

/** The candidate echoes each question; the judge answers "polite" when the graded text holds "please", else "rude". */
export const TONE_SERVER: MockServerOptions = {
  respond: (request) => (request.model === "judge-model" ? (request.prompt.includes("please") ? "polite" : "rude") : request.prompt),
};

/** Starts mock servers (the tone server unless told otherwise), each closed after the test that started it. */
export function useMockServers(): (options?: MockServerOptions) => Promise<MockServer> {
  const servers: MockServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async (options = TONE_SERVER) => {
    const server = await startMockServer(options);
    servers.push(server);
    return server;
  };
}

/** Rows of a query on the project's store (kurabe.db, or `file`, in `dir`), opened read-only. */
export function storeRows<T>(dir: string, sql: string, file = "kurabe.db"): T[] {
  const db = new Database(path.join(dir, file), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}
