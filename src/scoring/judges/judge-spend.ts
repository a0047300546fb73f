import type { ModelCall } from "../types.js";

/** What a verdict cost in this run, over every request it took (an unreadable verdict is asked for again). */
export interface JudgeSpend {
  calls: number;
  /** Requests answered from the response cache: they cost nothing now and count no tokens. */
  cachedCalls: number;
  inputTokens: number;
  outputTokens: number;
  /** USD; null when the judge has no known price. */
  costUsd: number | null;
}

export function noSpend(): JudgeSpend {
  return { calls: 0, cachedCalls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 };
}

export function addSpend(spend: JudgeSpend, call: ModelCall): void {
  spend.calls++;
  if (call.fromCache) {
    spend.cachedCalls++;
    return;
  }
  spend.inputTokens += call.completion.usage.inputTokens;
  spend.outputTokens += call.completion.usage.outputTokens;
  spend.costUsd = spend.costUsd === null || call.costUsd === null ? null : spend.costUsd + call.costUsd;
}

/**
 * Where a scorer module's score keeps what the judges it asked through `context.callModel` cost (`[{judge, spend}]`
 * in its evidence, beside the module's own keys), so the report counts judging a module did as it counts a rubric's.
 */
export const MODULE_JUDGING_KEY = "kurabe:judging";
