import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import type { Item } from "../../suites/types.js";
import { candidateProgram } from "./candidate-program.js";
import { extractCode } from "./extract-code.js";
import { codeProblemFromRecord, type ProblemOptions } from "./problems.js";
import { runProgramTests } from "./run-tests.js";
import { DEFAULT_TIME_LIMIT, referenceRuntimeMs, scaledTimeLimit } from "./time-limit.js";
import type { CodeBenchmark, CodeProblem, CodeScore } from "./types.js";

export interface CodeScoringOptions {
  /** A fixed time limit: skips measuring the reference solution. */
  timeLimitMs?: number;
  /** Floor of the scaled limit (default 4000 ms, EvalPlus). */
  timeFloorMs?: number;
  /** Multiple of the reference runtime (default 4, EvalPlus). */
  timeFactor?: number;
  /** Address-space limit (default 1 GiB). */
  memoryBytes?: number;
  /** auto: chat style when the code defines the entry point, else completion. */
  style?: "auto" | "completion" | "chat";
  /** Run without bubblewrap (see runSandboxed); the CLI's --unsafe-no-sandbox. */
  unsafeNoSandbox?: boolean;
  /** Defaults to the process-wide pool (one run per core). */
  pool?: SandboxPool;
  signal?: AbortSignal;
  /** A label appended to the interpreter's command line, to find a run (and anything it forked) in `ps`. */
  runTag?: string;
}

/** Longest program text kept in `extracted`. */
const EXTRACTED_CHARS = 4000;

/**
 * Scores one answer to a code problem by running it against the problem's tests in the sandbox: value 1 when every
 * test passes. `reason` says how it ended; `detail` says it in words. Problems that need a package the sandbox lacks
 * come back `skipped`. Throws KurabeError("sandbox") only when the sandbox itself cannot run.
 */
export async function scoreCodeSample(problem: CodeProblem, answerText: string, options: CodeScoringOptions = {}): Promise<CodeScore> {
  if (problem.missingDependencies.length > 0) {
    return { value: 0, passed: false, reason: "skipped", skipped: true, detail: { code: "code-run", outcome: "skipped", packages: [...problem.missingDependencies] } };
  }
  const extracted = extractCode(answerText, problem.language, problem.entryPoint);
  if (!extracted) return { value: 0, passed: false, reason: "no-code", detail: { code: "code-run", outcome: "no-code" } };
  const style = options.style ?? "auto";
  const forced = style === "auto" ? extracted : { ...extracted, definesEntryPoint: style === "chat" };
  const candidate = candidateProgram(problem, forced);
  const runOptions = {
    ...(options.memoryBytes === undefined ? {} : { memoryBytes: options.memoryBytes }),
    ...(options.unsafeNoSandbox ? { unsafeNoSandbox: true } : {}),
    ...(options.pool ? { pool: options.pool } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.runTag ? { runTag: options.runTag } : {}),
  };
  const timeLimitMs = options.timeLimitMs ?? (await problemTimeLimit(problem, options));
  const result = await runProgramTests(problem, candidate.program, { ...runOptions, timeLimitMs });
  const passed = result.outcome === "passed";
  return {
    value: passed ? 1 : 0,
    passed,
    reason: result.outcome,
    detail: result.detail,
    extracted: candidate.program.length > EXTRACTED_CHARS ? `${candidate.program.slice(0, EXTRACTED_CHARS)}…` : candidate.program,
    style: candidate.style,
    timeLimitMs,
    run: result.run,
  };
}

/** The scaled limit of a problem: max(floor, factor × reference runtime), measuring the reference once. */
export async function problemTimeLimit(problem: CodeProblem, options: CodeScoringOptions = {}): Promise<number> {
  const policy = {
    floorMs: options.timeFloorMs ?? DEFAULT_TIME_LIMIT.floorMs,
    factor: options.timeFactor ?? DEFAULT_TIME_LIMIT.factor,
  };
  const referenceMs = await referenceRuntimeMs(problem, policy, (program, timeLimitMs) =>
    runProgramTests(problem, program, {
      timeLimitMs,
      ...(options.memoryBytes === undefined ? {} : { memoryBytes: options.memoryBytes }),
      ...(options.unsafeNoSandbox ? { unsafeNoSandbox: true } : {}),
      ...(options.pool ? { pool: options.pool } : {}),
    }),
  );
  return scaledTimeLimit(policy, referenceMs);
}

/**
 * The problem behind a suite item: the upstream record's fields live in `item.fields` (the item id stands in for
 * `task_id`, and `input` for a missing `prompt`).
 */
export function codeProblemFromItem(benchmark: CodeBenchmark, item: Item, options: Omit<ProblemOptions, "location"> = {}): CodeProblem {
  const record = { task_id: item.id, prompt: item.input, ...item.fields };
  return codeProblemFromRecord(benchmark, record, { ...options, location: { line: item.line } });
}
