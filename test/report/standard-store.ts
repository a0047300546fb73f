import type { StoreSpec } from "./report-store.js";

/**
 * Three models on four suites. On `qa`, alpha passes 54 of 60 and beta 53 (a gap within noise) while gamma passes
 * 20 (a real gap) and loses its last item to a rate limit; `follow` is scored by IFEval; `code` draws 4 samples.
 * alpha and beta are priced, gamma is not and carries a note. Alpha and beta were judged pairwise on 10 items.
 */
export const STANDARD_STORE: StoreSpec = {
  models: [
    { id: "alpha", price: { input: 1, output: 2 } },
    { id: "beta", price: { input: 0.1, output: 0.2 } },
    { id: "gamma", note: "smoke-test model: its scores mean nothing" },
  ],
  suites: [
    { name: "qa", category: "nlu", items: 60 },
    { name: "math", category: "reasoning", items: 30 },
    { name: "follow", category: "instruction", items: 10 },
    { name: "code", category: "code", items: 10, samples: 4 },
  ],
  result(model, suite, i, sample) {
    const totalMs = 100 + i * 10 + (model === "gamma" ? 500 : 0);
    if (suite === "qa") {
      if (model === "gamma" && i === 59) return { status: "error", errorKind: "rate_limit", errorMessage: "429 Too Many Requests" };
      const passed = model === "alpha" ? i % 10 !== 0 : model === "beta" ? i % 10 !== 0 && i !== 1 : i % 3 === 0;
      return { passed, totalMs, reasoning: model === "alpha" ? `thinking about ${i}` : undefined };
    }
    if (suite === "math") return { passed: model === "gamma" ? i % 2 === 0 : i % 5 !== 0, totalMs };
    if (suite === "follow") {
      if (model === "gamma" && i === 0) return { status: "skipped", errorKind: "unsupported", errorMessage: "the model takes no image input" };
      const strict = model === "alpha" ? "11" : i % 2 === 0 ? "10" : "11";
      const extracted = JSON.stringify({ ids: ["a:one", "b:two"], strict, loose: "11" });
      const passed = strict === "11";
      return { passed, totalMs, scores: [{ scorer: "ifeval", isPrimary: true, value: passed ? 1 : 0, passed, extracted }] };
    }
    // code: alpha passes the first two of four samples on even items
    const passed = model === "alpha" ? i % 2 === 0 && sample < 2 : model === "beta" ? i % 2 === 0 && sample === 0 : false;
    return { passed, totalMs };
  },
  pairwise: Array.from({ length: 10 }, (_, i) => i).flatMap((i) =>
    (["a", "b"] as const).map((shownFirst) => ({
      suite: "qa",
      itemId: `qa-${String(i).padStart(3, "0")}`,
      modelA: "alpha",
      modelB: "beta",
      shownFirst,
      verdict: i < 7 ? ("a" as const) : i < 9 ? ("b" as const) : shownFirst,
      strong: i < 3,
    })),
  ),
};
