import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer } from "../../src/mock-server/types.js";
import { runCli } from "../support/cli.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";
import { escapeXml } from "../../src/report/formats/render-junit.js";
import { messagesFor } from "../../src/report/i18n/messages.js";
import { numberFormat } from "../../src/report/i18n/number-format.js";

const tempDir = useTempDirs();
const servers: MockServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

const ITEMS = 60;

/** A model that answers item n right unless `wrong(n)`. */
async function model(wrong: (n: number) => boolean): Promise<MockServer> {
  const server = await startMockServer({
    respond: (request) => (wrong(Number(request.prompt.replace(/\D/g, ""))) ? "nope" : request.prompt),
  });
  servers.push(server);
  return server;
}

function project(dir: string, models: Array<[string, MockServer]>): void {
  writeJsonl(path.join(dir, "items.jsonl"), Array.from({ length: ITEMS }, (_, i) => ({ id: `q${i}`, input: `q ${i}`, expected: `q ${i}` })));
  const modelYaml = models
    .map(([id, server]) => `  - id: ${id}\n    provider: openai-compatible\n    baseURL: ${server.url}/v1\n    model: m\n`)
    .join("");
  fs.writeFileSync(path.join(dir, "kurabe.yaml"), `models:\n${modelYaml}suites:\n  - name: echo\n    path: items.jsonl\n    scorer: exact\n`);
}

async function runIds(dir: string): Promise<string[]> {
  const results = await runCli(["results", "--json"], { cwd: dir });
  return [(JSON.parse(results.stdout) as { runId: string }).runId];
}

describe("kurabe compare", () => {
  it("flags a significant regression between two runs and fails the CI gate", async () => {
    const dir = tempDir();
    project(dir, [["bot", await model(() => false)]]);
    expect((await runCli(["run"], { cwd: dir })).code).toBe(0);
    const [baseline] = await runIds(dir);
    project(dir, [["bot", await model((n) => n % 2 === 0)]]);
    expect((await runCli(["run"], { cwd: dir })).code).toBe(0);
    const [candidate] = await runIds(dir);

    const table = await runCli(["compare", baseline!, candidate!, "--lang", "en"], { cwd: dir });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/echo.*100\.0%.*50\.0%.*−50\.0 pt.*regression/s);

    const gate = await runCli(["compare", baseline!, candidate!, "--fail-on-regression"], { cwd: dir });
    expect(gate.code).toBe(4);
    expect(gate.stderr).toContain("1 significant regression");

    const junit = await runCli(["compare", baseline!, candidate!, "--junit", "--fail-on-regression", "--lang", "en"], { cwd: dir });
    expect(junit.stdout).toMatch(/<testcase classname="kurabe\.domain" name="bot \/ echo"><failure message="significant regression/);
    // One p, one format: JUnit's failure message prints it as the table and the report do.
    const json = await runCli(["compare", baseline!, candidate!, "--json"], { cwd: dir });
    const p = numberFormat(messagesFor("en")).pValue((JSON.parse(json.stdout) as Array<{ rows: Array<{ comparison: { pValue: number } }> }>)[0]!.rows[0]!.comparison.pValue);
    expect(table.stdout).toContain(` ${p} `);
    expect(junit.stdout).toContain(`p = ${escapeXml(p)}"`);

    const unshared = await runCli(["compare", baseline!, candidate!, "--model", "nobody"], { cwd: dir });
    expect(unshared.code).toBe(2);
    expect(unshared.stderr).toMatch(/^kurabe: --model: expected a model both runs \S+ and \S+ have \(bot\), got "nobody"\n$/);
  });

  it("calls a one-item gap between two models of one run within noise, and gates on --min-score", async () => {
    const dir = tempDir();
    project(dir, [["base", await model(() => false)], ["tuned", await model((n) => n === 7)]]);
    expect((await runCli(["run"], { cwd: dir })).code).toBe(0);
    const result = await runCli(["compare", "--before", "base", "--after", "tuned", "--json"], { cwd: dir });
    expect(result.code).toBe(0);
    const [pair] = JSON.parse(result.stdout) as Array<{ rows: Array<{ verdict: string; comparison: { pValue: number; n: number } }> }>;
    expect(pair!.rows[0]).toMatchObject({ verdict: "within-noise", comparison: { n: ITEMS, significant: false } });
    expect(pair!.rows[0]!.comparison.pValue).toBeGreaterThan(0.05);
    // The table words the verdict as the report and the dashboard do, from the one catalogue, not as its code.
    for (const language of ["en", "ja"] as const) {
      const table = await runCli(["compare", "--before", "base", "--after", "tuned", "--lang", language], { cwd: dir });
      expect(table.stdout).toContain(messagesFor(language).runVerdicts["within-noise"]);
      expect(table.stdout).not.toContain("within-noise");
    }
    expect(messagesFor("ja").runVerdicts["within-noise"]).toBe("有意差なし");
    const gate = await runCli(["compare", "--before", "base", "--after", "tuned", "--min-score", "0.99"], { cwd: dir });
    expect(gate.code).toBe(4);
    const unknown = await runCli(["compare", "--before", "base", "--after", "nobody"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^kurabe: --after: expected a model of run \S+ \(base, tuned\), got "nobody"\n$/);
    const alone = await runCli(["compare", "--before", "base"], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe("kurabe: --after: expected a model id beside --before (two models of one run)\n");
  });

  it("writes valid JUnit XML whatever a model id holds, and takes --min-score as a percentage like report does", async () => {
    const dir = tempDir();
    const server = await model(() => false);
    writeJsonl(path.join(dir, "items.jsonl"), Array.from({ length: ITEMS }, (_, i) => ({ id: `q${i}`, input: `q ${i}`, expected: `q ${i}` })));
    // A bell (U+0007) and markup in the model id: XML 1.0 cannot hold the first, the second must be escaped.
    fs.writeFileSync(
      path.join(dir, "kurabe.yaml"),
      `models:\n  - id: "bot\\a<&>"\n    provider: openai-compatible\n    baseURL: ${server.url}/v1\n    model: m\n` +
        "suites:\n  - name: echo\n    path: items.jsonl\n    scorer: exact\n",
    );
    expect((await runCli(["run"], { cwd: dir })).code).toBe(0);
    const [run] = await runIds(dir);
    const junit = await runCli(["compare", run!, run!, "--junit", "--min-score", "70%"], { cwd: dir });
    expect(junit.code, junit.stderr).toBe(0);
    expect(junit.stdout).toContain('name="bot\u2407&lt;&amp;&gt; / echo"');
    // No character XML 1.0 forbids (https://www.w3.org/TR/xml/#charsets).
    expect(junit.stdout).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const gate = await runCli(["compare", run!, run!, "--min-score", "101%"], { cwd: dir });
    expect(gate.code).toBe(2);
    expect(gate.stderr).toBe('kurabe: --min-score: expected a score from 0 to 1 or a percentage such as 70%, got "101%"\n');
  });
});
