import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { configSchema, type KurabeConfig } from "../../src/config/schema.js";
import { startRun } from "../../src/engine/start-run.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockRequest, MockServer } from "../../src/mock-server/types.js";
import { loadLeaderboard } from "../../src/report/load-leaderboard.js";
import { loadJudgingSpend } from "../../src/report/model/report-queries.js";
import { renderReportToString } from "../../src/report/render-report.js";
import { openDatabase } from "../../src/store/open-store.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";

const tempDir = useTempDirs();
const servers: MockServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function serve(respond: (request: MockRequest) => string, fault?: Parameters<typeof startMockServer>[0] extends infer O ? O extends { fault?: infer F } ? F : never : never) {
  const server = await startMockServer({ respond, ...(fault ? { fault } : {}) });
  servers.push(server);
  return server;
}

const ITEMS = [
  { id: "capital", input: "What is the capital of France?", expected: "Paris" },
  { id: "sum", input: "What is 2 + 2?", expected: "4" },
];

function config(dir: string, answerers: MockServer[], judge: MockServer, suite: Record<string, unknown>): KurabeConfig {
  return configSchema.parse({
    models: [
      ...answerers.map((server, i) => ({ id: `m${i}`, provider: "openai-compatible", baseURL: `${server.url}/v1`, model: `answerer-${i}` })),
      { id: "judge", provider: "openai-compatible", baseURL: `${judge.url}/v1`, model: "judge", judgeOnly: true },
    ],
    suites: [{ name: "qa", path: path.join(dir, "items.jsonl"), ...suite }],
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
  });
}

async function run(cfg: KurabeConfig, dbFile: string, resume?: string | true) {
  const db = openDatabase(dbFile);
  try {
    const outcome = await startRun({ db, config: cfg, env: {}, signal: new AbortController().signal, onEvent: () => undefined, ...(resume ? { resume } : {}) });
    return { outcome, board: loadLeaderboard(db, outcome.runId) };
  } finally {
    db.close();
  }
}

/** A judge that reads the answer under review out of its prompt and grades "Paris" and "4" as right. */
const rubricJudge = (request: MockRequest) => {
  const answer = /\[Answer to grade\]\n([^]*?)\n\n\[Rubric\]/.exec(request.prompt)?.[1] ?? "";
  const right = answer.includes("Paris") || answer.trim() === "4";
  return JSON.stringify({ score: right ? 9 : 2, reason: right ? "correct" : "wrong" });
};

describe("a rubric judge", () => {
  it("grades each answer through JSON output, on its own server, and stores its prompt and raw verdict", async () => {
    const dir = tempDir();
    writeJsonl(path.join(dir, "items.jsonl"), ITEMS);
    const answerer = await serve((r) => (r.prompt.includes("France") ? "It is Paris." : "5"));
    const judge = await serve(rubricJudge);
    const cfg = config(dir, [answerer], judge, { scorer: { type: "rubric", judge: "judge", rubric: "Factually correct." } });
    const dbFile = path.join(dir, "k.db");
    const { board } = await run(cfg, dbFile);
    expect(board.entries).toMatchObject([{ modelId: "m0", n: 2, errors: 0 }]);
    expect(board.entries[0]!.score).toBeCloseTo((8 / 9 + 1 / 9) / 2, 10);
    expect(board.models.map((m) => m.modelId)).toEqual(["m0"]);
    const db = new Database(dbFile, { readonly: true });
    const rows = db.prepare("SELECT item_id, extracted, passed, evidence_json FROM scores ORDER BY item_id").all() as Array<Record<string, string>>;
    db.close();
    expect(rows.map((r) => [r.item_id, r.extracted, r.passed])).toEqual([["capital", "9/10", 1], ["sum", "2/10", 0]]);
    const evidence = JSON.parse(rows[0]!.evidence_json!) as { judge: string; raw: string; messages: Array<{ content: string }> };
    expect(evidence.judge).toBe("judge");
    expect(evidence.raw).toContain('"score":9');
    expect(evidence.messages[1]!.content).toContain("Factually correct.");
    expect(judge.stats.requests).toBe(2);
  });

  it("leaves an answer unscored — an infrastructure error, not a zero — while its judge is down, and scores it on resume", async () => {
    const dir = tempDir();
    writeJsonl(path.join(dir, "items.jsonl"), ITEMS);
    const answerer = await serve(() => "It is Paris.");
    const health = { down: true };
    const judge = await serve(rubricJudge, () => (health.down ? { type: "status", status: 503 } : undefined));
    const cfg = { ...config(dir, [answerer], judge, { scorer: { type: "rubric", judge: "judge" } }), cache: false };
    const dbFile = path.join(dir, "k.db");
    const first = await run(cfg, dbFile);
    expect(first.board.entries[0]).toMatchObject({ n: 0, errors: 2, score: null });
    health.down = false;
    const db = openDatabase(dbFile);
    db.prepare("UPDATE runs SET status = 'interrupted'").run();
    db.close();
    const resumed = await run(cfg, dbFile, true);
    expect(resumed.board.entries[0]).toMatchObject({ n: 2, errors: 0 });
    expect(answerer.stats.requests).toBe(2);
  });

  it("must be a model of the config", async () => {
    const dir = tempDir();
    writeJsonl(path.join(dir, "items.jsonl"), ITEMS);
    const answerer = await serve(() => "x");
    const cfg = config(dir, [answerer], answerer, { scorer: { type: "rubric", judge: "nobody" } });
    await expect(run(cfg, path.join(dir, "k.db"))).rejects.toThrow(/judge "nobody" is not a model in this config/);
  });
});

