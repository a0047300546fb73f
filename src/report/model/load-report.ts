import type Database from "better-sqlite3";
import { loadLeaderboard } from "../load-leaderboard.js";
import { loadModelHosting, SpeedCollector } from "./break-even-input.js";
import { assembleReport, type ReportOptions } from "./assemble-report.js";
import { loadJudgingSpend, loadModelPrices, loadPairwiseVerdicts, loadRunInfo } from "./report-queries.js";
import type { Report } from "./report-types.js";
import { ScoreCollector } from "./score-collector.js";

/**
 * Rebuilds a run's report model from the store alone. Results are streamed once, feeding the leaderboard and the
 * per-item scores the statistics resample, so memory grows with the number of items, not with their text.
 */
export function loadReport(db: Database.Database, runId: string, options: ReportOptions = {}): Report {
  const scores = new ScoreCollector();
  const speeds = new SpeedCollector();
  const board = loadLeaderboard(db, runId, (row) => {
    scores.add(row);
    speeds.add(row);
  });
  return assembleReport(
    {
      run: loadRunInfo(db, runId),
      board,
      prices: loadModelPrices(db, runId),
      scores,
      verdicts: loadPairwiseVerdicts(db, runId),
      hosting: loadModelHosting(db, runId),
      measuredOutputTokensPerSecond: speeds.medians(),
      judging: loadJudgingSpend(db, runId),
    },
    options,
  );
}
