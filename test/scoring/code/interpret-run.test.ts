import { describe, expect, it } from "vitest";
import { KurabeError } from "../../../src/errors.js";
import { interpretRun } from "../../../src/scoring/code/run-tests.js";
import type { SandboxResult } from "../../../src/scoring/sandbox/types.js";

const NONCE = "0f".repeat(16);

const run = (fields: Partial<SandboxResult>): SandboxResult => ({
  status: "ok",
  exitCode: 0,
  signal: null,
  stdout: "",
  stderr: "",
  outputBytes: { stdout: 0, stderr: 0 },
  report: "START\n",
  durationMs: 40,
  timeLimitMs: 4000,
  sandboxed: true,
  ...fields,
});

describe("interpretRun", () => {
  it.each([
    ["the harness's marker and exit 0", { report: `START\nPASS ${NONCE}\n` }, "passed"],
    ["exit 0 without the marker (the program exited before the tests)", { report: "START\n" }, "exited-early"],
    ["a marker with the wrong nonce", { report: "START\nPASS 1234\n" }, "exited-early"],
    ["the marker but a non-zero exit", { status: "failed", exitCode: 1, report: `START\nPASS ${NONCE}\n` }, "exited-early"],
    ["a reported assertion failure", { status: "failed", exitCode: 1, report: "START\nFAIL assertion-failed assert f(1) == 2\n" }, "assertion-failed"],
    ["a reported syntax error", { status: "failed", exitCode: 1, report: "START\nFAIL syntax-error line 3: SyntaxError: invalid syntax\n" }, "syntax-error"],
    ["a wall-clock kill", { status: "timeout", exitCode: null, signal: "SIGKILL", durationMs: 4010 }, "timeout"],
    ["the output cap", { status: "output-limit", exitCode: null, outputBytes: { stdout: 2 << 20, stderr: 0 } }, "output-limit"],
    ["running out of memory", { status: "memory", exitCode: null, signal: "SIGSEGV", stderr: "heap out of memory" }, "memory"],
    ["a crash by signal", { status: "killed", exitCode: null, signal: "SIGSEGV" }, "killed"],
    ["an unknown FAIL outcome (forged by the program)", { status: "failed", exitCode: 1, report: "START\nFAIL passed yes\n" }, "exited-early"],
  ] as const)("%s → %s", (_name, fields, outcome) => {
    expect(interpretRun(run(fields), NONCE, "t/1").outcome).toBe(outcome);
  });

  it("describes failures in words a report can show", () => {
    expect(interpretRun(run({ status: "failed", exitCode: 1, report: "START\nFAIL assertion-failed assert f(1) == 2\n" }), NONCE, "t").detail).toBe(
      "assertion failed: assert f(1) == 2",
    );
    expect(interpretRun(run({ status: "timeout", exitCode: null, signal: "SIGKILL", durationMs: 4003 }), NONCE, "t").detail).toBe(
      "timeout: time limit of 4000 ms",
    );
  });

  it("blames the sandbox, not the program, when the interpreter never started", () => {
    expect(() => interpretRun(run({ status: "failed", exitCode: 1, report: "", stderr: "bwrap: setting up uid map: Permission denied" }), NONCE, "t")).toThrow(
      KurabeError,
    );
    expect(() => interpretRun(run({ status: "error", exitCode: null, report: "" }), NONCE, "t")).toThrow(/sandbox/);
  });

  it("raises a cancelled run as an interruption", () => {
    expect(() => interpretRun(run({ status: "cancelled", exitCode: null }), NONCE, "t")).toThrow(
      expect.objectContaining({ code: "interrupted" }),
    );
  });

  it("raises tests that do not compile as a problem of the data, not of the sample", () => {
    expect(() => interpretRun(run({ status: "failed", exitCode: 1, report: "START\nFAIL test-error test.py: SyntaxError\n" }), NONCE, "HumanEval/3")).toThrow(
      /HumanEval\/3/,
    );
  });
});
