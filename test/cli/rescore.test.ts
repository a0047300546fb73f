import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer } from "../../src/mock-server/types.js";
import { runCli, spawnCli } from "../support/cli.js";
import { useTempDirs } from "../support/temp-dir.js";
import { storeRows, TONE_SERVER, useMockServers, writeJudgeConfig, writeToneProject } from "../support/judge-project.js";

const tempDir = useTempDirs();
const startServer = useMockServers();

function writeConfig(dir: string, server: MockServer, scorer: string): void {
  writeJudgeConfig(dir, server.url, scorer, { db: true });
}

function writeProject(dir: string, server: MockServer, scorer: string): void {
  const items = [
    { id: "q0", input: "please help", expected: "please help" },
    { id: "q1", input: "do it now", expected: "do it" },
    { id: "q2", input: "please wait", expected: "wait" },
  ];
  writeToneProject(dir, server.url, scorer, items, { db: true });
}

/** A module scorer asking the judge; `question` is the prompt's wording, so a change of it is a change of prompt. */
function writeJudgeModule(dir: string, question: string): void {
  fs.writeFileSync(
    path.join(dir, "tone.mjs"),
    `export default async (answer, item, context) => {
  const call = await context.callModel("judge", { messages: [{ role: "user", content: ${JSON.stringify(question)} + answer.text }] });
  return { score: call.completion.text.includes("polite") ? 1 : 0, evidence: { verdict: call.completion.text } };
};
`,
  );
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 50));
}

const primaryScores = (dir: string) =>
  storeRows<{ item_id: string; scorer: string; value: number }>(dir, "SELECT item_id, scorer, value FROM scores WHERE is_primary = 1 ORDER BY item_id");

interface Recording {
  dir: string;
  /** Its server, open until the file ends: a copy's kurabe.yaml still names it. */
  server: MockServer;
  /** What the run asked of the server. */
  requests: number;
}

/** The exact-scored run four tests start from, made once for the file; each test gets its own copy of its folder. */
let recording: Promise<Recording> | undefined;
afterAll(async () => {
  const made = await recording?.catch(() => undefined);
  await made?.server.close();
  if (made) fs.rmSync(made.dir, { recursive: true, force: true });
});

