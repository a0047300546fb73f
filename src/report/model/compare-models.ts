import { comparePair } from "../../analysis/decision/decision-statistics.js";
import type { PairedDifference } from "../../analysis/decision/paired-difference.js";
import type { StatisticsMemo } from "../../analysis/decision/statistics-memo.js";
import { seedFor } from "../../analysis/decision/stat-settings.js";
import { bradleyTerry, consolidateOrders } from "../../analysis/stats/index.js";
import type { Leaderboard } from "../leaderboard.js";
import type { CollectedScores } from "./assemble-report.js";
import type { StoredVerdict } from "./report-queries.js";
import type { ReportComparison, ReportRatings } from "./report-types.js";

/** Every pair of models on each suite (in config order, a before b), compared on the items both answered. */
export function compareModels(board: Leaderboard, scores: CollectedScores, options: { seed: number; memo?: StatisticsMemo | undefined }): ReportComparison[] {
  const comparisons: ReportComparison[] = [];
  for (const suite of board.suites) {
    board.models.forEach((a, i) => {
      for (const b of board.models.slice(i + 1)) {
        const stratum = { suite: suite.name, a: scores.itemScores(a.modelId, suite.name), b: scores.itemScores(b.modelId, suite.name) };
        const result = comparePair([stratum], { a: a.modelId, b: b.modelId }, { baseSeed: options.seed, memo: options.memo });
        comparisons.push(toReportComparison(suite.name, a.modelId, b.modelId, result));
      }
    });
  }
  return comparisons;
}

/** Every pair over all suites at once, each suite a stratum weighing the same (as the overall score does). */
export function compareModelsOverall(board: Leaderboard, scores: CollectedScores, options: { seed: number; memo?: StatisticsMemo | undefined }): ReportComparison[] {
  const comparisons: ReportComparison[] = [];
  board.models.forEach((a, i) => {
    for (const b of board.models.slice(i + 1)) {
      const strata = board.suites.map((suite) => ({ suite: suite.name, a: scores.itemScores(a.modelId, suite.name), b: scores.itemScores(b.modelId, suite.name) }));
      const result = comparePair(strata, { a: a.modelId, b: b.modelId }, { baseSeed: options.seed, memo: options.memo });
      comparisons.push(toReportComparison(OVERALL, a.modelId, b.modelId, result));
    }
  });
  return comparisons;
}

/** The suite name of an overall comparison. */
const OVERALL = "*";

function toReportComparison(suite: string, modelA: string, modelB: string, result: PairedDifference): ReportComparison {
  return {
    suite,
    modelA,
    modelB,
    n: result.n,
    difference: result.difference,
    pValue: result.pValue,
    method: result.method,
    withinNoise: !result.significant,
    detectableGap: result.detectableGap,
    moreItemsForMargin: result.moreItemsForMargin,
    margin: result.margin,
  };
}

/** Bradley–Terry ratings per suite that has pairwise verdicts between the run's models. */
export function rateModels(verdicts: readonly StoredVerdict[], models: ReadonlySet<string>, seed: number): ReportRatings[] {
  const bySuite = new Map<string, StoredVerdict[]>();
  for (const verdict of verdicts) {
    if (!models.has(verdict.modelA) || !models.has(verdict.modelB) || verdict.modelA === verdict.modelB) continue;
    const list = bySuite.get(verdict.suite);
    if (list) list.push(verdict);
    else bySuite.set(verdict.suite, [verdict]);
  }
  return [...bySuite].map(([suite, rows]) => {
    const outcomes = rows.map(({ modelA, modelB, verdict, strong }) => ({ modelA, modelB, verdict, strong }));
    const pairs = consolidateOrders(rows);
    return {
      suite,
      judgments: rows.length,
      consistentShare: pairs.length === 0 ? null : pairs.filter((pair) => pair.consistent).length / pairs.length,
      ratings: bradleyTerry(outcomes, { seed: seedFor(seed, "bradley-terry", suite) }),
    };
  });
}
