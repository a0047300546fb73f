import diagnostics from "node:diagnostics_channel";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { configSchema, type KurabeConfig } from "../../src/config/schema.js";
import { startRun } from "../../src/engine/start-run.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockRequest, MockServer } from "../../src/mock-server/types.js";
import { openDatabase } from "../../src/store/open-store.js";
import { loadLeaderboard } from "../../src/report/load-leaderboard.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";

const tempDir = useTempDirs();
let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function run(config: KurabeConfig, dbFile: string, resume?: true) {
  const db = openDatabase(dbFile);
  try {
    const outcome = await startRun({
      db, config, env: {}, signal: new AbortController().signal, onEvent: () => undefined, ...(resume ? { resume } : {}),
    });
    const rows = db
      .prepare(
        `SELECT r.item_id AS itemId, r.sample, r.status, r.error_kind AS errorKind, r.from_cache AS fromCache, r.text,
                s.scorer, s.value FROM responses r LEFT JOIN scores s USING (run_id, suite, item_id, model_id, sample)
         WHERE r.run_id = ? ORDER BY r.item_id, r.sample`,
      )
      .all(outcome.runId) as Array<Record<string, unknown>>;
    return { outcome, rows };
  } finally {
    db.close();
  }
}

function mockConfig(dir: string, suite: Record<string, unknown>, model: Record<string, unknown> = {}): KurabeConfig {
  return configSchema.parse({
    models: [{ id: "m", provider: "openai-compatible", baseURL: `${server!.url}/v1`, model: "mock-model", ...model }],
    suites: [{ name: "s", path: path.join(dir, "items.jsonl"), ...suite }],
  });
}

