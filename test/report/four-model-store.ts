import type { StoreSpec } from "./report-store.js";

/**
 * The decision-maker's fixture of issue 9: gpt-4o and gpt-4o-mini priced from the catalog, llama-3-70b-instruct and
 * llama-3-8b-instruct self-hosted (`hosting:`), on mmlu, jcommonsenseqa, gsm8k, ifeval and a 12-item Japanese FAQ
 * suite. Pass rates are fixed per model and suite and spread over items by a fixed pattern; a quarter of gpt-4o's
 * mmlu answers came from the cache (priced, timed by the call that fetched them).
 */
const RATES: Record<string, Record<string, number>> = {
  "gpt-4o": { mmlu: 0.86, jcommonsenseqa: 0.9, gsm8k: 0.93, ifeval: 0.8, "support-ja": 0.9 },
  "gpt-4o-mini": { mmlu: 0.8, jcommonsenseqa: 0.84, gsm8k: 0.88, ifeval: 0.78, "support-ja": 0.7 },
  "llama-3-70b-instruct": { mmlu: 0.8, jcommonsenseqa: 0.7, gsm8k: 0.85, ifeval: 0.77, "support-ja": 0.5 },
  "llama-3-8b-instruct": { mmlu: 0.66, jcommonsenseqa: 0.5, gsm8k: 0.6, ifeval: 0.6, "support-ja": 0.27 },
};
const LATENCY: Record<string, number> = { "gpt-4o": 900, "gpt-4o-mini": 420, "llama-3-70b-instruct": 1300, "llama-3-8b-instruct": 380 };

/** Item i passes when its place in a fixed shuffle falls under the rate: models share hard items, as real ones do. */
const passes = (model: string, suite: string, i: number, items: number) => ((i * 7 + suite.length) % items) / items < RATES[model]![suite]!;

export const FOUR_MODEL_STORE: StoreSpec = {
  runId: "20261203-090000-four",
  description: "gpt-4o / gpt-4o-mini / llama-3 (self-hosted) on five suites",
  models: [
    { id: "gpt-4o", price: { input: 2.5, output: 10 } },
    { id: "gpt-4o-mini", price: { input: 0.15, output: 0.6 } },
    { id: "llama-3-70b-instruct", hosting: { gpu: "h100", gpus: 2, utilisation: 0.6, outputTokensPerSecond: 1800 } },
    { id: "llama-3-8b-instruct", hosting: { gpu: "l4", gpus: 1, utilisation: 0.6, outputTokensPerSecond: 900 } },
  ],
  suites: [
    { name: "mmlu", category: "nlu", items: 60 },
    { name: "jcommonsenseqa", category: "nlu", items: 60 },
    { name: "gsm8k", category: "reasoning", items: 40 },
    { name: "ifeval", category: "instruction", items: 30 },
    { name: "support-ja", category: "domain", items: 12, input: (i) => `よくある質問 ${i + 1}：返品の手続きは？` },
  ],
  result(model, suite, i) {
    const items = { mmlu: 60, jcommonsenseqa: 60, gsm8k: 40, ifeval: 30, "support-ja": 12 }[suite]!;
    const totalMs = LATENCY[model]! * (0.7 + ((i * 13) % 10) / 15);
    const fromCache = model === "gpt-4o" && suite === "mmlu" && i % 4 === 0;
    return {
      passed: passes(model, suite, i, items),
      totalMs,
      ttftMs: totalMs / 5,
      inputTokens: 300 + ((i * 17) % 100),
      outputTokens: suite === "gsm8k" ? 220 : 60,
      ...(fromCache ? { fromCache: true, costUsd: 0 } : {}),
    };
  },
};

/**
 * A later run of the same fixture where gpt-4o-mini answers every other mmlu item the other way: a significant change
 * for the runs list and the compare page.
 */
export const FOUR_MODEL_LATER_STORE: StoreSpec = {
  ...FOUR_MODEL_STORE,
  runId: "20261204-090000-four-later",
  result: (model, suite, i, sample) => {
    const result = FOUR_MODEL_STORE.result(model, suite, i, sample)!;
    return model === "gpt-4o-mini" && suite === "mmlu" && i % 2 === 0 ? { ...result, passed: !(result.passed ?? true) } : result;
  },
};
