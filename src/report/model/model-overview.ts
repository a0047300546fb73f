import { overallScoreInterval } from "../../analysis/decision/decision-statistics.js";
import type { StatisticsMemo } from "../../analysis/decision/statistics-memo.js";
import { quantile } from "../../analysis/stats/quantile.js";
import type { CollectedScores } from "./assemble-report.js";
import type { LatencySummary, ModelOverview, ReportEntry } from "./report-types.js";

/**
 * Each model over the whole run: quality per category and overall, cost per answer, latency spread. Pareto membership
 * is the recommendation's (one rule over score, cost per answer and p50 latency), filled in by assembleReport.
 */
export function overviewModels(
  models: readonly string[],
  categories: readonly string[],
  entries: readonly ReportEntry[],
  scores: CollectedScores,
  seed: number,
  memo?: StatisticsMemo,
): ModelOverview[] {
  const overview = models.map((modelId): ModelOverview => {
    const own = entries.filter((entry) => entry.modelId === modelId);
    const scored = own.filter((entry) => entry.score !== null);
    const quality = overallQuality(own);
    const categoryScores: Record<string, number | null> = {};
    for (const category of categories) categoryScores[category] = mean(scored.filter((e) => e.category === category).map((e) => e.score!));
    const answered = own.reduce((sum, e) => sum + e.n, 0);
    const priced = own.every((entry) => entry.costUsd !== null);
    const spent = own.reduce((sum, e) => sum + (e.costUsd ?? 0), 0);
    return {
      modelId,
      quality,
      interval: overallScoreInterval(scored.map((e) => ({ suite: e.suite, scores: scores.itemScores(modelId, e.suite) })), modelId, seed, memo),
      suitesScored: scored.length,
      categoryScores,
      costPer1kAnswersUsd: priced && answered > 0 ? (spent / answered) * 1000 : null,
      paretoOptimal: false,
      latency: summarizeLatency(scores.latenciesOf(modelId)),
    };
  });
  return overview;
}

/** A model's overall score: the mean of its suite scores, each suite weighing the same; null with none scored. */
export function overallQuality(entries: ReadonlyArray<{ score: number | null }>): number | null {
  return mean(entries.flatMap((entry) => (entry.score === null ? [] : [entry.score])));
}

function summarizeLatency(values: number[]): LatencySummary | null {
  if (values.length === 0) return null;
  const at = (q: number) => quantile(values, q)!;
  return { n: values.length, p5: at(0.05), p25: at(0.25), p50: at(0.5), p75: at(0.75), p95: at(0.95) };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}