describe("pairwise judging", () => {
  it("judges every pair twice with positions swapped and stores verdicts in model terms", async () => {
    const dir = tempDir();
    writeJsonl(path.join(dir, "items.jsonl"), ITEMS);
    const good = await serve((r) => (r.prompt.includes("France") ? "Paris" : "4"));
    const bad = await serve(() => "I do not know.");
    // A judge with a position bias on the second item: it always picks whatever is shown first.
    const judge = await serve((request) => {
      if (request.prompt.includes("2 + 2")) return JSON.stringify({ winner: "A", strong: false, reason: "first" });
      const a = /\[Assistant A\]\n([^]*?)\n\n\[Assistant B\]/.exec(request.prompt)?.[1] ?? "";
      return JSON.stringify({ winner: a.includes("Paris") ? "A" : "B", strong: true, reason: "Paris is right" });
    });
    const cfg = config(dir, [good, bad], judge, { scorer: "normalized", pairwise: { judge: "judge" } });
    const dbFile = path.join(dir, "k.db");
    const { outcome } = await run(cfg, dbFile);
    const db = new Database(dbFile, { readonly: true });
    const rows = db
      .prepare("SELECT item_id, model_a, model_b, shown_first, verdict, strong FROM pairwise_judgments ORDER BY item_id, shown_first")
      .all();
    db.close();
    expect(rows).toEqual([
      { item_id: "capital", model_a: "m0", model_b: "m1", shown_first: "a", verdict: "a", strong: 1 },
      { item_id: "capital", model_a: "m0", model_b: "m1", shown_first: "b", verdict: "a", strong: 1 },
      // The biased judge names a different model in each order: the two verdicts disagree (a tie when consolidated).
      { item_id: "sum", model_a: "m0", model_b: "m1", shown_first: "a", verdict: "a", strong: 0 },
      { item_id: "sum", model_a: "m0", model_b: "m1", shown_first: "b", verdict: "b", strong: 0 },
    ]);
    expect(judge.stats.requests).toBe(4);
    await run(cfg, dbFile, outcome.runId);
    expect(judge.stats.requests).toBe(4);
  });
});

describe("what judging cost", () => {
  it("sums each judge's requests, tokens and cost per run; requests served from the cache cost nothing", async () => {
    const dir = tempDir();
    writeJsonl(path.join(dir, "items.jsonl"), ITEMS);
    const good = await serve((r) => (r.prompt.includes("France") ? "Paris" : "4"));
    const bad = await serve(() => "I do not know.");
    const judge = await serve((request) =>
      request.prompt.includes("[Assistant A]")
        ? JSON.stringify({ winner: "A", strong: false, reason: "first" })
        : rubricJudge(request),
    );
    const base = config(dir, [good, bad], judge, { scorer: { type: "rubric", judge: "judge" }, pairwise: { judge: "judge" } });
    const price = { input: 3, output: 15 };
    const cfg = { ...base, models: base.models.map((m) => (m.id === "judge" ? { ...m, price } : m)) };
    const dbFile = path.join(dir, "k.db");

    const first = await run(cfg, dbFile);
    // 2 models × 2 items graded by rubric, and 1 pair × 2 items × 2 orders compared.
    expect(judge.stats.requests).toBe(8);
    const db = openDatabase(dbFile);
    const [spent] = loadJudgingSpend(db, first.outcome.runId);
    expect(spent).toMatchObject({ judge: "judge", verdicts: 8, calls: 8, cachedCalls: 0 });
    expect(spent!.inputTokens).toBeGreaterThan(0);
    expect(spent!.costUsd).toBeCloseTo((spent!.inputTokens * 3 + spent!.outputTokens * 15) / 1e6, 12);
    const markdown = renderReportToString(db, first.outcome.runId, { format: "md", language: "en" });
    expect(markdown).toContain("## What judging cost");
    expect(markdown).toMatch(/\| judge \| 8 \| 8 \(0\) \|/);
    db.close();

    const again = await run(cfg, dbFile);
    expect(judge.stats.requests).toBe(8);
    const reread = openDatabase(dbFile);
    expect(loadJudgingSpend(reread, again.outcome.runId)).toEqual([
      { judge: "judge", verdicts: 8, calls: 8, cachedCalls: 8, inputTokens: 0, outputTokens: 0, costUsd: 0 },
    ]);
    reread.close();
  });
});

