import type Database from "better-sqlite3";
import { bootstrapMean, comparePaired } from "../analysis/stats/index.js";
import type { Interval, PairedComparison } from "../analysis/types.js";
import { itemScores, runSuites } from "../store/queries.js";

/** One side of a comparison: a model's results in a run. */
export interface CompareSide {
  runId: string;
  modelId: string;
}

export type Verdict = "regression" | "improvement" | "within-noise" | "no-data";

export interface SuiteComparison {
  suite: string;
  category: string;
  baseline: Interval;
  candidate: Interval;
  /** candidate − baseline, on the items both answered. */
  comparison: PairedComparison;
  verdict: Verdict;
}

/**
 * Per suite both runs have: each side's score with its interval and the paired difference, candidate − baseline,
 * with its significance. A regression is a significant drop; a gap within noise is neither better nor worse.
 */
export function compareSides(
  db: Database.Database,
  baseline: CompareSide,
  candidate: CompareSide,
  options: { alpha?: number; seed?: number } = {},
): SuiteComparison[] {
  const seed = options.seed ?? 1;
  const alpha = options.alpha ?? 0.05;
  const candidateSuites = new Map(runSuites(db, candidate.runId).map((suite) => [suite.name, suite]));
  return runSuites(db, baseline.runId)
    .filter((suite) => candidateSuites.has(suite.name))
    .map((suite) => {
      const before = itemScores(db, baseline.runId, baseline.modelId, suite.name);
      const after = itemScores(db, candidate.runId, candidate.modelId, suite.name);
      const comparison = comparePaired(after, before, { seed, alpha });
      return {
        suite: suite.name,
        category: suite.category,
        baseline: bootstrapMean(before, { seed }),
        candidate: bootstrapMean(after, { seed }),
        comparison,
        verdict: verdictOf(comparison),
      };
    });
}

function verdictOf(comparison: PairedComparison): Verdict {
  if (comparison.n === 0) return "no-data";
  if (comparison.withinNoise) return "within-noise";
  return comparison.difference.estimate < 0 ? "regression" : "improvement";
}
