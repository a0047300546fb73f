import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openResults } from "../../src/api/open-results.js";
import type { MockRequest } from "../../src/mock-server/types.js";
import { runCli } from "../support/cli.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";
import { storeRows, useMockServers, writeJudgeConfig, writeToneProject } from "../support/judge-project.js";

const tempDir = useTempDirs();
const startServer = useMockServers();

/**
 * alpha answers at length, beta in one word; the judge prefers the shorter answer when the criteria say "prefer short",
 * else the longer one, and fails (503) on every question when the criteria say "flaky" and the question is about tea.
 */
const PAIR_SERVER = {
  respond: (request: MockRequest) => {
    if (request.model === "alpha-model") return `A long and careful answer to: ${request.prompt}`;
    if (request.model === "beta-model") return "Short.";
    const a = /\[Assistant A\]\n([^]*?)\n\n\[Assistant B\]/.exec(request.prompt)?.[1] ?? "";
    const b = /\[Assistant B\]\n([^]*?)(\n\n\[Criteria\]|$)/.exec(request.prompt)?.[1] ?? "";
    const short = request.prompt.includes("prefer short");
    const aWins = short ? a.length < b.length : a.length > b.length;
    return JSON.stringify({ winner: aWins ? "A" : "B", strong: true, reason: short ? "shorter" : "longer" });
  },
  fault: (request: MockRequest) =>
    request.model === "judge-model" && request.prompt.includes("flaky") && request.prompt.includes("tea") ? ({ type: "status", status: 503 } as const) : undefined,
};

/** Suite qa judged pairwise with `pairwise` as its criteria (none when undefined); suite qb too with `second`, when given. */
function writePairProject(dir: string, url: string, pairwise: string | undefined, second?: string): void {
  writeJsonl(path.join(dir, "items.jsonl"), [
    { id: "q0", input: "Why is the sky blue?", expected: "light" },
    { id: "q1", input: "How do I brew tea?", expected: "water" },
    { id: "q2", input: "What is rain?", expected: "water" },
  ]);
  const model = (id: string, name: string, extra = "") => `  - { id: ${id}, provider: openai-compatible, baseURL: "${url}/v1", model: ${name}${extra} }\n`;
  fs.writeFileSync(
    path.join(dir, "kurabe.yaml"),
    `db: kurabe.db
models:
${model("alpha", "alpha-model")}${model("beta", "beta-model")}${model("judge", "judge-model", ", judgeOnly: true")}suites:
  - name: qa
    path: items.jsonl
    scorer: contains
${pairwise === undefined ? "" : `    pairwise: { judge: judge, criteria: "${pairwise}" }\n`}${
      second === undefined ? "" : `  - { name: qb, path: items.jsonl, scorer: contains, pairwise: { judge: judge, criteria: "${second}" } }\n`
    }retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 }
`,
  );
}

interface JsonReport {
  run: { status: string; shortfall?: { results: number; pairwiseFailed: number }; scoring: { revision: number; scoredWith: Array<{ suite: string; scorer: unknown; pairwise?: { criteria?: string } }> } };
  entries: Array<{ modelId: string; errors: number }>;
  ratings: Array<{ suite: string; judgments: number; ratings: Array<{ model: string; unrated: string | null }> }>;
}

async function reportAt(dir: string, revision: string, db = "kurabe.db"): Promise<JsonReport> {
  const report = await runCli(["report", "--db", db, "--format", "json", "--out", "-", "--revision", revision], { cwd: dir });
  expect(report.code, report.stderr).toBe(0);
  return JSON.parse(report.stdout) as JsonReport;
}

/**
 * The suite's models in the report's order, and how many verdicts they rest on. One judge prefers one side every
 * time here, so the order is the winner, who won every verdict, then the loser — neither with a finite rating.
 */
const ranking = (report: JsonReport) =>
  report.ratings.map((suite) => {
    expect(suite.ratings.map((rating) => rating.unrated)).toEqual(["won-all", "lost-all"]);
    return { judgments: suite.judgments, order: suite.ratings.map((rating) => rating.model) };
  });

const verdicts = (dir: string, table: string) =>
  storeRows<{ revision?: number; verdict: string; n: number }>(
    dir,
    `SELECT ${table === "pairwise_judgments" ? "" : "revision, "}verdict, count(*) AS n FROM ${table} GROUP BY ${table === "pairwise_judgments" ? "" : "revision, "}verdict ORDER BY 1, 2`,
  );

