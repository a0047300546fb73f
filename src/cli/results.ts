import { openDatabase } from "../store/open-store.js";
import { findRun } from "../store/queries.js";
import { loadReport } from "../report/model/load-report.js";
import { renderLeaderboardTable } from "../report/terminal-table.js";
import { storePath } from "./store-location.js";

export function resultsCommand(runId: string | undefined, options: { db?: string; config?: string; json?: boolean }): number {
  const db = openDatabase(storePath(options), { mustExist: true });
  try {
    const run = findRun(db, runId);
    const report = loadReport(db, run.id);
    if (options.json) {
      const { models, suites, entries, comparisons, recommendation } = report;
      const json = { runId: run.id, status: run.status, createdAt: run.createdAt, models, suites, entries, comparisons, recommendation };
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      process.stdout.write(`${renderLeaderboardTable(report)}\nstatus: ${run.status}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
}
