import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../src/mock-server/index.js";
import { runCli } from "../support/cli.js";
import { encodeLegacy } from "../support/legacy-encoding.js";
import { useTempDirs } from "../support/temp-dir.js";

// Issue 10 §1: data a scorer cannot use stops the run before its first request, with one line naming the file, the
// line, the field and what to do — never a score of 0 % that reads as a bad model.
const tempDir = useTempDirs();
let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());

function config(suite: string): string {
  return `models:
  - id: local-mock
    provider: openai-compatible
    baseURL: ${server.url}/v1
    model: mock-model
    apiKey: k
suites:
${suite}`;
}

async function run(files: Record<string, string | Buffer>) {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const before = server.stats.requests;
  const result = await runCli(["run", "kurabe.yaml", "--json"], { cwd: dir });
  return { ...result, requests: server.stats.requests - before, lines: result.stderr.trim().split("\n") };
}

/** The suite's score and count from `run --json`'s leaderboard. */
function scoreOf(stdout: string, suite: string): { score: number; n: number } | undefined {
  const board = JSON.parse(stdout) as { entries: Array<{ suite: string; score: number; n: number }> };
  const entry = board.entries.find((e) => e.suite === suite);
  return entry && { score: entry.score, n: entry.n };
}

describe("data a scorer cannot use: exit 2 before any request", () => {
  it("a CSV with an `answer` column where the scorer needs `expected`", async () => {
    const result = await run({
      "kurabe.yaml": config("  - { name: faq, path: faq.csv }\n"),
      "faq.csv": "id,input,answer\nq1,返品はできますか？,できます\nq2,送料は？,無料です\n",
    });
    expect(result.code, result.stderr).toBe(2);
    expect(result.lines).toEqual([
      'kurabe: faq.csv:2: expected: missing; scorer "exact" compares each answer with the item\'s expected answer ' +
        '(a string, number or list): the gold answer seems to be in "answer": rename it to "expected" (2 of 2 items)',
    ]);
    expect(result.requests).toBe(0);
  });

  it("`scorer: choice` on items without `choices`", async () => {
    const result = await run({
      "kurabe.yaml": config("  - { name: intents, path: intents.jsonl, scorer: choice }\n"),
      "intents.jsonl": '{"id": 1, "input": "請求書が届きません", "expected": "billing"}\n',
    });
    expect(result.code, result.stderr).toBe(2);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(/^kurabe: intents\.jsonl:1: choices: missing; scorer "choice" needs the item's options: /);
    expect(result.requests).toBe(0);
  });

  it("the same data with `expected` runs and asks the model (the check is not a blanket refusal)", async () => {
    const result = await run({
      "kurabe.yaml": config("  - { name: faq, path: faq.csv }\n"),
      "faq.csv": "id,input,expected\nq1,できます,できます\n",
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.requests).toBe(1);
  });
});

describe("suite files in Japanese legacy encodings", () => {
  const FAQ = "id,input,expected\nq1,返品はできますか？,返品はできますか？\nq2,①㈱の送料は？,①㈱の送料は？\n";

  it("reads a Shift_JIS (CP932) CSV, says so in one line, and sends the model the right text", async () => {
    const result = await run({ "kurabe.yaml": config("  - { name: faq, path: faq.csv }\n"), "faq.csv": encodeLegacy(FAQ, "shift_jis") });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.split("\n").filter((line) => line.includes("decoded"))).toEqual(["kurabe: faq.csv: decoded as Shift_JIS (CP932)"]);
    // The mock echoes the prompt: 100 % only if the model saw exactly the expected text, not U+FFFD.
    expect(scoreOf(result.stdout, "faq")).toEqual({ score: 1, n: 2 });
  });

  it("says once per file how it was decoded, however many suites read it", async () => {
    const suites = "  - { name: faq, path: faq.csv }\n  - { name: faq-again, path: faq.csv, limit: 1 }\n";
    const result = await run({ "kurabe.yaml": config(suites), "faq.csv": encodeLegacy(FAQ, "shift_jis") });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.split("\n").filter((line) => line.includes("decoded"))).toEqual(["kurabe: faq.csv: decoded as Shift_JIS (CP932)"]);
  });

  it("reads a Shift_JIS JSONL suite too", async () => {
    const jsonl = '{"id": "q1", "input": "返品はできますか？", "expected": "返品はできますか？"}\n';
    const result = await run({ "kurabe.yaml": config("  - { name: faq, path: faq.jsonl }\n"), "faq.jsonl": encodeLegacy(jsonl, "shift_jis") });
    expect(result.code, result.stderr).toBe(0);
    expect(scoreOf(result.stdout, "faq")).toEqual({ score: 1, n: 1 });
  });

  it("refuses EUC-JP that happens to be valid Shift_JIS, before any request, pointing at `encoding:`", async () => {
    const result = await run({ "kurabe.yaml": config("  - { name: faq, path: faq.csv }\n"), "faq.csv": encodeLegacy(FAQ, "euc-jp") });
    expect(result.code, result.stderr).toBe(2);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(/^kurabe: faq\.csv:2: not UTF-8 but probably EUC-JP \(read as EUC-JP: "q1,返品はできますか？,返品はできますか？"\).*set `encoding: euc-jp` on the suite/);
    expect(result.requests).toBe(0);
  });

  it("reads EUC-JP when the suite names it", async () => {
    const suite = "  - { name: faq, path: faq.csv, encoding: euc-jp }\n";
    const result = await run({ "kurabe.yaml": config(suite), "faq.csv": encodeLegacy(FAQ, "euc-jp") });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("kurabe: faq.csv: decoded as EUC-JP\n");
    expect(scoreOf(result.stdout, "faq")).toEqual({ score: 1, n: 2 });
  });

  it("refuses any other encoding, naming the encodings tried", async () => {
    const result = await run({ "kurabe.yaml": config("  - { name: faq, path: faq.csv }\n"), "faq.csv": Buffer.from("id,input\n1,caf\xe9\n", "latin1") });
    expect(result.code, result.stderr).toBe(2);
    expect(result.lines).toEqual([
      "kurabe: faq.csv:2: neither UTF-8 nor Shift_JIS (CP932) text from this line on (tried UTF-8, UTF-8 or UTF-16 with a BOM, " +
        "Shift_JIS (CP932), EUC-JP); save the file as UTF-8, or name its encoding with `encoding:` on the suite (utf-8, shift_jis, euc-jp)",
    ]);
    expect(result.requests).toBe(0);
  });
});
