import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer } from "../../src/mock-server/types.js";
import { runCli, runNode } from "../support/cli.js";
import { useTempDirs } from "../support/temp-dir.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const tempDir = useTempDirs();
let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The README's library example, as printed: the first ```js block under "From code". */
function readmeExample(): string {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### From code"));
  const block = /```js\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error("README.md has no ```js block under ### From code");
  return block[1]!;
}

describe("the README's library example", () => {
  it("is at most 15 lines", () => {
    expect(readmeExample().trimEnd().split("\n").length).toBeLessThanOrEqual(15);
  });

  it("runs against the mock server as printed (its port aside) and reads the figures `kurabe results` prints", async () => {
    server = await startMockServer({});
    const dir = tempDir();
    // `import ... from "kurabe"` resolves to this package, as it would once installed.
    fs.mkdirSync(path.join(dir, "node_modules"));
    fs.symlinkSync(ROOT, path.join(dir, "node_modules", "kurabe"), "dir");
    const code = readmeExample();
    expect(code).toContain("http://127.0.0.1:8787/v1");
    fs.writeFileSync(path.join(dir, "example.mjs"), code.replace("http://127.0.0.1:8787/v1", `${server.url}/v1`));

    const result = await runNode(["example.mjs"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(server.stats.requests).toBe(5);
    const lines = result.stdout.trimEnd().split("\n");
    const [modelId, suite, score, n] = lines[0]!.split(" ");
    expect([modelId, suite, n]).toEqual(["mock", "jcommonsenseqa", "5"]);
    expect(lines[1]).toMatch(/^completed \S/);
    expect(lines.slice(2)).toHaveLength(5);

    const cli = await runCli(["results", "--db", "results.db", "--json"], { cwd: dir });
    expect(cli.code, cli.stderr).toBe(0);
    const entry = (JSON.parse(cli.stdout) as { entries: Array<{ score: number | null; n: number }> }).entries[0]!;
    expect(String(entry.score)).toBe(score);
    expect(entry.n).toBe(5);
    // The decision it prints is the report's recommendation, word for word.
    const report = await runCli(["report", "--format", "json", "--out", "-", "--db", "results.db"], { cwd: dir });
    expect(report.code, report.stderr).toBe(0);
    const { recommendation } = JSON.parse(report.stdout) as { recommendation: { overall: { verdict: { en: string } } } };
    expect(recommendation.overall.verdict.en.length).toBeGreaterThan(10);
    expect(lines[1]).toBe(`completed ${recommendation.overall.verdict.en}`);
  });
});