describe("the engine", () => {
  it("keeps samples drawn at temperature > 0 distinct, with their own seeds, and serves repeats from the cache", async () => {
    const seen: MockRequest[] = [];
    server = await startMockServer({
      respond: (request) => {
        seen.push(request);
        return `answer with seed ${String(request.body.seed)}`;
      },
    });
    const dir = tempDir();
    writeJsonl(path.join(dir, "items.jsonl"), [{ id: "a", input: "q", expected: "x" }]);
    const config = mockConfig(dir, { samples: 3, params: { temperature: 0.8, seed: 7 } });
    const first = await run(config, path.join(dir, "k.db"));
    expect(first.rows.map((r) => r.text)).toEqual(["answer with seed 7", "answer with seed 8", "answer with seed 9"]);
    expect(seen).toHaveLength(3);

    const second = await run(config, path.join(dir, "k.db"));
    expect(seen).toHaveLength(3);
    expect(second.rows.map((r) => [r.text, r.fromCache])).toEqual([
      ["answer with seed 7", 1],
      ["answer with seed 8", 1],
      ["answer with seed 9", 1],
    ]);
    await run({ ...config, cache: false }, path.join(dir, "k.db"));
    expect(seen).toHaveLength(6);
  });

  it("runs 40 requests at once without Node's listener-leak warning on the run's signal", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      server = await startMockServer({ latencyMs: 50 });
      const dir = tempDir();
      writeJsonl(path.join(dir, "items.jsonl"), Array.from({ length: 80 }, (_, i) => ({ id: `q${i}`, input: `q${i}`, expected: `q${i}` })));
      const { rows } = await run(mockConfig(dir, { scorer: "exact" }, { concurrency: 40 }), path.join(dir, "k.db"));
      expect(rows.filter((r) => r.value === 1)).toHaveLength(80);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.map((w) => w.name)).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("sends an item's request the moment the last answer is in, on its connection, before that answer is scored and stored, and closes the connection when the run ends", async () => {
    // Idle sockets kept for ten minutes: only closing them ends them within the test.
    server = await startMockServer({ latencyMs: 10, keepAliveMs: 600_000 });
    const dir = tempDir();
    writeJsonl(path.join(dir, "items.jsonl"), ["a", "b", "c"].map((id) => ({ id, input: id, expected: id })));
    // Undici reports each request as it writes its headers; the engine reports each result once it is scored.
    const events: string[] = [];
    const onHeaders = () => events.push("request written");
    diagnostics.subscribe("undici:client:sendHeaders", onHeaders);
    const db = openDatabase(path.join(dir, "k.db"));
    try {
      await startRun({
        db,
        config: mockConfig(dir, { scorer: "exact" }, { concurrency: 1 }),
        env: {},
        signal: new AbortController().signal,
        onEvent: (event) => {
          if (event.type === "result") events.push(`result ${event.status}`);
        },
      });
      // Awaiting each item in turn would give written, result, written, result, written, result.
      expect(events).toEqual(["request written", "request written", "result ok", "request written", "result ok", "result ok"]);
      expect(server.stats.connections).toBe(1);
      // The run closed its model: no socket is left open to the server.
      await expect.poll(() => server!.stats.openConnections, { timeout: 30_000 }).toBe(0);
    } finally {
      diagnostics.unsubscribe("undici:client:sendHeaders", onHeaders);
      db.close();
    }
  });

  it("sends a suite's JSON schema as structured output", async () => {
    const bodies: Array<Record<string, unknown>> = [];
    server = await startMockServer({
      respond: (request) => {
        bodies.push(request.body);
        return '{"total": 1200}';
      },
    });
    const dir = tempDir();
    writeJsonl(path.join(dir, "items.jsonl"), [{ id: "a", input: "invoice", expected: { total: 1200 } }]);
    const schema = { type: "object", properties: { total: { type: "number" } }, required: ["total"] };
    const { rows } = await run(mockConfig(dir, { scorer: { type: "json", schema }, jsonSchema: schema }), path.join(dir, "k.db"));
    expect(JSON.stringify(bodies[0]!.response_format)).toContain('"total"');
    expect(rows).toMatchObject([{ status: "ok", scorer: "json", value: 1 }]);
  });

  it("skips image items for a model that takes no images, with the reason, and scores an item's own scorer", async () => {
    server = await startMockServer();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "dot.png"), Buffer.from("89504e470d0a1a0a", "hex"));
    writeJsonl(path.join(dir, "items.jsonl"), [
      { id: "img", input: "what is this?", images: ["dot.png"], expected: "a dot" },
      { id: "own", input: "The answer is 42", expected: 42, scorer: "numeric" },
    ]);
    const { rows, outcome } = await run(mockConfig(dir, { scorer: "exact" }, { images: false }), path.join(dir, "k.db"));
    expect(outcome.status).toBe("completed");
    expect(rows).toMatchObject([
      { itemId: "img", status: "skipped", errorKind: "unsupported", scorer: null },
      { itemId: "own", status: "ok", scorer: "numeric", value: 1 },
    ]);
    expect(server.stats.requests).toBe(1);
  });

  it("scores an answer that arrived before the run stopped without asking the model again", async () => {
    server = await startMockServer();
    const dir = tempDir();
    writeJsonl(path.join(dir, "items.jsonl"), [
      { id: "a", input: "x", expected: "x" },
      { id: "b", input: "y", expected: "y" },
    ]);
    const dbFile = path.join(dir, "k.db");
    const config = { ...mockConfig(dir, { scorer: "exact" }), cache: false };
    const first = await run(config, dbFile);
    // As if the process died between storing item b's answer and storing its score.
    const db = openDatabase(dbFile);
    db.prepare("DELETE FROM scores WHERE item_id = 'b'").run();
    db.prepare("UPDATE runs SET status = 'running'").run();
    db.close();
    const resumed = await run(config, dbFile, true);
    expect(resumed.outcome.runId).toBe(first.outcome.runId);
    expect(server.stats.requests).toBe(2);
    expect(resumed.rows).toMatchObject([
      { itemId: "a", scorer: "exact", value: 1 },
      { itemId: "b", scorer: "exact", value: 1 },
    ]);
  });

  it("reports the scorers beside the primary one in the leaderboard (GSM8K strict and flexible)", async () => {
    server = await startMockServer({ respond: (request) => (request.prompt === "a" ? "The answer is 12." : "so #### 7") });
    const dir = tempDir();
    writeJsonl(path.join(dir, "items.jsonl"), [
      { id: "a", input: "a", expected: "12" },
      { id: "b", input: "b", expected: "7" },
    ]);
    const dbFile = path.join(dir, "k.db");
    const { outcome } = await run(mockConfig(dir, { scorer: ["numeric", "gsm8k-strict", "gsm8k-flexible"] }), dbFile);
    const db = openDatabase(dbFile);
    const [entry] = loadLeaderboard(db, outcome.runId).entries;
    db.close();
    expect(entry).toMatchObject({ score: 1, secondary: { "gsm8k-strict": 0.5, "gsm8k-flexible": 1 } });
  });
});
