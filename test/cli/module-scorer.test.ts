import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { runCli, spawnCli, type CliResult } from "../support/cli.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";
import { mockModelEntry, storeRows, TONE_SERVER, useMockServers, writeJudgeConfig, writeProjectConfig, writeToneProject } from "../support/judge-project.js";

const tempDir = useTempDirs();
const startServer = useMockServers();

interface ScoreRow {
  item_id: string;
  value: number;
  passed: number;
  detail: string | null;
  evidence_json: string | null;
}

function scores(dir: string): ScoreRow[] {
  return storeRows(dir, "SELECT item_id, value, passed, detail, evidence_json FROM scores WHERE scorer = 'module' ORDER BY item_id");
}

function unscored(dir: string): Array<{ item_id: string; error_kind: string; error_message: string }> {
  return storeRows(dir, "SELECT item_id, error_kind, error_message FROM responses WHERE error_kind IS NOT NULL ORDER BY item_id");
}

/** Each scored answer's item and value, in item order. */
function valuesById(dir: string): Array<[string, number]> {
  return scores(dir).map((row): [string, number] => [row.item_id, row.value]);
}

const RUN_ARGS = ["run", "kurabe.yaml", "--db", "kurabe.db"];

/** `kurabe run kurabe.yaml --db kurabe.db` in the project `dir`. */
function runProject(dir: string): Promise<CliResult> {
  return runCli(RUN_ARGS, { cwd: dir });
}