describe("kurabe rescore with pairwise judging", () => {
  it("judges the pairs again as a new revision: judge calls only where the prompt changed, earlier verdicts kept and readable", async () => {
    const server = await startServer(PAIR_SERVER);
    const dir = tempDir();
    writePairProject(dir, server.url, "prefer long");
    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    // 3 items × 2 models answered, 3 items × 1 pair × 2 orders judged.
    expect(server.stats.requests).toBe(12);
    expect(verdicts(dir, "pairwise_judgments")).toEqual([{ verdict: "a", n: 6 }]);

    // Nothing changed: every verdict comes from the cache, none from the server.
    const same = await runCli(["rescore"], { cwd: dir });
    expect(same.code, same.stderr).toBe(0);
    expect(server.stats.requests).toBe(12);
    expect(same.stderr).toMatch(/scoring revision 2 \(qa\): 6 answers scored; 6 pairwise verdicts$/m);

    writePairProject(dir, server.url, "prefer short");
    const changed = await runCli(["rescore"], { cwd: dir });
    expect(changed.code, changed.stderr).toBe(0);
    // The new criteria are a new prompt: each of the 6 judgments asked once, no answer asked again.
    expect(server.stats.requests).toBe(18);
    expect(verdicts(dir, "pairwise_judgments")).toEqual([{ verdict: "b", n: 6 }]);
    expect(verdicts(dir, "revision_pairwise_judgments")).toEqual([
      { revision: 1, verdict: "a", n: 6 },
      { revision: 2, verdict: "a", n: 6 },
    ]);

    const first = await reportAt(dir, "1");
    expect(ranking(first)).toEqual([{ judgments: 6, order: ["alpha", "beta"] }]);
    expect(first.run.scoring.scoredWith).toEqual([{ suite: "qa", scorer: "contains", pairwise: { judge: "judge", criteria: "prefer long" } }]);
    const latest = await reportAt(dir, "3");
    expect(ranking(latest)).toEqual([{ judgments: 6, order: ["beta", "alpha"] }]);
    expect(latest.run.scoring.scoredWith[0]!.pairwise).toEqual({ judge: "judge", criteria: "prefer short" });
    const markdown = await runCli(["report", "--format", "md", "--out", "-", "--lang", "en", "--revision", "1"], { cwd: dir });
    expect(markdown.stdout).toContain("Scored with: qa: `contains` · `pairwise: {judge: judge}`");

    // A rescore without pairwise judging leaves the revision without verdicts; the earlier ones stay.
    writePairProject(dir, server.url, undefined);
    expect((await runCli(["rescore"], { cwd: dir })).code).toBe(0);
    expect(server.stats.requests).toBe(18);
    const fourth = await reportAt(dir, "4");
    expect(ranking(fourth)).toEqual([]);
    expect(fourth.run.scoring.scoredWith).toEqual([{ suite: "qa", scorer: "contains" }]);
    const third = await reportAt(dir, "3");
    expect(ranking(third)).toEqual([{ judgments: 6, order: ["beta", "alpha"] }]);

    // The run file carries every revision's verdicts: another store reads each revision alike.
    const exported = await runCli(["export"], { cwd: dir });
    expect(exported.code, exported.stderr).toBe(0);
    const file = JSON.parse(exported.stdout) as { revisionPairwiseJudgments: Array<{ revision: number }>; revisionSuites: Array<{ revision: number }> };
    expect(file.revisionPairwiseJudgments.map((p) => p.revision)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3]);
    expect(file.revisionSuites.map((s) => s.revision)).toEqual([1, 2, 3]);
    fs.writeFileSync(path.join(dir, "run.kurabe.json"), exported.stdout);
    const imported = await runCli(["import", "run.kurabe.json", "--db", "other.db"], { cwd: dir });
    expect(imported.code, imported.stderr).toBe(0);
    // Export only reads this store: revisions 3 and 4 are as read above, after the last rescore.
    const here = { "1": await reportAt(dir, "1"), "2": await reportAt(dir, "2"), "3": third, "4": fourth };
    for (const [revision, report] of Object.entries(here)) {
      const there = await reportAt(dir, revision, "other.db");
      expect([ranking(there), there.run.scoring]).toEqual([ranking(report), report.run.scoring]);
    }
  });

  it("leaves a pair unjudged when the judge fails (exit 3, run incomplete), and the earlier revision keeps its complete status", async () => {
    const server = await startServer(PAIR_SERVER);
    const dir = tempDir();
    writePairProject(dir, server.url, "prefer long");
    expect((await runCli(["run"], { cwd: dir })).code).toBe(0);
    writePairProject(dir, server.url, "flaky, prefer short");
    const rescore = await runCli(["rescore"], { cwd: dir });
    expect(rescore.code, rescore.stderr).toBe(3);
    expect(rescore.stderr).toMatch(/4 pairwise verdicts, 2 judgments failed/);
    expect(storeRows(dir, "SELECT status, pairwise_failed FROM runs")).toEqual([{ status: "incomplete", pairwise_failed: 2 }]);

    const now = await reportAt(dir, "2");
    expect(now.run).toMatchObject({ status: "incomplete", shortfall: { results: 0, pairwiseFailed: 2 } });
    expect(ranking(now)).toEqual([{ judgments: 4, order: ["beta", "alpha"] }]);
    const before = await reportAt(dir, "1");
    expect(before.run.status).toBe("completed");
    expect(before.run.shortfall).toBeUndefined();
    expect(ranking(before)).toEqual([{ judgments: 6, order: ["alpha", "beta"] }]);

    // Once the judge is back, a rescore judges every pair and the run is complete again.
    writePairProject(dir, server.url, "prefer short");
    expect((await runCli(["rescore"], { cwd: dir })).code).toBe(0);
    expect(storeRows(dir, "SELECT status, pairwise_failed FROM runs")).toEqual([{ status: "completed", pairwise_failed: 0 }]);

    // A rescore stopped before its commit leaves staged rows above the run's revision: no revision has them, nor the run file.
    const db = new Database(path.join(dir, "kurabe.db"));
    db.exec(`INSERT INTO revision_scores SELECT run_id, 9, suite, item_id, model_id, sample, scorer, is_primary, value, passed, extracted, detail,
               evidence_json, detail_json FROM revision_scores WHERE revision = 1;
             INSERT INTO revision_pairwise_judgments SELECT run_id, 9, suite, item_id, model_a, model_b, shown_first, judge, verdict, strong, reason,
               prompt_json, raw, created_at, spend_json FROM revision_pairwise_judgments WHERE revision = 1;`);
    db.close();
    const exported = await runCli(["export"], { cwd: dir });
    expect(exported.code, exported.stderr).toBe(0);
    const file = JSON.parse(exported.stdout) as { revisionScores: Array<{ revision: number }>; revisionPairwiseJudgments: Array<{ revision: number }> };
    expect(new Set(file.revisionScores.map((row) => row.revision))).toEqual(new Set([1, 2]));
    expect(new Set(file.revisionPairwiseJudgments.map((row) => row.revision))).toEqual(new Set([1, 2]));
  });

  it("keeps counting the failed judgments of the suites a rescore leaves as they are", async () => {
    const server = await startServer(PAIR_SERVER);
    const dir = tempDir();
    writePairProject(dir, server.url, "flaky", "flaky");
    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(3);
    expect(storeRows(dir, "SELECT status, pairwise_failed FROM runs")).toEqual([{ status: "incomplete", pairwise_failed: 4 }]);
    writePairProject(dir, server.url, "prefer short", "flaky");
    const rescore = await runCli(["rescore", "--suite", "qa"], { cwd: dir });
    // Every pair of qa judged: this revision's own work is whole, and qb still lacks its two verdicts.
    expect(rescore.code, rescore.stderr).toBe(0);
    expect(storeRows(dir, "SELECT status, pairwise_failed FROM runs")).toEqual([{ status: "incomplete", pairwise_failed: 2 }]);
    expect(storeRows(dir, "SELECT suite, count(*) AS n FROM pairwise_judgments GROUP BY suite")).toEqual([
      { suite: "qa", n: 6 },
      { suite: "qb", n: 4 },
    ]);
    expect((await reportAt(dir, "1")).run.shortfall).toEqual({ results: 0, pairwiseFailed: 4 });
  });
});

