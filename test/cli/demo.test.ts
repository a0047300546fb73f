import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();

/** The whole quick suite through llama.cpp on 2 cores: ~15 s of CPU, a minute on a quiet machine, far more on a busy one. */
const DEMO_TIMEOUT_MS = 600_000;

describe("npm start (kurabe demo) offline", () => {
  it("runs the quick suite on the smoke-test model, labels it everywhere, and writes the HTML report", { timeout: DEMO_TIMEOUT_MS }, async () => {
    const dir = tempDir();
    const result = await runCli(["demo", "--offline"], { cwd: dir, env: { KURABE_CACHE_DIR: path.join(dir, "cache") } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/smoke-test model/);
    expect(result.stdout).toMatch(/smoke-test-tiny-llama \*/);
    expect(result.stdout).toMatch(/its scores mean nothing/);
    for (const suite of ["quick-mmlu", "quick-jcommonsenseqa", "quick-gsm8k", "quick-ifeval", "quick-mathvision"]) {
      expect(result.stdout).toContain(suite);
    }
    const report = /report written to (\S+)/.exec(result.stderr)?.[1];
    expect(report).toBeDefined();
    const html = fs.readFileSync(path.resolve(dir, report!), "utf8");
    expect(html).toContain("its scores mean nothing");
    expect(html).toContain("<svg");
  });
});
