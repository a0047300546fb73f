import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer } from "../../src/mock-server/types.js";
import { runCli } from "../support/cli.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";

// Issue 9: `kurabe run --json` prints the report model's figures — every score with the interval the report prints,
// per suite and over all suites — the same JSON `kurabe results --json` prints later from the store.
const tempDir = useTempDirs();
let server: MockServer;
beforeAll(async () => {
  // "strong" misses every tenth item, "weak" every third: scores differ, intervals are not degenerate.
  server = await startMockServer({
    respond: (request) => {
      const n = Number(request.prompt.replace(/\D/g, ""));
      return (request.model === "strong" ? n % 10 === 0 : n % 3 === 0) ? "nope" : request.prompt;
    },
  });
});
afterAll(() => server.close());

interface Interval {
  estimate: number;
  low: number;
  high: number;
}
interface RunJson {
  runId: string;
  entries: Array<{ modelId: string; suite: string; score: number; n: number; interval: Interval }>;
  overview: Array<{ modelId: string; quality: number; interval: Interval }>;
  comparisons: Array<{ suite: string; difference: Interval; withinNoise: boolean }>;
  overallComparisons: Array<{ suite: string; difference: Interval; withinNoise: boolean }>;
}

describe("kurabe run --json", () => {
  it("prints every score with its interval (per suite and over all suites), as results --json and the JSON report do", async () => {
    const dir = tempDir();
    for (const [suite, items] of [["faq", 40], ["billing", 30]] as const) {
      writeJsonl(path.join(dir, `${suite}.jsonl`), Array.from({ length: items }, (_, i) => ({ id: `${suite}${i}`, input: `q ${i}`, expected: `q ${i}` })));
    }
    const models = ["strong", "weak"].map((m) => `  - id: ${m}\n    provider: openai-compatible\n    baseURL: ${server.url}/v1\n    model: ${m}\n    apiKey: k\n`).join("");
    fs.writeFileSync(
      path.join(dir, "kurabe.yaml"),
      `models:\n${models}suites:\n  - { name: faq, path: faq.jsonl, scorer: exact }\n  - { name: billing, path: billing.jsonl, scorer: exact }\n`,
    );
    const run = await runCli(["run", "--json"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout) as RunJson;
    expect(printed.entries.map((e) => [e.modelId, e.suite, e.n])).toEqual([["strong", "faq", 40], ["strong", "billing", 30], ["weak", "faq", 40], ["weak", "billing", 30]]);
    for (const entry of printed.entries) expect(entry.interval.low < entry.score && entry.score < entry.interval.high, `${entry.modelId} ${entry.suite}`).toBe(true);
    for (const model of printed.overview) expect(model.interval.low < model.quality && model.quality < model.interval.high, model.modelId).toBe(true);
    expect(printed.comparisons).toHaveLength(2);
    expect(printed.overallComparisons).toHaveLength(1);

    const results = await runCli(["results", "--json"], { cwd: dir });
    expect(results.code, results.stderr).toBe(0);
    expect(JSON.parse(results.stdout)).toEqual(printed);

    const out = path.join(dir, "report.json");
    const report = await runCli(["report", "--format", "json", "--out", out], { cwd: dir });
    expect(report.code, report.stderr).toBe(0);
    const json = JSON.parse(fs.readFileSync(out, "utf8")) as RunJson;
    expect(json.entries.map((e) => e.interval)).toEqual(printed.entries.map((e) => e.interval));
    expect(json.overview.map((o) => o.interval)).toEqual(printed.overview.map((o) => o.interval));
    expect([...json.comparisons, ...json.overallComparisons]).toEqual([...printed.comparisons, ...printed.overallComparisons]);
  });
});
