import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();

/** Exit 2, nothing on stdout, and exactly one line on stderr. */
async function oneLineError(args: string[]): Promise<string> {
  const result = await runCli(args, { cwd: tempDir() });
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines, result.stderr).toHaveLength(1);
  return lines[0]!;
}

describe("the command line's contract", () => {
  it.each([
    { args: ["run", "--fast"], line: "kurabe: unknown option '--fast' (see `kurabe run --help`)" },
    { args: ["frobnicate"], line: "kurabe: unknown command 'frobnicate' (see `kurabe --help`)" },
    { args: [], line: /^kurabe: missing command: one of run, .*, mock-server \(see `kurabe --help`\)$/ },
    { args: ["dataset"], line: "kurabe: missing command: one of build, validate (see `kurabe dataset --help`)" },
    { args: ["run", "a.yaml", "b.yaml"], line: /^kurabe: too many arguments for 'run'.* \(see `kurabe run --help`\)$/ },
    { args: ["report", "--format"], line: /^kurabe: option '--format <format>' argument missing \(see `kurabe report --help`\)$/ },
    {
      args: ["dataset", "build", "--docs", "d", "--out", "o", "--target", "gpt-9"],
      line: /^kurabe: option '--target <model>' argument 'gpt-9' is invalid\..* \(see `kurabe dataset build --help`\)$/,
    },
    {
      args: ["finetune", "jobs", "create", "--file", "train.jsonl"],
      line: /^kurabe: required option '--model <model>' not specified \(see `kurabe finetune jobs create --help`\)$/,
    },
  ])("kurabe $args: a usage error is exit 2 and one line naming the help to read", async ({ args, line }) => {
    const got = await oneLineError(args);
    if (typeof line === "string") expect(got).toBe(line);
    else expect(got).toMatch(line);
  });

  it("still prints the help and the version with exit 0", async () => {
    const help = await runCli(["run", "--help"], { cwd: tempDir() });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: kurabe run");
    for (const asked of [["--help"], ["help"]]) {
      const all = await runCli(asked, { cwd: tempDir() });
      expect(all.code).toBe(0);
      expect(all.stdout).toContain("Usage: kurabe [options] [command]");
    }
    const version = await runCli(["--version"], { cwd: tempDir() });
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("kurabe mock-server", () => {
  it("refuses a port that is not a number in one line", async () => {
    expect(await oneLineError(["mock-server", "--port", "abc"])).toBe('kurabe: --port: expected a port from 0 to 65535, got "abc"');
  });

  it("says a busy port is in use in one line, as `view` does", async () => {
    const busy = http.createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = busy.address() as AddressInfo;
      expect(await oneLineError(["mock-server", "--port", String(port)])).toBe(
        `kurabe: --port: port ${port} on 127.0.0.1 is in use; choose another with --port`,
      );
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });
});
