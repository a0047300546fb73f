import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { KB_LEFT_OUT, writeKbExample } from "../../src/cli/examples/kb-example.js";
import { KB_EVAL_CONVERSATIONS, KB_INQUIRY_LOG } from "../../src/cli/examples/kb-inquiries.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer } from "../../src/mock-server/types.js";
import type { RetrievalRecord } from "../../src/rag/augment-messages.js";
import { runCli } from "../support/cli.js";
import { runKbExample } from "../support/kb-example.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();
const servers: MockServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** A JSONL file's rows. */
const rowsOf = (file: string): Array<Record<string, unknown>> =>
  readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

describe("kurabe init --example kb", () => {
  it("writes an example whose log makes a held-out suite and an unanswerable slice, then runs the four systems offline: plain, plain-rag, tuned (LoRA), tuned-rag", async () => {
    // The example as README.md walks through it: init, dataset build with its defaults, run. The example's fixed mock
    // port may be taken on a test machine: the test's own mock server stands in for it.
    const server = await startMockServer({});
    servers.push(server);
    const { dir, init, build } = await runKbExample(tempDir(), server.url);
    expect(init.stdout).toContain("npx kurabe dataset build --docs docs --inquiries inquiries.jsonl --out data");
    expect(init.stdout).toContain("npx kurabe mock-server &");

    const heldOut = rowsOf(path.join(dir, "data", "eval.jsonl"));
    const unanswerable = rowsOf(path.join(dir, "data", "eval-unanswerable.jsonl"));
    // A meaningful handful of each, not one or two.
    expect(heldOut.length).toBeGreaterThanOrEqual(12);
    expect(heldOut.length).toBeLessThanOrEqual(20);
    expect(unanswerable.length).toBeGreaterThanOrEqual(10);
    expect(new Set(heldOut.map((item) => item.category)).size).toBeGreaterThanOrEqual(5);
    expect(heldOut.every((item) => Array.isArray(item.sources) && item.sources.length > 0)).toBe(true);
    // kurabe.yaml leaves out of the collection exactly the documents the build left out.
    const leftOut = rowsOf(path.join(dir, "data", "report.jsonl")).filter((entry) => entry.reason === "left-out").map((entry) => entry.id);
    expect(leftOut).toEqual(KB_LEFT_OUT);
    expect(build.stdout).toContain(`exclude: [${KB_LEFT_OUT.map((file) => JSON.stringify(file)).join(", ")}]`);
    // No held-out or unanswerable question is in a training or validation file.
    const trained = ["train.openai.jsonl", "validation.openai.jsonl"].map((file) => readFileSync(path.join(dir, "data", file), "utf8")).join("\n");
    expect([...heldOut, ...unanswerable].filter((item) => trained.includes(JSON.stringify(item.input).slice(1, -1)))).toEqual([]);

    const db = new Database(path.join(dir, ".kurabe", "kurabe.db"), { readonly: true });
    const rows = db
      .prepare("SELECT model_id, COUNT(*) AS answers, SUM(status = 'ok') AS ok, SUM(retrieval_json IS NOT NULL) AS retrieved FROM responses GROUP BY model_id ORDER BY model_id")
      .all();
    const refusals = db.prepare("SELECT COUNT(*) AS n FROM scores WHERE suite = 'kb-unanswerable' AND scorer = 'refusal'").get();
    // What statistics and the recommendation rank by: the judge's grade where a reference answer exists, the figure
    // the knowledge-base section shows as correctness (so the two cannot name different winners).
    const primaries = db.prepare("SELECT DISTINCT suite, scorer FROM scores WHERE is_primary = 1 ORDER BY suite").all();
    const judged = db
      .prepare(
        `SELECT scorer, model_id, COUNT(*) AS scores, COUNT(json_extract(evidence_json, '$.raw')) AS verdicts FROM scores
         WHERE scorer IN ('rubric', 'faithfulness') GROUP BY scorer, model_id ORDER BY scorer, model_id`,
      )
      .all();
    const judgeCalls = db
      .prepare("SELECT SUM(json_extract(evidence_json, '$.spend.calls') - json_extract(evidence_json, '$.spend.cachedCalls')) AS sent FROM scores WHERE evidence_json IS NOT NULL")
      .get() as { sent: number };
    const passages = db.prepare("SELECT retrieval_json FROM responses WHERE model_id = 'plain-rag'").all() as Array<{ retrieval_json: string }>;
    db.close();
    const answers = heldOut.length + unanswerable.length + KB_EVAL_CONVERSATIONS.length;
    expect(rows).toEqual([
      { model_id: "plain", answers, ok: answers, retrieved: 0 },
      { model_id: "plain-rag", answers, ok: answers, retrieved: answers },
      { model_id: "tuned", answers, ok: answers, retrieved: 0 },
      { model_id: "tuned-rag", answers, ok: answers, retrieved: answers },
    ]);
    expect(refusals).toEqual({ n: 4 * unanswerable.length });
    expect(primaries).toEqual([
      { suite: "kb-answerable", scorer: "rubric" },
      { suite: "kb-follow-ups", scorer: "rubric" },
      { suite: "kb-unanswerable", scorer: "refusal" },
    ]);
    // The judge graded every answer of the two judged suites (rubric) and checked every RAG answer against its
    // passages (faithfulness; a model without rag: has nothing to check: no score, no judge). Each verdict came over
    // HTTP from the mock server's mock-judge: the requests it counted are the judge requests the scores record.
    const graded = heldOut.length + KB_EVAL_CONVERSATIONS.length;
    const verdicts = (model: string, scorer: string) => ({ scorer, model_id: model, scores: graded, verdicts: graded });
    expect(judged).toEqual([
      verdicts("plain-rag", "faithfulness"),
      verdicts("tuned-rag", "faithfulness"),
      ...["plain", "plain-rag", "tuned", "tuned-rag"].map((model) => verdicts(model, "rubric")),
    ]);
    expect(judgeCalls.sent).toBeGreaterThan(0);
    expect(server.stats.perModel.get("mock-judge")).toBe(judgeCalls.sent);
    // The left-out documents are in no retrieved passage.
    const retrievedFiles = new Set(passages.flatMap((row) => (JSON.parse(row.retrieval_json) as RetrievalRecord).passages.map((passage) => passage.file)));
    expect(KB_LEFT_OUT.filter((file) => retrievedFiles.has(file))).toEqual([]);
    expect(retrievedFiles.size).toBeGreaterThan(1);

    // The knowledge-base section: plain-rag's query embeddings (the mock server's API) and its index, apart.
    const report = await runCli(["report", "--format", "md"], { cwd: dir });
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain("Knowledge-base chatbot");
    expect(report.stdout).toMatch(/\| plain-rag \|[^\n]*\| \$[\d.]+ · [\d,]+ tok\. \|\n/);
    // Correctness (the judge's rubric) is a figure for every system; faithfulness for the RAG systems only ("–", not
    // applicable, for the others: never a 0.0 % that reads as unfaithful).
    const columns = (model: string) => report.stdout.split("\n").find((line) => line.startsWith(`| ${model} |`))!.split(" | ");
    const percent = expect.stringMatching(/^\d+\.\d%$/);
    for (const model of ["plain-rag", "tuned-rag"]) expect(columns(model).slice(1, 3)).toEqual([percent, percent]);
    for (const model of ["plain", "tuned"]) expect(columns(model).slice(1, 3)).toEqual([percent, "–"]);
    // Every system is priced, and each RAG system's cost per 1,000 inquiries (column 7) pays for its passages' input
    // tokens: above the same model's without retrieval.
    const cost = (model: string) => Number(/^\$([\d.]+)$/.exec(columns(model)[6]!)?.[1]);
    expect(cost("plain-rag")).toBeGreaterThan(cost("plain"));
    expect(cost("tuned-rag")).toBeGreaterThan(cost("tuned"));
  }, 600_000);

  it("holds out its conversations: no turn's question is in the inquiry log", () => {
    const logged = new Set(KB_INQUIRY_LOG.map((row) => row.question));
    const asked = KB_EVAL_CONVERSATIONS.map((item) => item.input.at(-1)!.content);
    expect(asked.filter((question) => logged.has(question))).toEqual([]);
  });

  it("refuses to overwrite an example without --force", async () => {
    const dir = tempDir();
    await writeKbExample(dir);
    await expect(writeKbExample(dir)).rejects.toMatchObject({ code: "config", message: "already exists; use --force to overwrite it" });
    await expect(writeKbExample(dir, { force: true })).resolves.toHaveLength(14);
  });
});
