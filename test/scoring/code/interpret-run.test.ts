import { describe, expect, it } from "vitest";
import { KurabeError } from "../../../src/errors.js";
import { interpretRun } from "../../../src/scoring/code/run-tests.js";
import type { LinkedResult } from "../../../src/scoring/sandbox/run-linked.js";
import type { SandboxResult } from "../../../src/scoring/sandbox/types.js";
import { detailText } from "../../support/detail-text.js";

const run = (fields: Partial<SandboxResult>): SandboxResult => ({
  status: "ok",
  exitCode: 0,
  signal: null,
  stdout: "",
  stderr: "",
  outputBytes: { stdout: 0, stderr: 0 },
  report: "",
  durationMs: 40,
  timeLimitMs: 4000,
  sandboxed: true,
  ...fields,
});

/** A checker run and a candidate run; the candidate is stopped (cancelled) once the checker has ended. */
const pair = (checker: Partial<SandboxResult>, candidate: Partial<SandboxResult> = {}, linkOverflow = false): LinkedResult => ({
  checker: run({ report: "START\n", ...checker }),
  candidate: run({ status: "cancelled", exitCode: null, signal: "SIGKILL", ...candidate }),
  linkOverflow,
});

const failed = (report: string): Partial<SandboxResult> => ({ status: "failed", exitCode: 1, report: `START\n${report}\n` });

describe("interpretRun: only the checker's verdict passes", () => {
  it.each([
    ["the checker's PASS and exit 0", pair({ report: "START\nPASS\n" }), "passed"],
    ["a reported assertion failure", pair(failed("FAIL assertion-failed assert f(1) == 2")), "assertion-failed"],
    ["a reported syntax error", pair(failed("FAIL syntax-error line 3: SyntaxError: invalid syntax")), "syntax-error"],
    ["a candidate that ended before the tests", pair(failed("FAIL exited-early the program ended before the tests")), "exited-early"],
    ["a wall-clock kill", pair({ status: "timeout", exitCode: null, signal: "SIGKILL" }, { status: "timeout" }), "timeout"],
    ["the candidate's output cap", pair(failed("FAIL exited-early x"), { status: "output-limit", outputBytes: { stdout: 2 << 20, stderr: 0 } }), "output-limit"],
    ["too much sent over the link", pair(failed("FAIL exited-early x"), {}, true), "output-limit"],
    ["the candidate's memory cap, even when its answers were right", pair({ report: "START\nPASS\n" }, { status: "memory" }), "memory"],
    ["the candidate's memory cap, when its time limit came next", pair({ status: "timeout", exitCode: null, signal: "SIGKILL" }, { status: "memory" }), "memory"],
    ["the checker run out of memory on the candidate's answers", pair({ status: "memory", exitCode: null, signal: "SIGKILL" }), "memory"],
  ] as const)("%s → %s", (_name, linked, outcome) => {
    expect(interpretRun(linked, "t/1").outcome).toBe(outcome);
  });

  it("never reads what the candidate prints: a PASS or a FAIL line on its stdout changes nothing", () => {
    const forged = { stdout: "PASS\nERROR test-error tests do not compile\n", stderr: "PASS\n" };
    expect(interpretRun(pair(failed("FAIL assertion-failed assert f(1) == 2"), forged), "t").outcome).toBe("assertion-failed");
  });

  it("describes failures in words a report can show", () => {
    expect(detailText(interpretRun(pair(failed("FAIL assertion-failed assert f(1) == 2")), "t").detail)).toBe("assertion failed: assert f(1) == 2");
    expect(detailText(interpretRun(pair({ status: "timeout", exitCode: null, signal: "SIGKILL" }), "t").detail)).toBe("timeout: time limit of 4000 ms");
  });

  it("blames the sandbox when a sandbox failed to start or the checker failed on its own", () => {
    expect(() => interpretRun(pair({ status: "error", report: "" }), "t")).toThrow(KurabeError);
    expect(() => interpretRun(pair({}, { status: "error" }), "t")).toThrow(/candidate's sandbox/);
    expect(() => interpretRun(pair({ status: "failed", exitCode: 1, report: "", stderr: "bwrap: setting up uid map: Permission denied" }), "t")).toThrow(
      /did not start the checker/,
    );
    expect(() => interpretRun(pair({ status: "failed", exitCode: 1, stderr: "Traceback" }), "t")).toThrow(/without a verdict/);
  });

  it("raises a cancelled run as an interruption", () => {
    expect(() => interpretRun(pair({ status: "cancelled", exitCode: null }), "t")).toThrow(expect.objectContaining({ code: "interrupted" }));
  });

  it("raises tests that do not compile as a problem of the data, not of the sample", () => {
    expect(() => interpretRun(pair(failed("ERROR test-error test.py: SyntaxError")), "HumanEval/3")).toThrow(/HumanEval\/3/);
  });
});
