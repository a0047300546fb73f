import type Database from "better-sqlite3";
import { comparePair, scoreInterval } from "../analysis/decision/decision-statistics.js";
import type { PairedDifference } from "../analysis/decision/paired-difference.js";
import { DEFAULT_REPORT_SEED } from "../analysis/decision/stat-settings.js";
import type { Interval } from "../analysis/types.js";
import { itemScores, runSuites } from "../store/queries.js";
import { storedStatistics } from "../store/statistics-store.js";

/** One side of a comparison: a model's results in a run. */
export interface CompareSide {
  runId: string;
  modelId: string;
}

export type Verdict = "regression" | "improvement" | "within-noise" | "no-data";

export interface SuiteComparison {
  suite: string;
  category: string;
  /** Each side's score and interval: the very figures that side's report shows (same seed, same statistic). */
  baseline: Interval | null;
  candidate: Interval | null;
  /** candidate − baseline, on the items both answered (the decision model's one paired method). */
  comparison: PairedDifference;
  verdict: Verdict;
  /** Items the candidate fails that the baseline passed (at most 50, in item order): where to look first. */
  regressedItems: string[];
}

/**
 * Per suite both runs have: each side's score with its interval and the paired difference, candidate − baseline,
 * with its verdict. A regression is a drop whose interval excludes 0; a gap whose interval holds 0 is neither.
 * Within one run (--before/--after) the difference is the report's own comparison of the two models, mirrored.
 */
export function compareSides(
  db: Database.Database,
  baseline: CompareSide,
  candidate: CompareSide,
  options: { alpha?: number } = {},
): SuiteComparison[] {
  const candidateSuites = new Map(runSuites(db, candidate.runId).map((suite) => [suite.name, suite]));
  const sameRun = baseline.runId === candidate.runId;
  const memo = storedStatistics(db, sameRun ? [baseline.runId] : [baseline.runId, candidate.runId]);
  return runSuites(db, baseline.runId)
    .filter((suite) => candidateSuites.has(suite.name))
    .map((suite) => {
      const before = itemScores(db, baseline.runId, baseline.modelId, suite.name);
      const after = itemScores(db, candidate.runId, candidate.modelId, suite.name);
      const names = sameRun
        ? { a: candidate.modelId, b: baseline.modelId }
        : { a: `${candidate.runId}/${candidate.modelId}`, b: `${baseline.runId}/${baseline.modelId}` };
      const stratum = { suite: suite.name, a: after, b: before };
      const comparison = comparePair([stratum], names, { baseSeed: DEFAULT_REPORT_SEED, memo, ...(options.alpha === undefined ? {} : { alpha: options.alpha }) });
      return {
        suite: suite.name,
        category: suite.category,
        baseline: scoreInterval(before, { modelId: baseline.modelId, suite: suite.name }, DEFAULT_REPORT_SEED, memo),
        candidate: scoreInterval(after, { modelId: candidate.modelId, suite: suite.name }, DEFAULT_REPORT_SEED, memo),
        comparison,
        verdict: verdictOf(comparison),
        regressedItems: regressed(before, after),
      };
    });
}

function verdictOf(comparison: PairedDifference): Verdict {
  if (comparison.n === 0) return "no-data";
  if (!comparison.significant) return "within-noise";
  return comparison.difference.estimate < 0 ? "regression" : "improvement";
}

const MAX_REGRESSED = 50;

function regressed(before: ReadonlyMap<string, readonly number[]>, after: ReadonlyMap<string, readonly number[]>): string[] {
  const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const items: string[] = [];
  for (const [item, scores] of [...after].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const old = before.get(item);
    if (!old || old.length === 0 || scores.length === 0) continue;
    if (mean(scores) < mean(old)) items.push(item);
    if (items.length === MAX_REGRESSED) break;
  }
  return items;
}