async function record(dir: string): Promise<Recording> {
  const server = await startMockServer(TONE_SERVER);
  writeProject(dir, server, "      type: exact");
  const run = await runCli(["run"], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  return { dir, server, requests: server.stats.requests };
}

/** Copies the recorded run (kurabe.yaml, items, store, cache) into `dir`. */
async function recordedRun(dir: string): Promise<Recording> {
  recording ??= record(fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-recorded-")));
  const made = await recording;
  fs.cpSync(made.dir, dir, { recursive: true });
  return made;
}

describe("kurabe rescore", () => {
  it("scores the stored answers with the config's new scorer as revision 2, without one model request, keeping revision 1's scores", async () => {
    const dir = tempDir();
    const { server, requests: asked } = await recordedRun(dir);
    expect(primaryScores(dir).map((row) => row.value)).toEqual([1, 0, 0]);
    expect(asked).toBe(3);
    const requests = server.stats.requests;

    writeConfig(dir, server, "      type: contains");
    const rescore = await runCli(["rescore"], { cwd: dir });
    expect(rescore.code, rescore.stderr).toBe(0);
    expect(server.stats.requests).toBe(requests);
    expect(primaryScores(dir)).toEqual([
      { item_id: "q0", scorer: "contains", value: 1 },
      { item_id: "q1", scorer: "contains", value: 1 },
      { item_id: "q2", scorer: "contains", value: 1 },
    ]);
    expect(rescore.stdout).toMatch(/^run \S+ · scoring revision 2 \(rescored .*: tone\)$/m);
    expect(rescore.stderr).toMatch(/scoring revision 2 \(tone\): 3 answers scored$/m);
    expect(storeRows(dir, "SELECT revision, item_id, scorer, value FROM revision_scores ORDER BY item_id")).toEqual([
      { revision: 1, item_id: "q0", scorer: "exact", value: 1 },
      { revision: 1, item_id: "q1", scorer: "exact", value: 0 },
      { revision: 1, item_id: "q2", scorer: "exact", value: 0 },
    ]);
    expect(storeRows(dir, "SELECT scoring_revision FROM runs")).toEqual([{ scoring_revision: 2 }]);
    expect(storeRows(dir, "SELECT json_extract(config_json, '$.scorer.type') AS type FROM suites")).toEqual([{ type: "contains" }]);

    // Every report format and the stored leaderboard say which revision they show.
    const markdown = await runCli(["report", "--format", "md", "--out", "-", "--lang", "en"], { cwd: dir });
    expect(markdown.code, markdown.stderr).toBe(0);
    expect(markdown.stdout).toMatch(/Scoring revision: 2 \\\(rescored .*: tone\\\)/);
    const json = await runCli(["report", "--format", "json", "--out", "-"], { cwd: dir });
    expect(JSON.parse(json.stdout).run.scoring).toMatchObject({ revision: 2, suites: ["tone"] });
    const results = await runCli(["results"], { cwd: dir });
    expect(results.stdout).toMatch(/scoring revision 2 \(rescored/);
  });

  it("reads a run at an earlier scoring revision with --revision in results, report and compare, saying which; one it lacks exits 2", async () => {
    const dir = tempDir();
    const { server } = await recordedRun(dir);
    expect((await runCli(["run"], { cwd: dir })).code).toBe(0);
    const [later, first] = storeRows<{ id: string }>(dir, "SELECT id FROM runs ORDER BY created_at DESC, id DESC").map((row) => row.id);
    writeConfig(dir, server, "      type: contains");
    expect((await runCli(["rescore", first!], { cwd: dir })).code).toBe(0);

    const reportAt = async (...args: string[]) => {
      const report = await runCli(["report", first!, "--format", "json", "--out", "-", ...args], { cwd: dir });
      expect(report.code, report.stderr).toBe(0);
      const json = JSON.parse(report.stdout) as { run: { scoring: { revision: number } }; entries: Array<{ score: number }> };
      return [json.run.scoring.revision, json.entries.map((entry) => round(entry.score))];
    };
    expect(await reportAt()).toEqual([2, [1]]);
    expect(await reportAt("--revision", "2")).toEqual([2, [1]]);
    expect(await reportAt("--revision", "1")).toEqual([1, [0.3333]]);

    const results = await runCli(["results", first!, "--revision", "1"], { cwd: dir });
    expect(results.code, results.stderr).toBe(0);
    expect(results.stdout).not.toMatch(/scoring revision 2/);
    expect(results.stdout).toMatch(/33\.3/);
    expect((await runCli(["results", first!], { cwd: dir })).stdout).toMatch(/scoring revision 2 \(rescored/);

    // Revision 1 of both runs: the same answers scored the same way, so nothing moved.
    const compare = async (...args: string[]) => {
      const run = await runCli(["compare", first!, later!, "--json", ...args], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      return (JSON.parse(run.stdout) as Array<{ rows: Array<{ baseline: { estimate: number }; candidate: { estimate: number } }> }>)[0]!.rows.map(
        (row) => [round(row.baseline.estimate), round(row.candidate.estimate)],
      );
    };
    expect(await compare()).toEqual([[1, 0.3333]]);
    expect(await compare("--revision", "1")).toEqual([[0.3333, 0.3333]]);
    const text = await runCli(["compare", first!, later!, "--revision", "1"], { cwd: dir });
    expect(text.stdout).toMatch(/^Scoring revision: 1$/m);

    const missing = await runCli(["report", first!, "--revision", "3", "--format", "json", "--out", "-"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/run \S+ has scoring revisions 1 to 2; no revision 3$/m);
    const other = await runCli(["compare", first!, later!, "--revision", "2"], { cwd: dir });
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/has scoring revision 1 only; no revision 2$/m);
  });

  it("reads each suite at a revision as the first later rescore of that suite found it", async () => {
    const server = await startServer();
    const dir = tempDir();
    writeProject(dir, server, "      type: exact");
    const twoSuites = (first: string, second: string) =>
      fs.writeFileSync(
        path.join(dir, "kurabe.yaml"),
        `db: kurabe.db
models:
  - { id: cand, provider: openai-compatible, baseURL: "${server.url}/v1", model: mock-model }
suites:
  - { name: first, path: items.jsonl, scorer: ${first} }
  - { name: second, path: items.jsonl, scorer: ${second} }
`,
      );
    twoSuites("exact", "exact");
    expect((await runCli(["run"], { cwd: dir })).code).toBe(0);
    twoSuites("contains", "exact");
    expect((await runCli(["rescore", "--suite", "first"], { cwd: dir })).code).toBe(0);
    twoSuites("contains", "contains");
    expect((await runCli(["rescore", "--suite", "second"], { cwd: dir })).code).toBe(0);

    const scorersAt = async (revision: string) => {
      const report = await runCli(["report", "--format", "json", "--out", "-", "--revision", revision], { cwd: dir });
      expect(report.code, report.stderr).toBe(0);
      const json = JSON.parse(report.stdout) as { entries: Array<{ suite: string; score: number }> };
      return json.entries.map((entry) => [entry.suite, round(entry.score)]);
    };
    // exact scores 1/3 of these answers, contains all of them.
    expect(await scorersAt("1")).toEqual([["first", 0.3333], ["second", 0.3333]]);
    expect(await scorersAt("2")).toEqual([["first", 1], ["second", 0.3333]]);
    expect(await scorersAt("3")).toEqual([["first", 1], ["second", 1]]);
  });

  it("asks a judge again only where its prompt changed: the response cache answers unchanged verdicts", async () => {
    const server = await startServer();
    const dir = tempDir();
    writeJudgeModule(dir, "Is this polite? ");
    writeProject(dir, server, "      type: module\n      path: tone.mjs");
    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(server.stats.requests).toBe(6);

    const same = await runCli(["rescore"], { cwd: dir });
    expect(same.code, same.stderr).toBe(0);
    expect(server.stats.requests).toBe(6);

    writeJudgeModule(dir, "Is this answer polite? ");
    const changed = await runCli(["rescore"], { cwd: dir });
    expect(changed.code, changed.stderr).toBe(0);
    // Three new verdicts, and still no answer asked for again.
    expect(server.stats.requests).toBe(9);
    expect(primaryScores(dir).map((row) => row.value)).toEqual([1, 0, 1]);
    expect(storeRows(dir, "SELECT scoring_revision FROM runs")).toEqual([{ scoring_revision: 3 }]);
    expect(storeRows(dir, "SELECT revision, count(*) AS n FROM revision_scores GROUP BY revision")).toEqual([
      { revision: 1, n: 3 },
      { revision: 2, n: 3 },
    ]);
  });

  it("leaves an answer unscored (exit 3) when the judge fails, and the run keeps every other new score", async () => {
    const server = await startServer({
      respond: (request) => (request.model === "judge-model" ? "polite" : request.prompt),
      fault: (request) => (request.model === "judge-model" && request.prompt.includes("now") ? { type: "status", status: 503 } : undefined),
    });
    const dir = tempDir();
    await recordedRun(dir);
    writeJudgeModule(dir, "Is this polite? ");
    writeConfig(dir, server, "      type: module\n      path: tone.mjs");
    const rescore = await runCli(["rescore"], { cwd: dir });
    expect(rescore.code, rescore.stderr).toBe(3);
    expect(rescore.stderr).toMatch(/2 answers scored, 1 left unscored/);
    expect(primaryScores(dir).map((row) => [row.item_id, row.scorer])).toEqual([
      ["q0", "module"],
      ["q2", "module"],
    ]);
    expect(storeRows(dir, "SELECT item_id, error_kind FROM responses WHERE error_kind IS NOT NULL")).toEqual([
      { item_id: "q1", error_kind: "judge_server" },
    ]);
    // The run now lacks a score: stored as incomplete, as a run that ended so would be.
    expect(storeRows(dir, "SELECT status FROM runs")).toEqual([{ status: "incomplete" }]);
  });

  it("refuses a run that is still running (exit 2, saying how to finish it) and leaves it to finish", async () => {
    // No answer leaves the server until the rescore has been turned away: the run is under way meanwhile.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const server = await startServer({ respond: async (request) => (await held, request.prompt) });
    const dir = tempDir();
    writeProject(dir, server, "      type: exact");
    const running = spawnCli(["run"], { cwd: dir });
    await until(() => server.stats.requests > 0);
    const rescore = await runCli(["rescore"], { cwd: dir });
    release();
    expect(rescore.code, rescore.stderr).toBe(2);
    expect(rescore.stderr).toMatch(/^kurabe: run \S+ is still running .*kurabe run --resume \S+$/m);
    const finished = await running.done;
    expect(finished.code, finished.stderr).toBe(0);
    expect(storeRows(dir, "SELECT status, scoring_revision FROM runs")).toEqual([{ status: "completed", scoring_revision: 1 }]);
  });

  it("exits 2 for a suite the run does not have, and changes nothing", async () => {
    const dir = tempDir();
    await recordedRun(dir);
    const rescore = await runCli(["rescore", "--suite", "nope"], { cwd: dir });
    expect(rescore.code).toBe(2);
    expect(rescore.stderr).toMatch(/has no suite "nope" \(suites: tone\)/);
    expect(storeRows(dir, "SELECT scoring_revision FROM runs")).toEqual([{ scoring_revision: 1 }]);
  });
});
