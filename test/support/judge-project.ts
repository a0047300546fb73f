import fs from "node:fs";
import Database from "better-sqlite3";
import path from "node:path";
import { afterEach } from "vitest";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer, MockServerOptions } from "../../src/mock-server/types.js";
import { writeJsonl } from "./temp-dir.js";

/** A model of a project's kurabe.yaml, served over the OpenAI-compatible API at `baseURL`; `extra` lines follow. */
export function mockModelEntry(id: string, baseURL: string, model: string, extra: readonly string[] = []): string {
  return [`  - id: ${id}`, "    provider: openai-compatible", `    baseURL: ${baseURL}`, `    model: ${model}`, ...extra.map((line) => `    ${line}`)]
    .map((line) => `${line}\n`)
    .join("");
}

export interface ProjectConfig {
  /** Entries of `models:` (mockModelEntry, or written out), each ending in a newline. */
  models: readonly string[];
  /** The one suite over items.jsonl: its name and its further YAML lines (indented by four, no newline at the end). */
  suite: { name: string; lines: string };
  /** Attempts per request, with quick back-offs (`delayMs`, default 1–5 ms). */
  retry: { maxAttempts: number; delayMs?: { base: number; max: number } };
  /** The store in kurabe.db. */
  db?: boolean;
  /** Default kurabe.yaml. */
  file?: string;
}

/** The config of a test project: its models, one suite over items.jsonl, quick retries. */
export function writeProjectConfig(dir: string, config: ProjectConfig): void {
  const delay = config.retry.delayMs ?? { base: 1, max: 5 };
  fs.writeFileSync(
    path.join(dir, config.file ?? "kurabe.yaml"),
    `${config.db ? "db: kurabe.db\n" : ""}models:
${config.models.join("")}suites:
  - name: ${config.suite.name}
    path: items.jsonl
${config.suite.lines}
retry:
  maxAttempts: ${config.retry.maxAttempts}
  baseDelayMs: ${delay.base}
  maxDelayMs: ${delay.max}
`,
  );
}

/**
 * kurabe.yaml for a candidate and a judge-only model on one mock server (`model: mock-model`, `model: judge-model`),
 * one suite "tone" over items.jsonl scored by `scorer` (YAML indented under `scorer:`), quick retries, and the store
 * in kurabe.db when `db` is set.
 */
export function writeJudgeConfig(dir: string, serverUrl: string, scorer: string, options: { db?: boolean } = {}): void {
  writeProjectConfig(dir, {
    ...options,
    models: [mockModelEntry("cand", `${serverUrl}/v1`, "mock-model"), mockModelEntry("judge", `${serverUrl}/v1`, "judge-model", ["judgeOnly: true"])],
    suite: { name: "tone", lines: `    scorer:\n${scorer}` },
    retry: { maxAttempts: 2 },
  });
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
