import { describe, expect, it } from "vitest";
import { recommend, type RecommendationInput } from "../../src/report/model/recommendation.js";
import type { BreakEvenPair, ModelOverview, ReportComparison, ReportEntry } from "../../src/report/model/report-types.js";

interface Spec {
  model: string;
  score: number;
  /** USD per answer; null: unpriced. */
  costPerAnswer: number | null;
  p50: number;
}

function entry(suite: string, spec: Spec): ReportEntry {
  const n = 100;
  const correct = Math.round(spec.score * n);
  const costUsd = spec.costPerAnswer === null ? null : spec.costPerAnswer * n;
  return {
    modelId: spec.model, suite, category: "domain", score: spec.score, interval: { estimate: spec.score, low: spec.score - 0.05, high: spec.score + 0.04, level: 0.95 },
    n, planned: n, errors: 0, skipped: 0, correct, cached: 0, latencyP50Ms: spec.p50, latencyP95Ms: null, ttftP50Ms: null, outputTokensPerSecond: null,
    inputTokens: 1000, outputTokens: 500, costUsd, costPerAnswerUsd: spec.costPerAnswer, cacheSavingsUsd: costUsd === null ? null : 0,
    costPerCorrectUsd: costUsd === null ? null : costUsd / correct, passAtK: null, secondary: null, ifeval: null,
  };
}

/** a − b with the given interval; `more` items still needed to detect 5 points. */
function comparison(suite: string, modelA: string, modelB: string, estimate: number, low: number, high: number, more = 0): ReportComparison {
  const significant = low > 0 || high < 0;
  return {
    suite, modelA, modelB, n: 100, difference: { estimate, low, high, level: 0.95 }, pValue: significant ? 0.004 : 0.61, method: "paired-bootstrap",
    withinNoise: !significant, detectableGap: 0.04, moreItemsForMargin: more, margin: 0.05,
  };
}

function overview(specs: Spec[]): ModelOverview[] {
  return specs.map((s) => ({
    modelId: s.model, quality: s.score, interval: entry("support-ja", s).interval, suitesScored: 1, categoryScores: {}, costPer1kAnswersUsd: s.costPerAnswer === null ? null : s.costPerAnswer * 1000,
    paretoOptimal: false, latency: { n: 100, p5: s.p50, p25: s.p50, p50: s.p50, p75: s.p50, p95: s.p50 },
  }));
}

function input(specs: Spec[], comparisons: ReportComparison[], pairs: BreakEvenPair[] = []): RecommendationInput {
  return {
    suites: [{ name: "support-ja", category: "domain", itemCount: 100, samples: 1 }],
    entries: specs.map((s) => entry("support-ja", s)),
    overview: overview(specs),
    comparisons,
    overallComparisons: comparisons,
    breakEven: pairs.length === 0 ? null : { volumeUnit: "tokens / month", options: [], points: [], pairs },
  };
}

const big: Spec = { model: "gpt-4o", score: 0.9, costPerAnswer: 0.004, p50: 900 };
const mini: Spec = { model: "gpt-4o-mini", score: 0.888, costPerAnswer: 0.00025, p50: 400 };

