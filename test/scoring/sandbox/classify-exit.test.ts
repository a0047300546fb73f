import { describe, expect, it } from "vitest";
import { classifyExit, type ExitFacts } from "../../../src/scoring/sandbox/classify-exit.js";

const facts = (fields: Partial<ExitFacts>): ExitFacts => ({ code: 0, signal: null, stopReason: undefined, stderrTail: "", ...fields });

describe("classifyExit", () => {
  it.each([
    ["exit 0", {}, { status: "ok", exitCode: 0, signal: null }],
    ["exit 1", { code: 1 }, { status: "failed", exitCode: 1, signal: null }],
    ["the harness's wall-clock kill (rc 137 is not a crash)", { code: 137, stopReason: "timeout" }, { status: "timeout", exitCode: null, signal: "SIGKILL" }],
    ["the output cap", { code: null, signal: "SIGKILL", stopReason: "output-limit" }, { status: "output-limit", exitCode: null, signal: "SIGKILL" }],
    ["a cancelled run", { code: null, signal: "SIGKILL", stopReason: "cancelled" }, { status: "cancelled", exitCode: null, signal: "SIGKILL" }],
    ["the CPU-time limit (bwrap passes on 128 + SIGKILL)", { code: 137 }, { status: "timeout", exitCode: null, signal: "SIGKILL" }],
    ["the soft CPU-time limit (SIGXCPU)", { code: 128 + 24 }, { status: "timeout", exitCode: null, signal: "SIGXCPU" }],
    ["a segfault (bwrap: 139)", { code: 139 }, { status: "killed", exitCode: null, signal: "SIGSEGV" }],
    ["a signal of the unsafe runner (no bwrap between)", { code: null, signal: "SIGSEGV" }, { status: "killed", exitCode: null, signal: "SIGSEGV" }],
    ["Python's MemoryError", { code: 1, stderrTail: "Traceback…\nMemoryError\n" }, { status: "memory", exitCode: 1, signal: null }],
    ["an OOM kill in the run's cgroup, then kurabe's stop", { code: null, signal: "SIGKILL", stopReason: "cancelled", oomKilled: true }, { status: "memory", exitCode: null, signal: "SIGKILL" }],
    ["an OOM kill in the run's cgroup, then its time limit", { code: 137, stopReason: "timeout", oomKilled: true }, { status: "memory", exitCode: 137, signal: "SIGKILL" }],
    ["V8's heap exhaustion, cancelled while it aborts (its checker ended first)", { code: null, signal: "SIGKILL", stopReason: "cancelled", stderrTail: "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n 1: 0xb8d0a3 node::Abort()" }, { status: "memory", exitCode: null, signal: "SIGKILL" }],
    ["the time limit of a program that printed MemoryError and went on", { code: null, signal: "SIGKILL", stopReason: "timeout", stderrTail: "MemoryError\n" }, { status: "timeout", exitCode: null, signal: "SIGKILL" }],
    ["V8's heap exhaustion", { code: 139, stderrTail: "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory" }, { status: "memory", exitCode: null, signal: "SIGSEGV" }],
  ] as const)("%s", (_name, fields, expected) => {
    expect(classifyExit(facts(fields as Partial<ExitFacts>))).toEqual(expected);
  });
});
