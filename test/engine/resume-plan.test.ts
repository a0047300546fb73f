import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { configSchema, type KurabeConfig } from "../../src/config/schema.js";
import { startRun } from "../../src/engine/start-run.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer } from "../../src/mock-server/types.js";
import { openDatabase } from "../../src/store/open-store.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";

const tempDir = useTempDirs();
let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setUp(expected: string) {
  server = await startMockServer({ respond: () => "wrong" });
  const dir = tempDir();
  writeJsonl(path.join(dir, "items.jsonl"), [{ id: "a", input: "q", expected }]);
  const config: KurabeConfig = configSchema.parse({
    models: [{ id: "m", provider: "openai-compatible", baseURL: `${server.url}/v1`, model: "mock-model" }],
    suites: [{ name: "s", path: path.join(dir, "items.jsonl"), scorer: "exact" }],
  });
  const db = openDatabase(path.join(dir, "k.db"));
  const run = (resume?: string | true) =>
    startRun({ db, config, env: {}, signal: new AbortController().signal, onEvent: () => undefined, ...(resume ? { resume } : {}) });
  return { dir, db, run };
}

describe("resuming a run", () => {
  it("refuses when the data changed since the run started, and sends nothing", async () => {
    const { dir, db, run } = await setUp("x");
    const first = await run();
    writeJsonl(path.join(dir, "items.jsonl"), [{ id: "a", input: "q", expected: "y" }]);
    const requests = server!.stats.requests;
    await expect(run(first.runId)).rejects.toThrow(/started with a different configuration or data/);
    expect(server!.stats.requests).toBe(requests);
    expect(db.prepare("SELECT status FROM runs").all()).toEqual([{ status: "completed" }]);
    db.close();
  });

  it("refuses a prefix that matches two runs, as every command that names a run does, and rewrites neither", async () => {
    const { db, run } = await setUp("x");
    const a = await run();
    const b = await run();
    const prefix = commonPrefix(a.runId, b.runId);
    const before = db.prepare("SELECT id, status, finished_at FROM runs ORDER BY id").all();
    await expect(run(prefix)).rejects.toThrow(`"${prefix}" matches 2 runs`);
    expect(db.prepare("SELECT id, status, finished_at FROM runs ORDER BY id").all()).toEqual(before);
    db.close();
  });
});

function commonPrefix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return a.slice(0, n);
}
