import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer } from "../../src/mock-server/types.js";
import { runCli, spawnCli } from "../support/cli.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";

const tempDir = useTempDirs();
let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ITEMS = 60;

/**
 * A server that answers until `answerBudget` answers have been given, then holds every further request open: the
 * test can stop kurabe at a moment when every finished request is known to be finished.
 */
async function startGatedServer() {
  const answered = new Map<string, number>();
  const held: Array<() => void> = [];
  const gate = { answerBudget: Infinity, admitted: 0 };
  server = await startMockServer({
    latencyMs: 5,
    respond: async (request) => {
      // Admission is decided synchronously on arrival, so exactly `answerBudget` requests get an answer.
      if (gate.admitted >= gate.answerBudget) {
        await new Promise<void>((resolve) => held.push(resolve));
        return "too late: the client is gone";
      }
      gate.admitted++;
      answered.set(request.prompt, (answered.get(request.prompt) ?? 0) + 1);
      // Wrong on every third item, so the table has a score that is not trivially 100%.
      const n = Number(request.prompt.replace(/\D/g, ""));
      return n % 3 === 0 ? "wrong" : request.prompt;
    },
  });
  return { answered, gate, releaseHeld: () => held.splice(0).forEach((resolve) => resolve()) };
}

function writeProject(dir: string, url: string): void {
  writeJsonl(
    path.join(dir, "items.jsonl"),
    Array.from({ length: ITEMS }, (_, i) => ({ id: `q${i}`, input: `question ${i}`, expected: `question ${i}` })),
  );
  fs.writeFileSync(
    path.join(dir, "kurabe.yaml"),
    `models:\n  - id: local-mock\n    provider: openai-compatible\n    baseURL: ${url}/v1\n    model: mock-model\n` +
      `    concurrency: 8\nsuites:\n  - name: echo\n    path: items.jsonl\n    scorer: exact\n`,
  );
}

async function waitForResponses(dbFile: string, atLeast: number): Promise<void> {
  for (;;) {
    if (fs.existsSync(dbFile)) {
      const db = new Database(dbFile, { readonly: true, fileMustExist: true });
      try {
        const { n } = db.prepare("SELECT count(*) AS n FROM responses").get() as { n: number };
        if (n >= atLeast) return;
      } catch {
        // the schema may not exist yet
      } finally {
        db.close();
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const scoreColumns = (stdout: string) =>
  (JSON.parse(stdout) as { entries: Array<Record<string, unknown>> }).entries.map(({ modelId, suite, score, n, errors }) => ({
    modelId, suite, score, n, errors,
  }));

describe("an interrupted run", () => {
  // With the cache off, only the run's own record of finished results stands between resume and a re-send.
  it.each([["with the response cache", []], ["with --no-cache", ["--no-cache"]]])(
    "resumes after SIGKILL without re-sending any finished request, and prints the same table (%s)",
    async (_label, cacheFlags) => {
    const { answered, gate, releaseHeld } = await startGatedServer();
    const dir = tempDir();
    writeProject(dir, server!.url);
    const dbFile = path.join(dir, ".kurabe", "kurabe.db");

    gate.answerBudget = 25;
    const first = spawnCli(["run", "--json", ...cacheFlags], { cwd: dir });
    await waitForResponses(dbFile, 25);
    first.child.kill("SIGKILL");
    await first.done;
    gate.answerBudget = Infinity;
    releaseHeld();
    const requestsBeforeResume = server!.stats.requests;

    const resumed = await runCli(["run", "--resume", "--json", ...cacheFlags], { cwd: dir });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(server!.stats.requests - requestsBeforeResume).toBe(ITEMS - 25);
    // Every item was answered exactly once across both processes: nothing finished was asked again.
    expect(answered.size).toBe(ITEMS);
    expect([...answered.values()].every((count) => count === 1)).toBe(true);

    const fresh = await runCli(["run", "--json", "--no-cache", "--db", path.join(dir, "fresh.db")], { cwd: dir });
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(scoreColumns(resumed.stdout)).toEqual(scoreColumns(fresh.stdout));
    expect(scoreColumns(resumed.stdout)).toEqual([{ modelId: "local-mock", suite: "echo", score: 40 / 60, n: 60, errors: 0 }]);
    },
  );

  it("stops cleanly on Ctrl-C, marks the run interrupted and prints the exact command that resumes it", async () => {
    const { gate, releaseHeld } = await startGatedServer();
    const dir = tempDir();
    writeProject(dir, server!.url);
    gate.answerBudget = 10;
    const run = spawnCli(["run", "--db", "int2.db", "--no-cache"], { cwd: dir });
    await waitForResponses(path.join(dir, "int2.db"), 10);
    run.child.kill("SIGINT");
    const result = await run.done;
    releaseHeld();
    expect(result.code).toBe(130);
    // The exact command: the same config, store and options.
    expect(result.stderr).toMatch(/^interrupted: finish it with `kurabe run kurabe\.yaml --db int2\.db --no-cache --resume \d{8}-\d{6}-[0-9a-f]{4}`$/m);
    const db = new Database(path.join(dir, "int2.db"), { readonly: true });
    expect(db.prepare("SELECT status FROM runs").all()).toEqual([{ status: "interrupted" }]);
    db.close();
  });
});

describe("--resume with a run id", () => {
  it("refuses a prefix two runs share in one line, as every command that names a run does, and touches neither", async () => {
    await startGatedServer();
    const dir = tempDir();
    writeProject(dir, server!.url);
    for (let i = 0; i < 2; i++) expect((await runCli(["run", "--db", "k.db"], { cwd: dir })).code).toBe(0);
    const read = () => {
      const db = new Database(path.join(dir, "k.db"), { readonly: true });
      try {
        return db.prepare("SELECT id, status, finished_at FROM runs ORDER BY id").all() as Array<{ id: string }>;
      } finally {
        db.close();
      }
    };
    const before = read();
    const shared = before[0]!.id.slice(0, 4);
    const requests = server!.stats.requests;

    const resumed = await runCli(["run", "--db", "k.db", "--resume", shared], { cwd: dir });
    expect(resumed.code).toBe(2);
    expect(resumed.stderr).toBe(`kurabe: "${shared}" matches 2 runs; give more of the id\n`);
    const results = await runCli(["results", "--db", "k.db", shared], { cwd: dir });
    expect(results.stderr).toBe(resumed.stderr);
    expect(server!.stats.requests).toBe(requests);
    expect(read()).toEqual(before);
  });
});
