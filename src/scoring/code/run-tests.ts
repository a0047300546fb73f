import { KurabeError } from "../../errors.js";
import { runLinked, type LinkedResult } from "../sandbox/run-linked.js";
import { sharedSandboxPool, type SandboxPool } from "../sandbox/sandbox-pool.js";
import { DEFAULT_LIMITS, MIB, type SandboxResult } from "../sandbox/types.js";
import { javascriptHelpers, pythonPreamble } from "./candidate-program.js";
import { encodeCheckerPayload } from "./harness-payload.js";
import { JAVASCRIPT_CANDIDATE } from "./javascript-candidate.js";
import { JAVASCRIPT_CHECKER } from "./javascript-checker.js";
import { PYTHON_CANDIDATE } from "./python-candidate.js";
import { PYTHON_CHECKER } from "./python-checker.js";
import { CHECKER_FAILURES, type CheckerFailure, type CodeRunDetail } from "../score-detail.js";
import type { CodeOutcome, CodeProblem } from "./types.js";

interface RunTestsOptions {
  timeLimitMs: number;
  /** Address-space limit of each process, and the memory cap of the run; default 1 GiB. */
  memoryBytes?: number;
  unsafeNoSandbox?: boolean;
  pool?: SandboxPool;
  signal?: AbortSignal;
  /** A label appended to the candidate's command line, to find a run (and anything it forked) in `ps`. */
  runTag?: string;
}

export interface TestRun {
  outcome: Exclude<CodeOutcome, "no-code" | "skipped">;
  detail: CodeRunDetail;
  /** The candidate's run: its output, status and duration. */
  run: SandboxResult;
}

/** Bytes the candidate may send the checker over the link in one run. */
const LINK_BYTES = 64 * MIB;

/**
 * Runs a program against its problem's tests: the program in one sandbox (candidate harness), the tests in another
 * (checker), joined by a link that carries plain data only. The verdict is the checker's.
 */
export async function runProgramTests(problem: CodeProblem, program: string, options: RunTestsOptions): Promise<TestRun> {
  const python = problem.language === "python";
  const preamble = python
    ? pythonPreamble(problem.prompt, problem.entryPoint)
    : javascriptHelpers(problem.prompt, problem.entryPoint).map((helper) => helper.source).join("\n");
  const common = {
    language: problem.language,
    timeLimitMs: options.timeLimitMs,
    limits: { memoryBytes: options.memoryBytes ?? DEFAULT_LIMITS.memoryBytes },
    ...(options.unsafeNoSandbox ? { unsafeNoSandbox: true } : {}),
  };
  const checker = python ? "checker.py" : "checker.js";
  const candidate = python ? "candidate.py" : "candidate.js";
  const pair = await (options.pool ?? sharedSandboxPool()).schedule(() =>
    runLinked(
      {
        ...common,
        files: { [checker]: python ? PYTHON_CHECKER : JAVASCRIPT_CHECKER },
        entry: checker,
        stdin: encodeCheckerPayload({ entryPoint: problem.entryPoint, preamble, tests: problem.tests }),
        reportChannel: true,
        role: "checker",
      },
      {
        ...common,
        files: { [candidate]: python ? PYTHON_CANDIDATE : JAVASCRIPT_CANDIDATE },
        entry: candidate,
        stdin: program,
        ...(options.runTag ? { args: [options.runTag] } : {}),
      },
      { linkBytes: LINK_BYTES, ...(options.signal ? { signal: options.signal } : {}) },
    ),
  );
  if (options.signal?.aborted) throw new KurabeError("interrupted", "code execution was cancelled");
  return { ...interpretRun(pair, problem.id), run: pair.candidate };
}

const CHECKER_OUTCOMES = new Set<string>(CHECKER_FAILURES);

/**
 * The outcome of a checked run. Only the checker's own `PASS` passes, and only the checker's report (a channel the
 * candidate has no way to reach) is read. An infrastructure error (KurabeError "sandbox") only when a sandbox failed
 * to start or the checker failed on its own: whatever the candidate does is its verdict.
 */
export function interpretRun(pair: LinkedResult, problemId: string): { outcome: TestRun["outcome"]; detail: CodeRunDetail } {
  const { checker, candidate } = pair;
  const lines = checker.report.split("\n");
  for (const [name, run] of [["checker", checker], ["candidate", candidate]] as const) {
    if (run.status === "error") throw new KurabeError("sandbox", `the ${name}'s sandbox failed to start: ${firstLine(run.stderr)}`);
  }
  if (checker.status === "cancelled") throw new KurabeError("interrupted", "code execution was cancelled");
  const error = lines.find((line) => line.startsWith("ERROR "));
  if (error) throw new KurabeError("sandbox", `the tests of ${problemId} cannot run: ${unescape(error.split(" ").slice(2).join(" "))}`);
  // Before the timeout: a run that passed its memory cap was stopped by it, however long it then took.
  if (candidate.status === "memory") return { outcome: "memory", detail: { code: "code-run", outcome: "memory", of: "program" } };
  if (checker.status === "timeout" || candidate.status === "timeout") {
    const cpu = candidate.signal === "SIGXCPU";
    return { outcome: "timeout", detail: { code: "code-run", outcome: "timeout", cpu, limitMs: checker.timeLimitMs } };
  }
  if (candidate.status === "output-limit" || pair.linkOverflow) {
    const stream = pair.linkOverflow ? "answers" : candidate.outputBytes.stdout >= candidate.outputBytes.stderr ? "stdout" : "stderr";
    return { outcome: "output-limit", detail: { code: "code-run", outcome: "output-limit", mib: Math.round(DEFAULT_LIMITS.outputBytes / MIB), stream } };
  }
  if (checker.status === "ok" && lines.includes("PASS")) return { outcome: "passed", detail: { code: "code-run", outcome: "passed" } };
  const failure = lines.find((line) => line.startsWith("FAIL "));
  if (failure) {
    const [, outcome = "", ...rest] = failure.split(" ");
    if (CHECKER_OUTCOMES.has(outcome)) {
      return { outcome: outcome as CheckerFailure, detail: { code: "code-run", outcome: outcome as CheckerFailure, message: unescape(rest.join(" ")) } };
    }
  }
  // Only the candidate's answers can make the checker run out of memory.
  if (checker.status === "memory") return { outcome: "memory", detail: { code: "code-run", outcome: "memory", of: "answers" } };
  const exit = `${checker.status}, exit ${checker.exitCode ?? checker.signal}`;
  if (!lines.includes("START")) throw new KurabeError("sandbox", `the sandbox did not start the checker (${exit}): ${firstLine(checker.stderr)}`);
  throw new KurabeError("sandbox", `the checker of ${problemId} stopped without a verdict (${exit}): ${firstLine(checker.stderr)}`);
}

function unescape(text: string): string {
  return text.replace(/\\n/g, "\n");
}

function firstLine(text: string): string {
  return text.trim().split("\n")[0]?.slice(0, 300) ?? "";
}
