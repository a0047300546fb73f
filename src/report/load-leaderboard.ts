import type Database from "better-sqlite3";
import { aggregateIfeval, parseExtracted, type StoredInstructions } from "../scoring/ifeval/aggregate.js";
import { iterateResults, runModels, runSuites, secondaryScores, type ResultRow } from "../store/queries.js";
import { buildLeaderboard, type Leaderboard, type LeaderboardEntry } from "./leaderboard.js";
import { loadModelCosts } from "./model/report-queries.js";

/**
 * Rebuilds a run's leaderboard from the store alone. `observe`, when given, sees every result row as it streams by
 * (the report gathers its per-item scores in the same pass).
 */
export function loadLeaderboard(db: Database.Database, runId: string, observe?: (row: ResultRow) => void): Leaderboard {
  const rows = iterateResults(db, runId);
  const board = buildLeaderboard(runId, runModels(db, runId), runSuites(db, runId), observe ? tap(rows, observe) : rows, loadModelCosts(db, runId));
  for (const row of secondaryScores(db, runId)) {
    const entry = board.entries.find((e) => e.modelId === row.modelId && e.suite === row.suite);
    if (entry) entry.secondary = { ...entry.secondary, [row.scorer]: row.mean };
  }
  for (const entry of board.entries) addIfevalAccuracies(db, runId, entry);
  return board;
}

/**
 * IFEval reports four accuracies (prompt- and instruction-level, strict and loose), rebuilt from each response's
 * per-instruction results; an answer that has none (an infrastructure error) is not counted.
 */
function addIfevalAccuracies(db: Database.Database, runId: string, entry: LeaderboardEntry): void {
  const rows = db
    .prepare(
      `SELECT extracted FROM scores WHERE run_id = ? AND model_id = ? AND suite = ? AND is_primary = 1 AND scorer = 'ifeval'`,
    )
    .pluck()
    .all(runId, entry.modelId, entry.suite) as Array<string | null>;
  const stored = rows.map((extracted) => parseExtracted(extracted ?? undefined)).filter((s): s is StoredInstructions => !!s);
  if (stored.length === 0) return;
  const accuracy = aggregateIfeval(stored);
  entry.secondary = {
    ...entry.secondary,
    "prompt-strict": accuracy.promptLevel.strict,
    "prompt-loose": accuracy.promptLevel.loose,
    "instruction-strict": accuracy.instructionLevel.strict,
    "instruction-loose": accuracy.instructionLevel.loose,
  };
}

function* tap<T>(rows: Iterable<T>, observe: (row: T) => void): Generator<T> {
  for (const row of rows) {
    observe(row);
    yield row;
  }
}
