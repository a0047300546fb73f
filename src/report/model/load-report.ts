import type Database from "better-sqlite3";
import { loadLeaderboard } from "../load-leaderboard.js";
import { assembleReport, type ReportOptions } from "./assemble-report.js";
import { loadJudgingSpend, loadPairwiseVerdicts, loadPrimaryScorers, loadRetrievalSpend, loadRunInfo } from "./report-queries.js";
import type { Report } from "./report-types.js";
import { ScoreCollector } from "./score-collector.js";
import { storedStatistics } from "../../store/statistics-store.js";

/**
 * Rebuilds a run's report model from the store alone. Results are streamed once, feeding the leaderboard and the
 * per-item scores the statistics resample, so memory grows with the number of items, not with their text.
 */
export function loadReport(db: Database.Database, runId: string, options: ReportOptions = {}): Report {
  const scores = new ScoreCollector();
  const board = loadLeaderboard(db, runId, (row) => scores.add(row));
  return assembleReport(
    {
      run: loadRunInfo(db, runId),
      board,
      scores,
      verdicts: loadPairwiseVerdicts(db, runId),
      judging: loadJudgingSpend(db, runId),
      primaryScorers: loadPrimaryScorers(db, runId),
      memo: storedStatistics(db, [runId]),
      retrieval: loadRetrievalSpend(db, runId),
    },
    options,
  );
}
