import { openDatabase } from "../store/open-store.js";
import { findRun } from "../store/queries.js";
import { loadLeaderboard } from "../report/load-leaderboard.js";
import { renderLeaderboardTable } from "../report/terminal-table.js";
import { storePath } from "./store-location.js";

export function resultsCommand(runId: string | undefined, options: { db?: string; config?: string; json?: boolean }): number {
  const db = openDatabase(storePath(options), { mustExist: true });
  try {
    const run = findRun(db, runId);
    const board = loadLeaderboard(db, run.id);
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ ...board, status: run.status, createdAt: run.createdAt }, null, 2)}\n`);
    } else {
      process.stdout.write(`${renderLeaderboardTable(board)}\nstatus: ${run.status}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
}
