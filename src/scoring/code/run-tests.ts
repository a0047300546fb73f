import { randomBytes } from "node:crypto";
import { KurabeError } from "../../errors.js";
import { sharedSandboxPool, type SandboxPool } from "../sandbox/sandbox-pool.js";
import { DEFAULT_LIMITS, MIB, type SandboxResult } from "../sandbox/types.js";
import { encodeHarnessPayload } from "./harness-payload.js";
import { JAVASCRIPT_HARNESS } from "./javascript-harness.js";
import { PYTHON_HARNESS } from "./python-harness.js";
import type { CodeOutcome, CodeProblem } from "./types.js";

export interface RunTestsOptions {
  timeLimitMs: number;
  /** Address-space limit; default 1 GiB. */
  memoryBytes?: number;
  unsafeNoSandbox?: boolean;
  pool?: SandboxPool;
  signal?: AbortSignal;
  /** A label appended to the interpreter's command line, to find a run (and anything it forked) in `ps`. */
  runTag?: string;
}

export interface TestRun {
  outcome: Exclude<CodeOutcome, "no-code" | "skipped">;
  detail: string;
  run: SandboxResult;
}

/** Runs a program and its problem's tests in the sandbox, through the harness of its language. */
export async function runProgramTests(problem: CodeProblem, program: string, options: RunTestsOptions): Promise<TestRun> {
  const nonce = randomBytes(16).toString("hex");
  const python = problem.language === "python";
  const harness = python ? "harness.py" : "harness.js";
  const memoryBytes = options.memoryBytes ?? DEFAULT_LIMITS.memoryBytes;
  const run = await (options.pool ?? sharedSandboxPool()).run({
    language: problem.language,
    files: { [harness]: python ? PYTHON_HARNESS : JAVASCRIPT_HARNESS },
    entry: harness,
    stdin: encodeHarnessPayload({ nonce, entryPoint: problem.entryPoint, guard: python, program, tests: problem.tests }),
    timeLimitMs: options.timeLimitMs,
    limits: { memoryBytes },
    reportChannel: true,
    ...(options.runTag ? { args: [options.runTag] } : {}),
    ...(options.unsafeNoSandbox ? { unsafeNoSandbox: true } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return { ...interpretRun(run, nonce, problem.id), run };
}

const HARNESS_OUTCOMES = new Set<string>([
  "syntax-error",
  "runtime-error",
  "assertion-failed",
  "wrong-result",
  "exited-early",
  "memory",
  "test-error",
]);

/**
 * The outcome of a harness run. A pass needs the harness's `PASS <nonce>` line and a clean exit: the program never
 * sees the nonce, so exiting early, silencing stderr or faking output cannot pass. Throws KurabeError when the
 * sandbox itself failed (nothing to blame on the program), "interrupted" when the run was cancelled.
 */
export function interpretRun(run: SandboxResult, nonce: string, problemId: string): { outcome: TestRun["outcome"]; detail: string } {
  const lines = run.report.split("\n");
  if (run.status === "cancelled") throw new KurabeError("interrupted", "code execution was cancelled");
  if (run.status === "error") throw new KurabeError("sandbox", `the sandbox failed to start: ${firstLine(run.stderr)}`);
  if (run.status === "ok" && lines.includes(`PASS ${nonce}`)) return { outcome: "passed", detail: "all tests passed" };
  if (run.status === "timeout") {
    const cpu = run.signal === "SIGXCPU" || (run.signal === "SIGKILL" && run.durationMs < run.timeLimitMs);
    return { outcome: "timeout", detail: `timeout: ${cpu ? "CPU-time" : "time"} limit of ${run.timeLimitMs} ms` };
  }
  if (run.status === "output-limit") {
    const stream = run.outputBytes.stdout >= run.outputBytes.stderr ? "stdout" : "stderr";
    return { outcome: "output-limit", detail: `output limit: more than ${Math.round(DEFAULT_LIMITS.outputBytes / MIB)} MiB on ${stream}` };
  }
  const failure = lines.filter((line) => line.startsWith("FAIL ")).at(-1);
  if (failure) {
    const [, outcome = "", ...rest] = failure.split(" ");
    const detail = rest.join(" ").replace(/\\n/g, "\n");
    if (outcome === "test-error") throw new KurabeError("sandbox", `the tests of ${problemId} do not compile: ${detail}`);
    if (HARNESS_OUTCOMES.has(outcome)) return { outcome: outcome as TestRun["outcome"], detail: describe(outcome, detail) };
  }
  if (run.status === "memory") return { outcome: "memory", detail: "memory limit: the program ran out of address space" };
  if (!lines.includes("START")) {
    const exit = `${run.status}, exit ${run.exitCode ?? run.signal}`;
    throw new KurabeError("sandbox", `the sandbox did not start the interpreter (${exit}): ${firstLine(run.stderr)}`);
  }
  if (run.status === "killed") return { outcome: "killed", detail: `killed by ${run.signal ?? "a signal"}` };
  return {
    outcome: "exited-early",
    detail: `exited early: the program ended (exit status ${run.exitCode ?? "?"}) before the tests finished`,
  };
}

const PREFIX: Record<string, string> = {
  "syntax-error": "syntax error",
  "runtime-error": "runtime error",
  "assertion-failed": "assertion failed",
  "wrong-result": "wrong result",
  "exited-early": "exited early",
  memory: "memory limit",
};

function describe(outcome: string, detail: string): string {
  const prefix = PREFIX[outcome] ?? outcome;
  return detail ? `${prefix}: ${detail}` : prefix;
}

function firstLine(text: string): string {
  return text.trim().split("\n")[0]?.slice(0, 300) ?? "";
}
