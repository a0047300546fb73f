import { loadConfig } from "../config/load-config.js";
import { rescoreRun } from "../engine/rescore-run.js";
import { DEFAULT_DB_PATH, openDatabase } from "../store/open-store.js";
import { loadReport } from "../report/model/load-report.js";
import { renderLeaderboardTable } from "../report/terminal-table.js";
import { RUN_INCOMPLETE } from "./exit-codes.js";
import { stopOnSignals } from "./interrupt.js";
import { RunProgress } from "./progress.js";

interface RescoreCommandOptions {
  config?: string;
  db?: string;
  suite?: string[];
  cache?: boolean;
  unsafeNoSandbox?: boolean;
}

/**
 * `kurabe rescore [RUN]`: the run's stored answers scored again with the scorers kurabe.yaml names now, as a new
 * scoring revision (pairs judged again where suites ask for it); 0 when every answer got its scores and every pair its
 * verdicts, 3 when a judge or sandbox left some unscored or unjudged, 130 when stopped.
 */
export async function rescoreCommand(runId: string | undefined, options: RescoreCommandOptions): Promise<number> {
  const configPath = options.config ?? "kurabe.yaml";
  const loaded = await loadConfig(configPath);
  const config = options.cache === false ? { ...loaded.config, cache: false } : loaded.config;
  const dbPath = options.db ?? config.db ?? DEFAULT_DB_PATH;
  const db = openDatabase(dbPath, { mustExist: true });
  const interrupt = stopOnSignals("stopping; the revision shown stays as it was (again to quit now)");
  const progress = new RunProgress();
  try {
    const outcome = await rescoreRun({
      db,
      config,
      ...(runId === undefined ? {} : { run: runId }),
      ...(options.suite?.length ? { suites: options.suite } : {}),
      env: process.env,
      signal: interrupt.signal,
      onEvent: (event) => progress.onEvent(event),
      ...(options.unsafeNoSandbox ? { unsafeNoSandbox: true } : {}),
    }).catch((error: unknown) => {
      throw loaded.locate(error);
    });
    progress.stop();
    if (outcome.status === "interrupted") {
      process.stderr.write(`interrupted: run ${outcome.runId} keeps the scores it had\n`);
      return 130;
    }
    process.stdout.write(`${renderLeaderboardTable(loadReport(db, outcome.runId))}\n`);
    process.stderr.write(
      `run ${outcome.runId}: scoring revision ${outcome.revision} (${outcome.suites.join(", ")}): ${outcome.scored} answers scored` +
        `${outcome.unscored ? `, ${outcome.unscored} left unscored by an infrastructure error (rescore again once it is fixed)` : ""}` +
        `${outcome.pairwise.judged + outcome.pairwise.failed > 0 ? `; ${outcome.pairwise.judged} pairwise verdicts` : ""}` +
        `${outcome.pairwise.failed ? `, ${outcome.pairwise.failed} judgments failed (rescore again once the judge is back)` : ""}\n`,
    );
    return outcome.unscored > 0 || outcome.pairwise.failed > 0 ? RUN_INCOMPLETE : 0;
  } finally {
    progress.stop();
    interrupt.dispose();
    db.close();
  }
}
