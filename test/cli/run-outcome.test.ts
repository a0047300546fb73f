import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer } from "../../src/mock-server/types.js";
import { runCli } from "../support/cli.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";

const tempDir = useTempDirs();
let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A reachable mock model and one at `deadURL`, on 6 echo items, stored in int2.db. */
function writeProject(dir: string, deadURL: string): void {
  writeJsonl(path.join(dir, "items.jsonl"), Array.from({ length: 6 }, (_, i) => ({ id: `q${i}`, input: `q${i}`, expected: `q${i}` })));
  fs.writeFileSync(
    path.join(dir, "eval.yaml"),
    `models:
  - id: alive
    provider: openai-compatible
    baseURL: ${server!.url}/v1
    model: mock-model
  - id: dead
    provider: openai-compatible
    baseURL: ${deadURL}
    model: mock-model
suites:
  - name: echo
    path: items.jsonl
    scorer: exact
retry:
  maxAttempts: 5
  baseDelayMs: 5
  maxDelayMs: 20
`,
  );
}

describe("the run's outcome", () => {
  it("exits 3 when a model's server refuses connections, names the cause once, sums errors by model and class, and prints the exact resume command", async () => {
    server = await startMockServer({});
    const dir = tempDir();
    writeProject(dir, "http://127.0.0.1:9/v1");
    const first = await runCli(["run", "eval.yaml", "--db", "int2.db"], { cwd: dir });
    expect(first.code, first.stderr).toBe(3);
    const lines = first.stderr.split("\n");
    expect(lines.filter((line) => line.includes("cannot reach"))).toEqual([
      "kurabe: dead: cannot reach http://127.0.0.1:9/v1: connection refused; its remaining items are not sent",
    ]);
    const runId = /\(run (\S+)\)/.exec(first.stderr)![1]!;
    expect(first.stderr).toContain(
      "kurabe: run incomplete: 6 results without an answer or a score (infrastructure errors, not counted as wrong answers)\n" +
        "  dead: 6 network\n" +
        `kurabe: once the cause is fixed, finish it with \`kurabe run eval.yaml --db int2.db --resume ${runId}\``,
    );

  });

  it("resumes a run that ended incomplete with `--resume` and no id, once the server is back", async () => {
    server = await startMockServer({});
    // A port that was just free: the dead model's server comes back on it later.
    const spare = await startMockServer({});
    const port = spare.port;
    await spare.close();
    const dir = tempDir();
    writeProject(dir, `http://127.0.0.1:${port}/v1`);
    const first = await runCli(["run", "eval.yaml", "--db", "int2.db"], { cwd: dir });
    expect(first.code, first.stderr).toBe(3);

    const revived = await startMockServer({ port });
    try {
      const resumed = await runCli(["run", "eval.yaml", "--db", "int2.db", "--resume"], { cwd: dir });
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(revived.stats.requests).toBe(6);
    } finally {
      await revived.close();
    }
    const db = new Database(path.join(dir, "int2.db"), { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM runs").get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT count(*) AS n FROM scores").get()).toEqual({ n: 12 });
    db.close();
  });

  it("exits 0 only when every item has an answer and a score", async () => {
    server = await startMockServer({});
    const dir = tempDir();
    writeProject(dir, `${server.url}/v1`);
    const result = await runCli(["run", "eval.yaml", "--db", "int2.db"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain("incomplete");
    const db = new Database(path.join(dir, "int2.db"), { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM scores").get()).toEqual({ n: 12 });
    db.close();
  });

  it("shows how long the oldest request has waited, against its timeout, when a server accepts but never answers", async () => {
    // Slower than the timeout: the run waits on requests that never come back.
    server = await startMockServer({ fault: () => ({ type: "slow-first-byte", delayMs: 120_000 }) });
    const dir = tempDir();
    writeJsonl(path.join(dir, "items.jsonl"), [{ id: "a", input: "a", expected: "a" }]);
    fs.writeFileSync(
      path.join(dir, "kurabe.yaml"),
      `models:\n  - id: silent\n    provider: openai-compatible\n    baseURL: ${server.url}/v1\n    model: mock-model\n    timeoutMs: 9000\n` +
        "suites:\n  - name: echo\n    path: items.jsonl\n    scorer: exact\nretry:\n  maxAttempts: 1\n",
    );
    const result = await runCli(["run"], { cwd: dir });
    expect(result.code, result.stderr).toBe(3);
    // Without a terminal the bar prints a line every 5 s; the one printed while the request hangs says so.
    expect(result.stderr).toMatch(/\| waiting [1-9]\d*s for the oldest request \(timeout 9s\) \|/);
    expect(result.stderr).not.toContain("ETA 0s");
    expect(result.stderr).toContain("  silent: 1 timeout");
  });
});