describe("scorer: {type: module}", () => {
  it("loads a TypeScript module without a build step, relative to kurabe.yaml, with its options and a judge called through the run", async () => {
    const server = await startServer();
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "checks"));
    fs.writeFileSync(
      path.join(dir, "checks", "tone.ts"),
      `import type { Scorer } from "kurabe";

interface ToneOptions { judge: string; word: string }

const tone: Scorer<ToneOptions> = async (answer, item, context) => {
  const call = await context.callModel(context.options.judge, {
    messages: [{ role: "user", content: \`Is this polite? \${answer.text}\` }],
  });
  const verdict: string = call.completion.text;
  const score = verdict.includes(context.options.word) ? 1 : 0;
  return { score, detail: \`\${item.id}: \${verdict}\`, evidence: { verdict } };
};
export default tone;
`,
    );
    writeToneProject(dir, server.url, "      type: module\n      path: ./checks/tone.ts\n      options: {judge: judge, word: polite}");
    const result = await runProject(dir);
    expect(result.code, result.stderr).toBe(0);
    // Beside the module's own evidence, what its one judge call cost (the judge has no price here: null).
    const judged = [{ judge: "judge", spend: { calls: 1, cachedCalls: 0, inputTokens: expect.any(Number), outputTokens: expect.any(Number), costUsd: null } }];
    expect(scores(dir).map(({ item_id, value, passed, detail, evidence_json }) => [item_id, value, passed, detail, JSON.parse(evidence_json!)])).toEqual([
      ["q0", 1, 1, "q0: polite", { verdict: "polite", "kurabe:judging": judged }],
      ["q1", 0, 0, "q1: rude", { verdict: "rude", "kurabe:judging": judged }],
      ["q2", 1, 1, "q2: polite", { verdict: "polite", "kurabe:judging": judged }],
    ]);
    // Three answers and three judge calls, all through the mock server: nothing was scored without asking.
    expect(server.stats.requests).toBe(6);
  });

  it("counts what the judges a module asks cost in the report's judging, as a rubric's, its own evidence kept; a rescore answered from the cache costs nothing", async () => {
    const server = await startServer();
    const dir = tempDir();
    // The module keeps in its own evidence what each call told it (its own `spend` key, which is not a judge's).
    fs.writeFileSync(
      path.join(dir, "asks.mjs"),
      `export default async (answer, item, context) => {
  const first = await context.callModel("judge", { messages: [{ role: "user", content: "Is this polite? " + answer.text }] });
  const second = await context.callModel("judge", { messages: [{ role: "user", content: "Is this on topic? " + answer.text }] });
  const calls = [first, second].map((call) => ({ usage: call.completion.usage, costUsd: call.costUsd, fromCache: call.fromCache }));
  return { score: first.completion.text === "polite" ? 1 : 0, evidence: { calls, spend: "mine" } };
};
`,
    );
    writeJsonl(path.join(dir, "items.jsonl"), ["please help", "do it now", "please wait"].map((input, i) => ({ id: `q${i}`, input })));
    writeProjectConfig(dir, {
      db: true,
      models: [
        mockModelEntry("cand", `${server.url}/v1`, "mock-model"),
        mockModelEntry("judge", `${server.url}/v1`, "judge-model", ["judgeOnly: true", "price: {input: 100, output: 300}"]),
      ],
      suite: { name: "tone", lines: "    scorer: {type: module, path: asks.mjs}" },
      retry: { maxAttempts: 1 },
    });
    const judging = async () => {
      const report = await runCli(["report", "--format", "json", "--out", "-"], { cwd: dir });
      expect(report.code, report.stderr).toBe(0);
      return (JSON.parse(report.stdout) as { judging: unknown[] }).judging;
    };
    type Evidence = { calls: Array<{ usage: { inputTokens: number; outputTokens: number }; costUsd: number; fromCache: boolean }>; spend: string };
    const evidence = () => storeRows<{ evidence_json: string }>(dir, "SELECT evidence_json FROM scores ORDER BY item_id").map((row) => JSON.parse(row.evidence_json) as Evidence);

    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(server.stats.requests).toBe(9);
    const calls = evidence().flatMap((e) => e.calls);
    expect(evidence().map((e) => e.spend)).toEqual(["mine", "mine", "mine"]);
    expect(calls.map((c) => c.fromCache)).toEqual([false, false, false, false, false, false]);
    const sum = (of: (c: (typeof calls)[number]) => number) => calls.reduce((total, c) => total + of(c), 0);
    expect(sum((c) => c.costUsd)).toBeCloseTo((sum((c) => c.usage.inputTokens) * 100 + sum((c) => c.usage.outputTokens) * 300) / 1e6, 12);
    const [spent, ...others] = (await judging()) as Array<Record<string, number | string>>;
    expect(others).toEqual([]);
    expect(spent).toEqual({
      judge: "judge",
      verdicts: 3,
      calls: 6,
      cachedCalls: 0,
      inputTokens: sum((c) => c.usage.inputTokens),
      outputTokens: sum((c) => c.usage.outputTokens),
      costUsd: expect.closeTo(sum((c) => c.costUsd), 12),
    });

    // The same module again: every call answered from the response cache, so this revision's judging cost nothing.
    const rescore = await runCli(["rescore"], { cwd: dir });
    expect(rescore.code, rescore.stderr).toBe(0);
    expect(server.stats.requests).toBe(9);
    expect(await judging()).toEqual([{ judge: "judge", verdicts: 3, calls: 6, cachedCalls: 6, inputTokens: 0, outputTokens: 0, costUsd: 0 }]);
  });

  it("lets a module tell kurabe's errors by `instanceof` the KurabeError it imports from \"kurabe\" (the CLI's bundle holds another copy of the class)", async () => {
    const server = await startServer();
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "node_modules"));
    fs.symlinkSync(fileURLToPath(new URL("../..", import.meta.url)), path.join(dir, "node_modules", "kurabe"), "dir");
    fs.writeFileSync(
      path.join(dir, "errors.mjs"),
      `import { ConfigError, KurabeError } from "kurabe";
export default async (answer, item, context) => {
  try {
    await context.callModel("nobody", { messages: [{ role: "user", content: answer.text }] });
    return 0;
  } catch (error) {
    const evidence = {
      kurabe: error instanceof KurabeError,
      config: error instanceof ConfigError,
      code: error.code,
      plain: new Error("x") instanceof KurabeError,
      own: new ConfigError("x") instanceof KurabeError,
    };
    return { score: 1, evidence };
  }
};
`,
    );
    writeToneProject(dir, server.url, "      type: module\n      path: errors.mjs", ["one"]);
    const result = await runProject(dir);
    expect(result.code, result.stderr).toBe(0);
    expect(scores(dir).map((row) => JSON.parse(row.evidence_json!))).toEqual([{ kurabe: true, config: false, code: "config", plain: false, own: true }]);
  });

  it("loads a JavaScript module returning a bare number", async () => {
    const server = await startServer();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "length.mjs"), "export default (answer) => Math.min(1, answer.text.length / 10);\n");
    writeToneProject(dir, server.url, "      type: module\n      path: length.mjs");
    const result = await runProject(dir);
    expect(result.code, result.stderr).toBe(0);
    expect(scores(dir).map((row) => [row.item_id, row.value, row.passed])).toEqual([
      ["q0", 1, 1],
      ["q1", 0.9, 1],
      ["q2", 1, 1],
    ]);
  });

  it.each([
    ["a default export that is not a function", "shape.mjs", "export default { score: 1 };\n", /^kurabe: kurabe\.yaml:15: suites\[0\]\.scorer: scorer module .*shape\.mjs has a default export of type object; expected `export default function/m],
    ["no default export", "named.ts", "export const score = () => 1;\n", /^kurabe: kurabe\.yaml:15: suites\[0\]\.scorer: scorer module .*named\.ts has no default export/m],
    ["a module that does not exist", undefined, "", /^kurabe: kurabe\.yaml:16: suites\[0\]\.scorer\.path: scorer module not found: .*missing\.ts$/m],
    ["a TypeScript file that does not compile", "broken.ts", "export default (answer: { text: string } => 1;\n", /^kurabe: kurabe\.yaml:15: suites\[0\]\.scorer: scorer module .*broken\.ts does not load: .*broken\.ts:1:\d+: ERROR: Expected "\)"/ms],
    ["a module that throws as it loads", "throws.mjs", "throw new Error('the rubric file is missing');\nexport default () => 1;\n", /^kurabe: kurabe\.yaml:15: suites\[0\]\.scorer: scorer module .*throws\.mjs does not load: the rubric file is missing$/m],
  ])("exits 2 before any request for %s, naming the line and field of kurabe.yaml", async (_name, file, source, message) => {
    const server = await startServer();
    const dir = tempDir();
    if (file) fs.writeFileSync(path.join(dir, file), source);
    writeToneProject(dir, server.url, `      type: module\n      path: ${file ?? "missing.ts"}`);
    const result = await runProject(dir);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(server.stats.requests).toBe(0);
    expect(fs.existsSync(path.join(dir, "kurabe.db"))).toBe(false);
  });

  it("records a module that throws, or returns no score in [0, 1], as an infrastructure error for that answer while the others score", async () => {
    const server = await startServer();
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, "flaky.ts"),
      `export default (answer: { text: string }) => {
  if (answer.text === "boom") throw new Error("cannot read the tone");
  if (answer.text === "big") return { score: 7 };
  if (answer.text === "word") return "high";
  return { score: 0.25, passed: false };
};
`,
    );
    writeToneProject(dir, server.url, "      type: module\n      path: flaky.ts", ["fine", "boom", "big", "word"]);
    const result = await runProject(dir);
    expect(result.code, result.stderr).toBe(3);
    expect(result.stderr).toContain("cand: 3 scorer");
    expect(scores(dir).map((row) => [row.item_id, row.value, row.passed])).toEqual([["q0", 0.25, 0]]);
    expect(unscored(dir).map((row) => [row.item_id, row.error_kind])).toEqual([
      ["q1", "scorer"],
      ["q2", "scorer"],
      ["q3", "scorer"],
    ]);
    const messages = unscored(dir).map((row) => row.error_message);
    expect(messages[0]).toMatch(/flaky\.ts threw: cannot read the tone$/);
    expect(messages[1]).toMatch(/flaky\.ts returned {"score":7}; expected a score in \[0, 1\]/);
    expect(messages[2]).toMatch(/flaky\.ts returned "high"; expected a score in \[0, 1\]/);
  });

  /**
   * stuck.mjs scores 1, except an answer "stuck", which it never settles: it notes "waiting" in note.txt when called,
   * and "aborted: <why>" once its context.signal is aborted. Returns the note's path.
   */
  function writeStuckModule(dir: string): string {
    const note = path.join(dir, "note.txt");
    fs.writeFileSync(
      path.join(dir, "stuck.mjs"),
      `import fs from "node:fs";
export default (answer, item, context) => {
  if (answer.text !== "stuck") return 1;
  fs.writeFileSync(${JSON.stringify(note)}, "waiting");
  context.signal.addEventListener("abort", () => fs.writeFileSync(${JSON.stringify(note)}, "aborted: " + (context.signal.reason?.message ?? context.signal.reason)));
  return new Promise(() => {});
};
`,
    );
    return note;
  }

  it("leaves an answer whose module has not settled after timeoutMs unscored, aborting its context.signal; the run goes on", async () => {
    const server = await startServer();
    const dir = tempDir();
    const note = writeStuckModule(dir);
    writeToneProject(dir, server.url, "      type: module\n      path: stuck.mjs\n      timeoutMs: 2000", ["fine", "stuck", "after", "last"]);
    const result = await runProject(dir);
    expect(result.code, result.stderr).toBe(3);
    expect(valuesById(dir)).toEqual([
      ["q0", 1],
      ["q2", 1],
      ["q3", 1],
    ]);
    const failed = unscored(dir);
    expect(failed.map((row) => [row.item_id, row.error_kind])).toEqual([["q1", "scorer"]]);
    expect(failed[0]!.error_message).toMatch(/stuck\.mjs: took longer than 2000 ms \(timeoutMs\): its context\.signal was aborted$/);
    expect(fs.readFileSync(note, "utf8")).toBe(`aborted: ${failed[0]!.error_message}`);
  });

  it("does not hold a run stopped with Ctrl-C on a module that never settles: the run is interrupted, its signal aborted", async () => {
    const server = await startServer();
    const dir = tempDir();
    const note = writeStuckModule(dir);
    // Ten minutes per answer: only the stop can end this run within the test's time.
    writeToneProject(dir, server.url, "      type: module\n      path: stuck.mjs\n      timeoutMs: 600000", ["stuck"]);
    const run = spawnCli(RUN_ARGS, { cwd: dir });
    await vi.waitFor(() => expect(fs.existsSync(note)).toBe(true), { timeout: 60_000, interval: 50 });
    run.child.kill("SIGINT");
    const result = await run.done;
    expect(result.code, result.stderr).toBe(130);
    expect(fs.readFileSync(note, "utf8")).toMatch(/^aborted: /);
    expect(storeRows(dir, "SELECT status FROM runs")).toEqual([{ status: "interrupted" }]);
    expect(scores(dir)).toEqual([]);
  });

  it("does not count the time a module waits on its judge against timeoutMs (the judge's call has its own timeout)", async () => {
    // Every verdict takes 2.5 s to start; the module's own code has 0.5 s per answer.
    const server = await startServer({
      ...TONE_SERVER,
      fault: (request) => (request.model === "judge-model" ? { type: "slow-first-byte", delayMs: 2500 } : undefined),
    });
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, "judged.mjs"),
      `export default async (answer, item, context) => {
  const call = await context.callModel("judge", { messages: [{ role: "user", content: answer.text }] });
  return call.completion.text === "polite" ? 1 : 0;
};
`,
    );
    writeToneProject(dir, server.url, "      type: module\n      path: judged.mjs\n      timeoutMs: 500");
    const result = await runProject(dir);
    expect(result.code, result.stderr).toBe(0);
    expect(valuesById(dir)).toEqual([
      ["q0", 1],
      ["q1", 0],
      ["q2", 1],
    ]);
  });

  it("loads a module once per run however many items name it", async () => {
    const server = await startServer();
    const dir = tempDir();
    const loads = path.join(dir, "loads.log");
    fs.writeFileSync(path.join(dir, "count.ts"), `import fs from "node:fs";\nfs.appendFileSync(${JSON.stringify(loads)}, "loaded\\n");\nexport default (): number => 1;\n`);
    const own = { type: "module", path: "count.ts" };
    writeToneProject(dir, server.url, "      type: module\n      path: count.ts", ["a", "b", "c"].map((input, i) => ({ id: `q${i}`, input, scorer: own })));
    const result = await runProject(dir);
    expect(result.code, result.stderr).toBe(0);
    expect(scores(dir).map((row) => row.value)).toEqual([1, 1, 1]);
    expect(fs.readFileSync(loads, "utf8")).toBe("loaded\n");
  });

  it("resolves an item's own module against its data file, not the working directory; a missing one exits 2 at the item's line", async () => {
    const server = await startServer();
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "data"));
    fs.writeFileSync(path.join(dir, "data", "short.mjs"), "export default (answer) => (answer.text.length < 10 ? 1 : 0);\n");
    writeJudgeConfig(dir, server.url, "      type: exact");
    fs.writeFileSync(path.join(dir, "kurabe.yaml"), fs.readFileSync(path.join(dir, "kurabe.yaml"), "utf8").replace("path: items.jsonl", "path: data/items.jsonl"));
    writeJsonl(path.join(dir, "data", "items.jsonl"), [
      { id: "q0", input: "short", scorer: { type: "module", path: "short.mjs" } },
      { id: "q1", input: "a much longer question", scorer: { type: "module", path: "short.mjs" } },
    ]);
    const result = await runProject(dir);
    expect(result.code, result.stderr).toBe(0);
    expect(valuesById(dir)).toEqual([
      ["q0", 1],
      ["q1", 0],
    ]);

    writeJsonl(path.join(dir, "data", "items.jsonl"), [
      { id: "q0", input: "short" },
      { id: "q1", input: "x", scorer: { type: "module", path: "missing.mjs" } },
    ]);
    const missing = await runProject(dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^kurabe: data\/items\.jsonl:2: scorer\.path: scorer module not found: .*data\/missing\.mjs$/m);
  });
});
