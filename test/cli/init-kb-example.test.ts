import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { writeKbExample } from "../../src/cli/examples/kb-example.js";
import { KB_EVAL_ANSWERABLE, KB_INQUIRY_LOG } from "../../src/cli/examples/kb-inquiries.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer } from "../../src/mock-server/types.js";
import { runCli } from "../support/cli.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();
const servers: MockServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

describe("kurabe init --example kb", () => {
  it("writes an example that runs the four systems offline: plain, plain-rag, tuned (LoRA), tuned-rag", async () => {
    const dir = path.join(tempDir(), "kb");
    const init = await runCli(["init", "--example", "kb", dir], { cwd: tempDir() });
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("npx kurabe mock-server &");

    // The example's fixed mock port may be taken on a test machine: the test's own mock server stands in for it.
    const server = await startMockServer({});
    servers.push(server);
    const configPath = path.join(dir, "kurabe.yaml");
    writeFileSync(configPath, readFileSync(configPath, "utf8").replaceAll("http://127.0.0.1:8787/v1", `${server.url}/v1`));

    const run = await runCli(["run", "kurabe.yaml"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const db = new Database(path.join(dir, ".kurabe", "kurabe.db"), { readonly: true });
    const rows = db
      .prepare("SELECT model_id, COUNT(*) AS answers, SUM(status = 'ok') AS ok, SUM(retrieval_json IS NOT NULL) AS retrieved FROM responses GROUP BY model_id ORDER BY model_id")
      .all();
    const refusals = db.prepare("SELECT COUNT(*) AS n FROM scores WHERE suite = 'kb-unanswerable' AND scorer = 'refusal'").get();
    db.close();
    const answers = KB_EVAL_ANSWERABLE.length + 3;
    expect(rows).toEqual([
      { model_id: "plain", answers, ok: answers, retrieved: 0 },
      { model_id: "plain-rag", answers, ok: answers, retrieved: answers },
      { model_id: "tuned", answers, ok: answers, retrieved: 0 },
      { model_id: "tuned-rag", answers, ok: answers, retrieved: answers },
    ]);
    expect(refusals).toEqual({ n: 12 });
  }, 300_000);

  it("holds out its evaluation questions: none is in the inquiry log", () => {
    const logged = new Set(KB_INQUIRY_LOG.map((row) => row.question));
    const asked = KB_EVAL_ANSWERABLE.map((item) => (typeof item.input === "string" ? item.input : item.input.at(-1)!.content));
    expect(asked.filter((question) => logged.has(question))).toEqual([]);
  });

  it("refuses to overwrite an example without --force", async () => {
    const dir = tempDir();
    await writeKbExample(dir);
    await expect(writeKbExample(dir)).rejects.toMatchObject({ code: "config", message: "already exists; use --force to overwrite it" });
    await expect(writeKbExample(dir, { force: true })).resolves.toHaveLength(12);
  });
});
