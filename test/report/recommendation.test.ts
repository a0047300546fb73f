import { describe, expect, it } from "vitest";
import { recommend, type RecommendationInput } from "../../src/report/model/recommendation.js";
import type { BreakEvenPair, ModelOverview, ReportComparison, ReportEntry } from "../../src/report/model/report-types.js";

interface Spec {
  model: string;
  score: number;
  /** USD per correct answer; null: no price. */
  costPerCorrect: number | null;
  p50: number;
}

function entry(suite: string, spec: Spec): ReportEntry {
  const n = 100;
  const correct = Math.round(spec.score * n);
  return {
    modelId: spec.model, suite, category: "domain", score: spec.score, interval: null, n, planned: n, errors: 0, skipped: 0, correct, cached: 0,
    latencyP50Ms: spec.p50, latencyP95Ms: null, ttftP50Ms: null, outputTokensPerSecond: null, inputTokens: 1000, outputTokens: 500,
    costUsd: spec.costPerCorrect === null ? null : spec.costPerCorrect * correct,
    costPerCorrectUsd: spec.costPerCorrect, passAtK: null, secondary: null, ifeval: null,
  };
}

function comparison(suite: string, modelA: string, modelB: string, estimate: number, pValue: number): ReportComparison {
  return {
    suite, modelA, modelB, n: 100, difference: { estimate, low: estimate - 0.05, high: estimate + 0.05, level: 0.95 }, pValue,
    method: "mcnemar-exact", withinNoise: pValue >= 0.05, itemsNeeded: pValue >= 0.05 ? 2400 : 300,
  };
}

function overview(specs: Spec[]): ModelOverview[] {
  return specs.map((s) => ({
    modelId: s.model, quality: s.score, suitesScored: 1, categoryScores: {}, costPer1kAnswersUsd: s.costPerCorrect === null ? null : s.costPerCorrect * s.score * 1000,
    paretoOptimal: false, latency: { n: 100, p5: s.p50, p25: s.p50, p50: s.p50, p75: s.p50, p95: s.p50 },
  }));
}

function input(specs: Spec[], comparisons: ReportComparison[], pairs: BreakEvenPair[] = []): RecommendationInput {
  return {
    suites: [{ name: "support-answers", category: "domain", itemCount: 100, samples: 1 }],
    entries: specs.map((s) => entry("support-answers", s)),
    overview: overview(specs),
    comparisons,
    breakEven: pairs.length === 0 ? null : { volumeUnit: "tokens / month", options: [], points: [], pairs },
  };
}

const big: Spec = { model: "gpt-4o", score: 0.9, costPerCorrect: 0.016, p50: 900 };
const mini: Spec = { model: "gpt-4o-mini", score: 0.888, costPerCorrect: 0.001, p50: 400 };
const worse: Spec = { model: "old-model", score: 0.85, costPerCorrect: 0.02, p50: 1200 };