describe("the recommendation's words", () => {
  it("chooses the cheaper model when it is not significantly worse and the items suffice, saying what is given up", () => {
    const rec = recommend(input([big, mini], [comparison("support-ja", "gpt-4o", "gpt-4o-mini", 0.012, -0.01, 0.03)]));
    const suite = rec.suites[0]!;
    expect(suite).toMatchObject({ leader: "gpt-4o", choice: "gpt-4o-mini" });
    expect(suite.verdict.en).toBe(
      "Choose gpt-4o-mini on support-ja: 88.8% (83.8–92.8%), $0.25 per 1,000 answers, p50 400 ms. " +
        "Against gpt-4o, the top scorer, it gives up −1.2 pt (−3.0 … +1.0 pt, not significant); there are enough items to detect a 5-point gap; at 1/16 of the cost, p50 400 ms vs 900 ms.",
    );
    expect(suite.verdict.ja).toBe(
      "support-ja では gpt-4o-mini を選んでください：88.8%（83.8–92.8%）、1,000 回答あたり $0.25、p50 400 ms。" +
        "最高スコアの gpt-4o と比べて −1.2 pt（−3.0 … +1.0 pt、有意差なし）。5 ポイントの差を検出できるだけの問題数があります。費用は 1/16、p50 400 ms（比較先 900 ms）。",
    );
  });

  it("keeps the leader when the cheaper model is 20 points lower on too few items, and says how many more are needed", () => {
    const faqMini: Spec = { ...mini, score: 0.696 };
    const rec = recommend(input([big, faqMini], [comparison("support-ja", "gpt-4o", "gpt-4o-mini", 0.204, -0.02, 0.45, 640)]));
    const suite = rec.suites[0]!;
    expect(suite.choice).toBe("gpt-4o");
    expect(suite.verdict.en).toContain("gpt-4o-mini is −20.4 pt (−45.0 … +2.0 pt, not significant)");
    expect(suite.verdict.en).toContain("not enough items to tell whether it is within 5 points: about 640 more needed; until then, gpt-4o.");
    expect(suite.verdict.ja).toContain("あと約 640 問必要です。それまでは gpt-4o を推奨します。");
    expect(suite.verdict.ja).not.toContain("gpt-4o-mini を選んでください");
  });

  it("never recommends a significantly worse model, however cheap", () => {
    const rec = recommend(input([big, { ...mini, score: 0.8 }], [comparison("support-ja", "gpt-4o", "gpt-4o-mini", 0.1, 0.06, 0.14)]));
    expect(rec.suites[0]!.choice).toBe("gpt-4o");
    // "Significant" once: the status says it, the gap is given without a second tag.
    expect(rec.suites[0]!.verdict.en).toContain("Not gpt-4o-mini: significantly worse than the top scorer, −10.0 pt (−14.0 … −6.0 pt); at 1/16 of the cost");
    expect(rec.suites[0]!.verdict.ja).toContain("gpt-4o-mini は推奨しません：最高スコアのモデルより −10.0 pt（−14.0 … −6.0 pt）と有意に低く、費用は 1/16");
    for (const language of ["en", "ja"] as const) {
      expect(rec.suites[0]!.verdict[language].match(language === "en" ? /significant/g : /有意/g)).toHaveLength(1);
    }
  });

  it("says from which monthly volume self-hosting is cheaper, in the break-even's numbers and units", () => {
    const llama: Spec = { model: "llama-3-8b", score: 0.81, costPerAnswer: 0.0001, p50: 700 };
    const pair: BreakEvenPair = {
      apiModel: "gpt-4o", hostedModel: "llama-3-8b", apiOption: "gpt-4o (API)", hostedOption: "llama-3-8b (self-hosted)", apiUsdPerMillion: 5,
      replicaMonthlyUsd: 321.2, replicaMonthlyTokens: 1e8, breakEvenMonthlyTokens: 5e8, selfHostedCheaperFrom: 5e8,
    };
    const rec = recommend(input([big, llama], [comparison("support-ja", "gpt-4o", "llama-3-8b", 0.09, 0.05, 0.13)], [pair]));
    expect(rec.suites[0]!.verdict.en).toContain("Self-hosting llama-3-8b costs less than gpt-4o from 500M tokens a month on");
    expect(rec.suites[0]!.verdict.ja).toContain("月 5億 トークン以上では、llama-3-8b の自前運用が gpt-4o より安くなります");
  });

  it("applies the same rule over the whole run", () => {
    const rec = recommend(input([big, mini], [comparison("support-ja", "gpt-4o", "gpt-4o-mini", 0.012, -0.01, 0.03)]));
    expect(rec.overall.suite).toBeNull();
    expect(rec.overall.choice).toBe(rec.suites[0]!.choice);
    expect(rec.overall.verdict.en).toContain("Choose gpt-4o-mini across all suites");
  });

  it("names every model tied on the top score and why the one chosen leads", () => {
    const plainRag: Spec = { model: "plain-rag", score: 1, costPerAnswer: 0.0006, p50: 101 };
    const tunedRag: Spec = { ...plainRag, model: "tuned-rag" };
    const plain: Spec = { ...plainRag, model: "plain", score: 0 };
    const rec = recommend(input([tunedRag, plain, plainRag], [comparison("support-ja", "plain-rag", "tuned-rag", 0, 0, 0)]));
    const suite = rec.suites[0]!;
    expect(suite).toMatchObject({ leader: "plain-rag", choice: "plain-rag", tied: ["tuned-rag"], tieBreak: "id" });
    expect(suite.verdict.en).toBe(
      "Choose plain-rag on support-ja: 100.0% (95.0–104.0%), $0.60 per 1,000 answers, p50 101 ms. " +
        "plain-rag and tuned-rag tie at 100.0%; at the same cost and p50 latency either will do (plain-rag comes first by name). " +
        "Dominated (another model is at least as good, as cheap and as fast): plain.",
    );
    expect(suite.verdict.ja).toContain("plain-rag と tuned-rag は 100.0% で同点です。費用も p50 レイテンシも同じなので、どれを選んでも構いません（名前順で plain-rag が先）。");
    const cheaper = recommend(input([{ ...tunedRag, costPerAnswer: 0.0009 }, plainRag], []));
    expect(cheaper.suites[0]!.verdict.en).toContain("plain-rag and tuned-rag tie at 100.0%; plain-rag is the cheapest per answer of them.");
  });

  it("is deterministic and handles a suite nobody scored", () => {
    const a = recommend(input([big, mini], [comparison("support-ja", "gpt-4o", "gpt-4o-mini", 0.012, -0.01, 0.03)]));
    const b = recommend(input([big, mini], [comparison("support-ja", "gpt-4o", "gpt-4o-mini", 0.012, -0.01, 0.03)]));
    expect(b).toEqual(a);
    const empty = recommend({ ...input([], []), overview: [] });
    expect(empty.suites[0]!.verdict.en).toBe("No model was scored on support-ja.");
    expect(empty.overall.choice).toBeNull();
  });
});
