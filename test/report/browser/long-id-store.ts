import type { StoreSpec } from "../report-store.js";

/**
 * The four models under the long ids real deployments carry (a dated snapshot, a quantised build): each must stay on
 * one line at both widths. "gpt-4o" is kept, a prefix of another id.
 */
export const LONG_IDS: Record<string, string> = {
  "gpt-4o": "gpt-4o",
  "gpt-4o-mini": "gpt-4o-mini-2024-07-18",
  "llama-3-70b-instruct": "llama-3.1-70b-instruct-q4_k_m",
  "llama-3-8b-instruct": "llama-3.1-8b-instruct-q4_k_m",
};
const SHORT_IDS = new Map(Object.entries(LONG_IDS).map(([short, long]) => [long, short]));

/** The fixture with its models renamed to LONG_IDS, results and verdicts unchanged. */
export function withLongIds(spec: StoreSpec): StoreSpec {
  return {
    ...spec,
    models: spec.models.map((model) => ({ ...model, id: LONG_IDS[model.id]! })),
    result: (model, suite, i, sample) => spec.result(SHORT_IDS.get(model)!, suite, i, sample),
    pairwise: spec.pairwise?.map((verdict) => ({ ...verdict, modelA: LONG_IDS[verdict.modelA]!, modelB: LONG_IDS[verdict.modelB]! })),
  };
}