describe("the recommendation", () => {
  it("leaves a dominated model out of the Pareto set and names it", () => {
    const rec = recommend(input([big, mini, worse], [comparison("support-answers", "gpt-4o", "gpt-4o-mini", 0.012, 0.61)]));
    const suite = rec.suites[0]!;
    expect(suite.pareto).toEqual(["gpt-4o", "gpt-4o-mini"]);
    expect(suite.candidates.find((c) => c.modelId === "old-model")!.paretoOptimal).toBe(false);
    expect(suite.verdict.en).toContain("Dominated (another model is at least as good, as cheap and as fast): old-model.");
    expect(suite.verdict.ja).toContain("品質・費用・速度のすべてで他のモデル以下：old-model。");
    expect(suite.costBasis).toBe("correct");
  });

  it("chooses the cheaper model when the gap is within noise, and says so in English and Japanese", () => {
    const rec = recommend(input([big, mini], [comparison("support-answers", "gpt-4o", "gpt-4o-mini", 0.012, 0.61)]));
    const suite = rec.suites[0]!;
    expect(suite).toMatchObject({ best: "gpt-4o", choice: "gpt-4o-mini" });
    expect(suite.verdict.en).toBe(
      "gpt-4o-mini scores within noise of gpt-4o on support-answers (−1.2 pt, within noise, p = 0.610; about 2,400 items would tell them apart) at 1/16 of the cost; choose gpt-4o-mini.",
    );
    expect(suite.verdict.ja).toBe(
      "support-answers で gpt-4o-mini のスコアは gpt-4o と誤差の範囲（−1.2 pt、誤差の範囲、p = 0.610。区別するには約 2,400 問が必要）で、費用は 1/16。gpt-4o-mini を選んでください。",
    );
    expect(suite.gaps[0]).toMatchObject({ modelId: "gpt-4o", versus: "gpt-4o-mini", pValue: 0.61, withinNoise: true });
    expect(suite.gaps[0]!.difference).toBeCloseTo(0.012, 12);
    expect(suite.gaps[0]!.costRatio).toBeCloseTo(16, 9);
  });

  it("keeps the best model when the cheaper one is significantly worse, naming the trade-off", () => {
    const cheap: Spec = { model: "gpt-4o-mini", score: 0.8, costPerCorrect: 0.001, p50: 400 };
    const rec = recommend(input([big, cheap], [comparison("support-answers", "gpt-4o", "gpt-4o-mini", 0.1, 0.0004)]));
    const suite = rec.suites[0]!;
    expect(suite.choice).toBe("gpt-4o");
    expect(suite.verdict.en).toBe(
      "gpt-4o scores highest on support-answers; choose gpt-4o. gpt-4o-mini is 10.0 pt lower (significant, p < 0.001), at 1/16 of the cost, faster (p50 400 ms vs 900 ms).",
    );
    expect(suite.verdict.ja).toContain("gpt-4o-mini は 10.0 pt 低い（有意、p < 0.001）");
  });

  it("says above which monthly volume a self-hosted model is cheaper than the chosen API model", () => {
    const llama: Spec = { model: "llama-3-8b", score: 0.81, costPerCorrect: null, p50: 700 };
    const pair: BreakEvenPair = {
      apiModel: "gpt-4o", hostedModel: "llama-3-8b", apiOption: "gpt-4o (API)", hostedOption: "llama-3-8b (self-hosted)", apiUsdPerMillion: 5,
      replicaMonthlyUsd: 321.2, replicaMonthlyTokens: 1e8, breakEvenMonthlyTokens: 3.2e6, selfHostedCheaperFrom: 3.2e6,
    };
    const rec = recommend(input([big, llama], [comparison("support-answers", "gpt-4o", "llama-3-8b", 0.09, 0.002)], [pair]));
    const suite = rec.suites[0]!;
    expect(suite.pareto).toEqual(["gpt-4o", "llama-3-8b"]);
    expect(suite.verdict.en).toContain(
      "llama-3-8b is 9.0 pt lower (significant, p = 0.002) but cheaper to run on your own GPU than gpt-4o above 3.2M tokens/month.",
    );
    expect(suite.verdict.ja).toContain("月 320万 トークンを超えると gpt-4o より自前の GPU で動かすほうが安くなります。");
  });

  it("recommends over the whole run from the overview, counting the suites where a gap is significant", () => {
    const rec = recommend(input([big, mini], [comparison("support-answers", "gpt-4o", "gpt-4o-mini", 0.012, 0.61)]));
    expect(rec.overall.suite).toBeNull();
    expect(rec.overall.choice).toBe("gpt-4o-mini");
    expect(rec.overall.verdict.en).toContain("across all suites (−1.2 pt, within noise on every suite)");
    expect(rec.overall.verdict.ja).toContain("全スイートで誤差の範囲");
  });

  it("is deterministic and handles a suite nobody scored", () => {
    const a = recommend(input([big, mini, worse], [comparison("support-answers", "gpt-4o", "gpt-4o-mini", 0.012, 0.61)]));
    const b = recommend(input([big, mini, worse], [comparison("support-answers", "gpt-4o", "gpt-4o-mini", 0.012, 0.61)]));
    expect(b).toEqual(a);
    const empty = recommend({ ...input([], []), overview: [] });
    expect(empty.suites[0]!.verdict.en).toBe("No model was scored on support-answers.");
    expect(empty.overall.choice).toBeNull();
  });
});
