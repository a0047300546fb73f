import { z } from "zod";
import { codeProblemFromItem, scoreCodeSample } from "./code/score-code-sample.js";
import type { ContextScorer, ScorerDefinition } from "./types.js";

/** Output kept with each score: the end of a stream says why a program failed; the rest would bloat the store. */
const KEPT_OUTPUT_CHARS = 2000;
const tail = (text: string) => (text.length > KEPT_OUTPUT_CHARS ? `…${text.slice(-KEPT_OUTPUT_CHARS)}` : text);

const options = z
  .object({
    /** The record layout of the items: which tests to run and how. */
    benchmark: z.enum(["humaneval", "mbpp", "humaneval-x-js"]),
    /** completion: the answer continues the prompt; chat: it is a whole function; auto decides per answer. */
    style: z.enum(["auto", "completion", "chat"]).default("auto"),
    /** Floor of the time limit scaled from the reference solution's runtime (EvalPlus: 4 s). */
    timeFloorMs: z.number().int().positive().optional(),
    /** Multiple of the reference runtime (EvalPlus: 4). */
    timeFactor: z.number().positive().optional(),
  })
  .strict();

/**
 * Executes the answer's code against the problem's tests in the bubblewrap sandbox: 1 when every test passes. The
 * executed program and how it ended (assertion failed, timeout, memory, …) are kept with the score.
 */
export const codeScorer: ScorerDefinition<typeof options, ContextScorer> = {
  name: "code",
  description: "runs the answer's code against the benchmark's tests in a sandbox (HumanEval, HumanEval-X JS, MBPP)",
  options,
  usesContext: true,
  create({ benchmark, style, timeFloorMs, timeFactor }) {
    return async (item, response, context) => {
      const problem = codeProblemFromItem(benchmark, item);
      const score = await scoreCodeSample(problem, response.text, {
        style,
        signal: context.signal,
        ...(context.unsafeNoSandbox ? { unsafeNoSandbox: true } : {}),
        ...(timeFloorMs === undefined ? {} : { timeFloorMs }),
        ...(timeFactor === undefined ? {} : { timeFactor }),
      });
      const { run, reason, style: usedStyle, timeLimitMs, skipped: _skipped, ...rest } = score;
      return {
        ...rest,
        evidence: {
          outcome: reason,
          style: usedStyle,
          timeLimitMs,
          ...(run
            ? {
                status: run.status,
                exitCode: run.exitCode,
                durationMs: run.durationMs,
                sandboxed: run.sandboxed,
                stdout: tail(run.stdout),
                stderr: tail(run.stderr),
              }
            : {}),
        },
      };
    };
  },
};
