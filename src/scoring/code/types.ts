import type { CodeRunDetail } from "../score-detail.js";
import type { SandboxLanguage, SandboxResult } from "../sandbox/types.js";
import type { Score } from "../types.js";
import type { TestSnippet } from "./harness-payload.js";

export type CodeBenchmark = "humaneval" | "mbpp" | "humaneval-x-js";

/** One code-generation problem, normalised from its benchmark's record (see problems.ts). */
export interface CodeProblem {
  benchmark: CodeBenchmark;
  language: SandboxLanguage;
  /** `HumanEval/10`, `mbpp/2`, `JavaScript/10`. */
  id: string;
  /** Code the model continues (HumanEval, HumanEval-X); empty for MBPP. */
  prompt: string;
  /** The function the tests call. */
  entryPoint: string;
  /** Run in order after the program, in the program's namespace. */
  tests: readonly TestSnippet[];
  /** The reference program, when known: run once to scale the time limit (EvalPlus). */
  reference?: string;
  /** Packages the problem needs that the sandbox does not have (HumanEval-X 162: js-md5): such problems are skipped. */
  missingDependencies: readonly string[];
}

/**
 * How a sample ended. `skipped` problems need something the sandbox lacks and should not be counted; everything
 * else except `passed` is a failed sample.
 */
export type CodeOutcome =
  | "passed"
  | "no-code"
  | "syntax-error"
  | "runtime-error"
  | "assertion-failed"
  | "wrong-result"
  | "exited-early"
  | "timeout"
  | "memory"
  | "output-limit"
  | "killed"
  | "skipped";

/** A code score: `reason` is the outcome; `detail` says how the run ended, coded (src/scoring/score-detail.ts). */
export interface CodeScore extends Score {
  reason: CodeOutcome;
  /** How the run ended; the checker's message (a failed assertion, an error) is kept as it is, as data. */
  detail?: CodeRunDetail;
  /** True for problems that cannot run here: leave them out of pass@k. */
  skipped?: boolean;
  /** completion: prompt + answer; chat: the answer's own function (plus the prompt's helpers). */
  style?: "completion" | "chat";
  /** The limit the run had (max(floor, factor × reference runtime)). */
  timeLimitMs?: number;
  /** The sandboxed run, for reports and debugging (its output is capped). */
  run?: SandboxResult;
}
