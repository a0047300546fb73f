import type Database from "better-sqlite3";
import { iterateResults, runModels, runSuites, secondaryScores } from "../store/queries.js";
import { buildLeaderboard, type Leaderboard } from "./leaderboard.js";

/** Rebuilds a run's leaderboard from the store alone. */
export function loadLeaderboard(db: Database.Database, runId: string): Leaderboard {
  const board = buildLeaderboard(runId, runModels(db, runId), runSuites(db, runId), iterateResults(db, runId));
  for (const row of secondaryScores(db, runId)) {
    const entry = board.entries.find((e) => e.modelId === row.modelId && e.suite === row.suite);
    if (entry) entry.secondary = { ...entry.secondary, [row.scorer]: row.mean };
  }
  return board;
}
