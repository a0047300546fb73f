import type { Report } from "./model/report-types.js";

/**
 * What `kurabe run --json` and `kurabe results --json` print: the report model's own figures (one source), so every
 * score comes with the interval the report prints — per model × suite in `entries`, over all suites in `overview` —
 * and every pair with the paired difference and verdict the recommendation rests on; an incomplete run says what it
 * lacks (`shortfall`).
 */
export function resultsJson(report: Report) {
  const { run, models, suites, entries, overview, comparisons, overallComparisons, recommendation } = report;
  return {
    runId: run.id,
    status: run.status,
    ...(run.shortfall ? { shortfall: run.shortfall } : {}),
    createdAt: run.createdAt,
    models,
    suites,
    entries,
    overview,
    comparisons,
    overallComparisons,
    recommendation,
  };
}
