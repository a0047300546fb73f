import { bradleyTerry, comparePaired, consolidateOrders } from "../../analysis/stats/index.js";
import type { Leaderboard } from "../leaderboard.js";
import type { CollectedScores } from "./assemble-report.js";
import type { StoredVerdict } from "./report-queries.js";
import type { ReportComparison, ReportRatings } from "./report-types.js";
import { resamplesFor, seedFor } from "./stat-settings.js";

/** Every pair of models on each suite (in config order, a before b), compared on the items both answered. */
export function compareModels(
  board: Leaderboard,
  scores: CollectedScores,
  options: { seed: number; alpha: number },
): ReportComparison[] {
  const comparisons: ReportComparison[] = [];
  for (const suite of board.suites) {
    board.models.forEach((a, i) => {
      for (const b of board.models.slice(i + 1)) {
        const itemsA = scores.itemScores(a.modelId, suite.name);
        const itemsB = scores.itemScores(b.modelId, suite.name);
        const result = comparePaired(itemsA, itemsB, {
          seed: seedFor(options.seed, suite.name, a.modelId, b.modelId),
          alpha: options.alpha,
          resamples: resamplesFor(Math.min(itemsA.size, itemsB.size)),
        });
        comparisons.push({
          suite: suite.name,
          modelA: a.modelId,
          modelB: b.modelId,
          n: result.n,
          difference: result.difference,
          pValue: result.pValue,
          method: result.method,
          withinNoise: result.withinNoise,
          itemsNeeded: result.itemsNeeded ?? null,
        });
      }
    });
  }
  return comparisons;
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
