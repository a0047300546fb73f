import type Database from "better-sqlite3";
import { iterateResults, runModels, runSuites } from "../store/queries.js";
import { buildLeaderboard, type Leaderboard } from "./leaderboard.js";

/** Rebuilds a run's leaderboard from the store alone. */
export function loadLeaderboard(db: Database.Database, runId: string): Leaderboard {
  return buildLeaderboard(runId, runModels(db, runId), runSuites(db, runId), iterateResults(db, runId));
}
