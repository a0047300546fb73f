import type Database from "better-sqlite3";
import { loadLeaderboard } from "../report/load-leaderboard.js";
import { assembleReport } from "../report/model/assemble-report.js";
import { loadJudgingSpend, loadPairwiseVerdicts, loadPrimaryScorers, loadRetrievalSpend, loadRunInfo } from "../report/model/report-queries.js";
import type { Report } from "../report/model/report-types.js";
import { ScoreCollector } from "../report/model/score-collector.js";
import { runModels, runSuites } from "../store/queries.js";
import { storedStatistics } from "../store/statistics-store.js";
import { keeps, type ViewFilter } from "./view-filter.js";

/**
 * A run's report narrowed to some suites, models and categories, built by the report's own pipeline (as
 * loadReport does) from only the kept results: intervals, comparisons, the charts' overview and latencies all
 * describe the selection, not the whole run. With an empty filter it is the run's full report.
 */
export function loadFilteredReport(db: Database.Database, runId: string, filter: ViewFilter): Report {
  const suiteNames = new Set(runSuites(db, runId).filter((suite) => keeps(filter.suites, suite.name) && keeps(filter.categories, suite.category)).map((suite) => suite.name));
  const modelIds = new Set(runModels(db, runId).filter((model) => keeps(filter.models, model.modelId)).map((model) => model.modelId));
  // One pass over the results: the leaderboard and the kept results' scores are gathered from the same rows.
  const scores = new ScoreCollector();
  const full = loadLeaderboard(db, runId, (row) => {
    if (suiteNames.has(row.suite) && modelIds.has(row.modelId)) scores.add(row);
  });
  const board = {
    ...full,
    suites: full.suites.filter((suite) => suiteNames.has(suite.name)),
    models: full.models.filter((model) => modelIds.has(model.modelId)),
    entries: full.entries.filter((entry) => suiteNames.has(entry.suite) && modelIds.has(entry.modelId)),
  };
  return assembleReport({
    run: loadRunInfo(db, runId),
    board,
    scores,
    verdicts: loadPairwiseVerdicts(db, runId).filter((verdict) => suiteNames.has(verdict.suite)),
    judging: loadJudgingSpend(db, runId, [...suiteNames]),
    primaryScorers: loadPrimaryScorers(db, runId),
    memo: storedStatistics(db, [runId]),
    retrieval: loadRetrievalSpend(db, runId, [...suiteNames]),
  });
}