/** The judge fails (503) on the answer holding "now": a module scorer asking it leaves that answer unscored. */
const FLAKY_JUDGE = {
  respond: (request: MockRequest) => (request.model === "judge-model" ? "polite" : request.prompt),
  fault: (request: MockRequest) => (request.model === "judge-model" && request.prompt.includes("now") ? ({ type: "status", status: 503 } as const) : undefined),
};

/** The tone project scored by a module asking the judge; the candidate echoes, so `exact` scores every answer 1. */
function writeJudgedToneProject(dir: string, url: string): void {
  fs.writeFileSync(
    path.join(dir, "tone.mjs"),
    `export default async (answer, item, context) => {
  const call = await context.callModel("judge", { messages: [{ role: "user", content: "Is this polite? " + answer.text }] });
  return { score: call.completion.text.includes("polite") ? 1 : 0 };
};
`,
  );
  const items = ["please help", "do it now", "please wait"].map((input, index) => ({ id: `q${index}`, input, expected: input }));
  writeToneProject(dir, url, "      type: module\n      path: tone.mjs", items, { db: true });
}

describe("--revision N reads a revision's unscored answers, status and scorer settings", () => {
  it("shows the answers a failed judge left unscored at revision 1, and which scorer each revision used", async () => {
    const server = await startServer(FLAKY_JUDGE);
    const dir = tempDir();
    writeJudgedToneProject(dir, server.url);
    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(3);
    writeJudgeConfig(dir, server.url, "      type: exact", { db: true });
    const rescore = await runCli(["rescore"], { cwd: dir });
    expect(rescore.code, rescore.stderr).toBe(0);
    expect(storeRows(dir, "SELECT status FROM runs")).toEqual([{ status: "completed" }]);

    const first = await reportAt(dir, "1");
    expect(first.run).toMatchObject({ status: "incomplete", shortfall: { results: 1, pairwiseFailed: 0 } });
    expect(first.entries.map((entry) => entry.errors)).toEqual([1]);
    expect(first.run.scoring.scoredWith).toEqual([{ suite: "tone", scorer: { type: "module", path: path.join(dir, "tone.mjs") } }]);
    const second = await reportAt(dir, "2");
    expect(second.run.status).toBe("completed");
    expect(second.run.shortfall).toBeUndefined();
    expect(second.entries.map((entry) => entry.errors)).toEqual([0]);
    expect(second.run.scoring.scoredWith).toEqual([{ suite: "tone", scorer: { type: "exact" } }]);

    // results and the HTML report say it too.
    const results = await runCli(["results", "--revision", "1"], { cwd: dir });
    expect(results.code, results.stderr).toBe(0);
    expect(results.stdout).toContain("scored with: tone: `{type: module, path: tone.mjs}`");
    const html = await runCli(["report", "--format", "html", "--out", "-", "--lang", "en", "--revision", "1"], { cwd: dir });
    expect(html.stdout).toContain("<dt>Scored with</dt><dd>tone: <code>{type:<wbr> module, path:<wbr> tone.<wbr>mjs}</code></dd>");
    // openResults too, down to each answer's error.
    const results1 = openResults({ db: path.join(dir, "kurabe.db"), revision: 1 });
    try {
      expect(results1.run.status).toBe("incomplete");
      expect(results1.report.run.scoring.revision).toBe(1);
      expect([...results1.items()].map((item) => [item.itemId, item.answers[0]!.error?.head ?? null])).toEqual([
        ["q0", null],
        ["q1", expect.stringMatching(/^judge_server: /)],
        ["q2", null],
      ]);
    } finally {
      results1.close();
    }
    // The store is as the rescore left it: reading an earlier revision writes nothing.
    expect(storeRows(dir, "SELECT item_id, error_kind FROM responses WHERE error_kind IS NOT NULL")).toEqual([]);
    expect(storeRows(dir, "SELECT revision, item_id, error_kind FROM revision_unscored")).toEqual([{ revision: 1, item_id: "q1", error_kind: "judge_server" }]);
  });

  it("reads a revision rescored before kurabe kept these (no replaced status) with today's status, settings and marks", async () => {
    const server = await startServer(FLAKY_JUDGE);
    const dir = tempDir();
    writeJudgedToneProject(dir, server.url);
    expect((await runCli(["run"], { cwd: dir })).code).toBe(3);
    writeJudgeConfig(dir, server.url, "      type: contains", { db: true });
    expect((await runCli(["rescore"], { cwd: dir })).code).toBe(0);
    // As a store written before schema 15 holds it: the rescore kept only the scores it replaced.
    const db = new Database(path.join(dir, "kurabe.db"));
    db.exec("UPDATE scoring_revisions SET replaced_status = NULL, replaced_pairwise_failed = NULL; DELETE FROM revision_unscored; DELETE FROM revision_suites;");
    db.close();

    const first = await reportAt(dir, "1");
    expect(first.run.scoring.revision).toBe(1);
    expect(first.run.status).toBe("completed");
    expect(first.run.scoring.scoredWith).toEqual([{ suite: "tone", scorer: { type: "contains" } }]);
  });
});
