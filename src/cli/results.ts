import { openDatabase } from "../store/open-store.js";
import { findRun } from "../store/queries.js";
import { showScoringRevision } from "../store/show-revision.js";
import { revisionOption } from "./number-option.js";
import { loadReport } from "../report/model/load-report.js";
import { resultsJson } from "../report/results-json.js";
import { renderLeaderboardTable } from "../report/terminal-table.js";
import { storePath } from "../store/store-location.js";
import { runStatusText } from "../report/run-status-text.js";
import { messagesFor } from "../report/i18n/messages.js";

export function resultsCommand(runId: string | undefined, options: { db?: string; config?: string; json?: boolean; revision?: string }): number {
  const db = openDatabase(storePath(options), { mustExist: true });
  try {
    const run = findRun(db, runId);
    if (options.revision !== undefined) showScoringRevision(db, [{ runId: run.id, revision: revisionOption(options.revision) }]);
    const report = loadReport(db, run.id);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(resultsJson(report), null, 2)}\n`);
    } else {
      process.stdout.write(`${renderLeaderboardTable(report)}\nstatus: ${runStatusText(messagesFor("en"), report.run)}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
}
