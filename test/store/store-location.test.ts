import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { storePath } from "../../src/store/store-location.js";
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

describe("the store a command reads", () => {
  it("is --db, else db: of the config (relative to it), else .kurabe/kurabe.db", () => {
    const dir = tempDir();
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      expect(storePath({})).toBe(path.join(".kurabe", "kurabe.db"));
      fs.writeFileSync("kurabe.yaml", "db: results/evals.db\nmodels: []\n");
      expect(storePath({})).toBe(path.join(fs.realpathSync(dir), "results", "evals.db"));
      expect(storePath({ db: "other.db" })).toBe("other.db");
      fs.mkdirSync("project");
      fs.writeFileSync("project/eval.yaml", "db: ${STORE:-s.db}\n");
      expect(storePath({ config: "project/eval.yaml" }, {})).toBe(path.join(fs.realpathSync(dir), "project", "s.db"));
      expect(() => storePath({ config: "missing.yaml" })).toThrow(/config file not found/);
      fs.writeFileSync("kurabe.yaml", "db: 3\n");
      expect(() => storePath({})).toThrow(/expected a file path/);
    } finally {
      process.chdir(cwd);
    }
  });

  it("follows db: in kurabe.yaml for results, report, compare and view, as run wrote it; --config from elsewhere", async () => {
    server = await startMockServer({});
    const dir = tempDir();
    writeJsonl(path.join(dir, "items.jsonl"), [{ id: "a", input: "x", expected: "x" }]);
    fs.writeFileSync(
      path.join(dir, "kurabe.yaml"),
      `db: results/evals.db\nmodels:\n  - id: m\n    provider: openai-compatible\n    baseURL: ${server.url}/v1\n    model: mock-model\n` +
        "suites:\n  - name: echo\n    path: items.jsonl\n    scorer: exact\n",
    );
    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(fs.existsSync(path.join(dir, "results", "evals.db"))).toBe(true);
    expect(fs.existsSync(path.join(dir, ".kurabe"))).toBe(false);
    const runId = /\(run (\S+)\)/.exec(run.stderr)![1]!;

    for (const args of [["results"], ["report", "--format", "json"], ["compare", runId, runId]]) {
      const result = await runCli(args, { cwd: dir });
      expect(result.code, `${args.join(" ")}: ${result.stderr}`).toBe(0);
      expect(result.stdout, args.join(" ")).toContain(args[0] === "compare" ? "echo" : runId);
    }
    const elsewhere = tempDir();
    const fromElsewhere = await runCli(["results", "--config", path.join(dir, "kurabe.yaml")], { cwd: elsewhere });
    expect(fromElsewhere.code, fromElsewhere.stderr).toBe(0);
    expect(fromElsewhere.stdout).toContain("echo");

    const view = spawnCli(["view", "--port", "0"], { cwd: dir });
    const url = await new Promise<string>((resolve, reject) => {
      view.child.stdout!.on("data", (chunk: Buffer) => {
        const match = /kurabe view: (\S+)/.exec(chunk.toString());
        if (match) resolve(match[1]!);
      });
      void view.done.then((result) => reject(new Error(`view exited: ${result.stderr}`)));
    });
    const page = await fetch(url);
    expect(await page.text()).toContain(runId);
    view.child.kill("SIGINT");
    await view.done;
  });
});
