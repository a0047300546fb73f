import { z } from "zod";
import { KurabeError } from "../../errors.js";
import type { ContextScorer, ModelCall, Score, ScorerDefinition } from "../types.js";
import { addSpend, MODULE_JUDGING_KEY, noSpend, type JudgeSpend } from "../judges/judge-spend.js";
import { scorerTimeoutMs } from "../scorer-timeout.js";
import { loadScorerModule } from "./load-scorer-module.js";
import type { ScorerResult } from "./scorer-contract.js";
import { ScorerDeadline } from "./scorer-deadline.js";

const options = z
  .object({
    /** The module's file (.ts, .mts, .js, .mjs, .cjs); relative to kurabe.yaml. */
    path: z.string().min(1),
    /** Handed to the module as `context.options`. */
    options: z.record(z.string(), z.unknown()).default({}),
    /** How long the module's own code may take for one answer (time waiting on a judge not counted); past it the answer is left unscored. */
    timeoutMs: scorerTimeoutMs,
  })
  .strict();

/**
 * The user's own scorer: a module whose default export scores one answer (see scorer-contract.ts). It may call a judge
 * through the run's lanes, so it is a context scorer. A module that throws or returns no score in [0, 1] fails that
 * answer's scoring as an infrastructure error (code "scorer"): the answer stays unscored, never scored 0. So does one
 * that has not settled after `timeoutMs` (see scorer-deadline.ts): the run goes on without it.
 */
export const moduleScorer: ScorerDefinition<typeof options, ContextScorer, Promise<ContextScorer>> = {
  name: "module",
  description: "your own scorer: a JavaScript or TypeScript module's default export (answer, item, context) → score in [0, 1]",
  options,
  usesContext: true,
  async create({ path, options: userOptions, timeoutMs }, location = {}) {
    const scorer = await loadScorerModule(path, location);
    const timedOut = () =>
      new KurabeError("scorer", `scorer module ${path}: took longer than ${timeoutMs} ms (timeoutMs): its context.signal was aborted`);
    return async (item, response, context) => {
      const deadline = new ScorerDeadline(timeoutMs, timedOut, context.signal);
      const judging = new Map<string, JudgeSpend>();
      const callModel = async (modelId: string, request: Parameters<typeof context.callModel>[1]): Promise<ModelCall> => {
        const call = await context.callModel(modelId, request);
        if (!judging.has(modelId)) judging.set(modelId, noSpend());
        addSpend(judging.get(modelId)!, call);
        return call;
      };
      let returned: unknown;
      try {
        const scoring = scorer({ text: response.text, ...(response.reasoning ? { reasoning: response.reasoning } : {}) }, item, {
          options: userOptions,
          signal: deadline.signal,
          callModel: (modelId, request) => deadline.excluding(() => callModel(modelId, { ...request, params: request.params ?? {} })),
        });
        returned = await Promise.race([scoring, deadline.expired]);
      } catch (error) {
        // A judge's outage stays a judge's outage (retried on resume like any other); a timeout says so as it is.
        if (error instanceof KurabeError && (error.code === "provider" || deadline.signal.reason === error)) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new KurabeError("scorer", `scorer module ${path} threw: ${reason}`, {}, { cause: error });
      } finally {
        deadline.end();
      }
      const score = scoreFrom(returned, `scorer module ${path}`);
      if (judging.size === 0) return score;
      const spent = [...judging].map(([judge, spend]) => ({ judge, spend }));
      return { ...score, evidence: { ...score.evidence, [MODULE_JUDGING_KEY]: spent } };
    };
  },
};

/** A user's scorer's return value as a Score: a number, or {score, passed?, detail?, extracted?, evidence?}. */
export function scoreFrom(returned: unknown, scorer: string): Score {
  const result: Partial<ScorerResult> = typeof returned === "number" ? { score: returned } : isObject(returned) ? returned : {};
  const { score, passed, detail, extracted, evidence } = result;
  if (typeof score !== "number" || !Number.isFinite(score) || score < 0 || score > 1) {
    throw new KurabeError("scorer", `${scorer} returned ${describe(returned)}; expected a score in [0, 1] (a number or {score, evidence})`);
  }
  return {
    value: score,
    passed: typeof passed === "boolean" ? passed : score >= 0.5,
    ...(typeof detail === "string" ? { detail } : {}),
    ...(typeof extracted === "string" ? { extracted } : {}),
    ...(isObject(evidence) ? { evidence } : {}),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
