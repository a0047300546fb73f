import path from "node:path";
import { loadConfig } from "../config/load-config.js";
import type { KurabeConfig } from "../config/schema.js";
import type { RunOutcome } from "../engine/start-run.js";
import { runConfig } from "../api/run.js";
import { DEFAULT_DB_PATH, openDatabase } from "../store/open-store.js";
import { RUN_INCOMPLETE } from "./exit-codes.js";
import { RunProgress } from "./progress.js";
import { stopOnSignals } from "./interrupt.js";
import { describeIncompleteRun, resumeCommand } from "./run-summary.js";

export interface RunCommandOptions {
  db?: string;
  resume?: string | boolean;
  cache?: boolean;
  json?: boolean;
  unsafeNoSandbox?: boolean;
}

export async function runCommand(configPath: string, options: RunCommandOptions): Promise<number> {
  const loaded = await loadConfig(configPath);
  const config: KurabeConfig = options.cache === false ? { ...loaded.config, cache: false } : loaded.config;
  const dbPath = options.db ?? config.db ?? DEFAULT_DB_PATH;
  const outcome = await executeRun({
    config,
    configPath: path.resolve(configPath),
    locateError: loaded.locate,
    dbPath,
    ...(options.resume ? { resume: options.resume === true ? true : options.resume } : {}),
    json: options.json ?? false,
    unsafeNoSandbox: options.unsafeNoSandbox ?? false,
    // The command as typed, so the store and config it names are the ones resumed.
    resumeCommand: (runId) =>
      resumeCommand(runId, {
        config: configPath,
        ...(options.db ? { db: options.db } : {}),
        ...(options.cache === false ? { noCache: true } : {}),
        ...(options.unsafeNoSandbox ? { unsafeNoSandbox: true } : {}),
      }),
  });
  return exitStatusOf(outcome);
}

/** 130 when stopped by the user, 3 when results are missing an answer or a score, 0 only when every one is done. */
export function exitStatusOf(outcome: RunOutcome): number {
  if (outcome.status === "interrupted") return 130;
  return outcome.status === "completed" ? 0 : RUN_INCOMPLETE;
}

export interface ExecuteRunOptions {
  config: KurabeConfig;
  configPath?: string;
  dbPath: string;
  resume?: string | true;
  modelNotes?: Readonly<Record<string, string>>;
  json: boolean;
  unsafeNoSandbox?: boolean;
  /** The command that resumes this run, printed when it stops early or ends incomplete. */
  resumeCommand?: (runId: string) => string;
  /** Places a ConfigError about a config field (found while preparing) at its line of kurabe.yaml. */
  locateError?: (error: unknown) => unknown;
}

/**
 * Runs with a progress bar and Ctrl-C handling, then prints the leaderboard and, when results are missing, what is
 * missing by model and error class, as the store holds it (shared by `run` and `demo`).
 */
export async function executeRun(options: ExecuteRunOptions): Promise<RunOutcome> {
  const interrupt = stopOnSignals();
  const progress = new RunProgress();
  try {
    const result = await runConfig(options.config, {
      db: options.dbPath,
      ...(options.configPath ? { configPath: options.configPath } : {}),
      ...(options.resume ? { resume: options.resume } : {}),
      ...(options.modelNotes ? { modelNotes: options.modelNotes } : {}),
      ...(options.unsafeNoSandbox ? { unsafeNoSandbox: true } : {}),
      ...(options.locateError ? { locateError: options.locateError } : {}),
      signal: interrupt.signal,
      onEvent: progress.onEvent,
    });
    progress.stop();
    const outcome: RunOutcome = { runId: result.runId, status: result.status };
    const db = openDatabase(options.dbPath, { mustExist: true });
    try {
      const { loadReport, resultsJson, renderLeaderboardTable } = await leaderboardModules();
      const report = loadReport(db, outcome.runId);
      process.stdout.write(`${options.json ? JSON.stringify(resultsJson(report), null, 2) : renderLeaderboardTable(report)}\n`);
    } finally {
      db.close();
    }
    process.stderr.write(`results stored in ${options.dbPath} (run ${outcome.runId})\n`);
    const resume = options.resumeCommand?.(outcome.runId);
    if (outcome.status === "interrupted") process.stderr.write(`interrupted${resume ? `: finish it with \`${resume}\`` : ""}\n`);
    if (outcome.status === "incomplete") process.stderr.write(`${describeIncompleteRun(result.shortfall, resume).join("\n")}\n`);
    return outcome;
  } finally {
    progress.stop();
    interrupt.dispose();
  }
}

/** The report model and its renderers, loaded once the answers are in: nothing before the first request waits for them. */
async function leaderboardModules() {
  const [{ loadReport }, { resultsJson }, { renderLeaderboardTable }] = await Promise.all([
    import("../report/model/load-report.js"),
    import("../report/results-json.js"),
    import("../report/terminal-table.js"),
  ]);
  return { loadReport, resultsJson, renderLeaderboardTable };
}
