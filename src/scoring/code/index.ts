/** Code-execution scoring for HumanEval, HumanEval-X JavaScript and MBPP: extract, assemble, run, judge. */
export { candidateProgram, type CandidateProgram } from "./candidate-program.js";
export { extractCode, fencedBlocks, type ExtractedCode } from "./extract-code.js";
export { codeProblemFromRecord, type ProblemOptions } from "./problems.js";
export { codeProblemFromItem, problemTimeLimit, scoreCodeSample, type CodeScoringOptions } from "./score-code-sample.js";
export { DEFAULT_TIME_LIMIT, scaledTimeLimit, type TimeLimitPolicy } from "./time-limit.js";
export type { CodeBenchmark, CodeOutcome, CodeProblem, CodeScore } from "./types.js";
