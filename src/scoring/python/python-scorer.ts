import { z } from "zod";
import { ConfigError } from "../../errors.js";
import { scoreFrom } from "../module/module-scorer.js";
import { scorerTimeoutMs } from "../scorer-timeout.js";
import type { ContextScorer, ScorerDefinition } from "../types.js";
import { userCodeGeneration } from "../../user-code/user-code-generation.js";
import { PythonProcess } from "./python-process.js";

const options = z
  .object({
    /** The Python file; relative to kurabe.yaml. */
    path: z.string().min(1),
    /** The function that scores one answer: `def score(answer, item, options)`. */
    function: z.string().regex(/^[A-Za-z_]\w*$/, "a Python function name").default("score"),
    /** Handed to the function as its third argument. */
    options: z.record(z.string(), z.unknown()).default({}),
    /** The interpreter (with your packages): default `python3` on PATH. */
    python: z.string().min(1).default("python3"),
    /** How long one answer may take; past it the answer is left unscored and a fresh interpreter takes the next. */
    timeoutMs: scorerTimeoutMs,
  })
  .strict();

/**
 * One interpreter per file and function, however many suites or items name it, for one generation of the user's code
 * (user-code-generation.ts): the next run starts a fresh one, so an edited file — or a module it imports, which Python
 * would otherwise keep — counts; the old one ends once it owes nothing.
 */
const interpreters = new Map<string, { interpreter: PythonProcess; generation: number }>();

/**
 * The user's own scorer in Python: one interpreter per scorer spec, started when the suite is prepared and fed one JSON
 * line per answer (see python-process.ts), so data scientists reuse their checks at no per-answer start-up cost. A file
 * that does not load or lacks the function stops the run before it starts (exit 2); one that raises, prints instead of
 * returning, dies, or returns no score in [0, 1] leaves that answer unscored (error kind "scorer"), never scored.
 */
export const pythonScorer: ScorerDefinition<typeof options, ContextScorer, Promise<ContextScorer>> = {
  name: "python",
  description: "your own scorer in Python: def score(answer, item, options) → score in [0, 1], one interpreter per suite",
  options,
  usesContext: true,
  async create({ path, function: name, options: userOptions, python, timeoutMs }, location = {}) {
    const key = JSON.stringify([python, path, name, timeoutMs]);
    const generation = userCodeGeneration();
    let kept = interpreters.get(key);
    if (kept?.generation !== generation) {
      kept?.interpreter.retire();
      kept = { interpreter: new PythonProcess(python, path, name, timeoutMs), generation };
      interpreters.set(key, kept);
    }
    const { interpreter } = kept;
    try {
      await interpreter.start();
    } catch (error) {
      throw new ConfigError(`python scorer: ${(error as Error).message}`, location, { cause: error });
    }
    return async (item, response) => {
      const answer = { text: response.text, ...(response.reasoning ? { reasoning: response.reasoning } : {}) };
      const returned = await interpreter.call({ answer, item, options: userOptions });
      return scoreFrom(returned, `python scorer ${path}`);
    };
  },
};
