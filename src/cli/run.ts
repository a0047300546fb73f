import path from "node:path";
import { loadConfig } from "../config/load-config.js";
import type { KurabeConfig } from "../config/schema.js";
import { startRun, type RunOutcome } from "../engine/start-run.js";
import { DEFAULT_DB_PATH, openDatabase } from "../store/open-store.js";
import { loadLeaderboard } from "../report/load-leaderboard.js";
import { renderLeaderboardTable } from "../report/terminal-table.js";
import { RunProgress } from "./progress.js";
import { stopOnSignals } from "./interrupt.js";

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
  const { outcome } = await executeRun({
    config,
    configPath: path.resolve(configPath),
    dbPath,
    ...(options.resume ? { resume: options.resume === true ? true : options.resume } : {}),
    json: options.json ?? false,
    unsafeNoSandbox: options.unsafeNoSandbox ?? false,
  });
  return outcome.status === "interrupted" ? 130 : 0;
}

export interface ExecuteRunOptions {
  config: KurabeConfig;
  configPath?: string;
  dbPath: string;
  resume?: string | true;
  modelNotes?: Readonly<Record<string, string>>;
  json: boolean;
  unsafeNoSandbox?: boolean;
}

/** Runs with a progress bar and Ctrl-C handling, then prints the leaderboard (shared by `run` and `demo`). */
export async function executeRun(options: ExecuteRunOptions): Promise<{ outcome: RunOutcome }> {
  const db = openDatabase(options.dbPath);
  const interrupt = stopOnSignals();
  const progress = new RunProgress();
  try {
    const outcome = await startRun({
      db,
      config: options.config,
      ...(options.configPath ? { configPath: options.configPath } : {}),
      ...(options.resume ? { resume: options.resume } : {}),
      ...(options.modelNotes ? { modelNotes: options.modelNotes } : {}),
      env: process.env,
      ...(options.unsafeNoSandbox ? { unsafeNoSandbox: true } : {}),
      signal: interrupt.signal,
      onEvent: progress.onEvent,
    });
    progress.stop();
    const board = loadLeaderboard(db, outcome.runId);
    process.stdout.write(options.json ? `${JSON.stringify(board, null, 2)}\n` : `${renderLeaderboardTable(board)}\n`);
    process.stderr.write(`results stored in ${options.dbPath} (run ${outcome.runId})\n`);
    if (outcome.status === "interrupted") {
      const config = options.configPath ? ` ${path.relative(process.cwd(), options.configPath)}` : "";
      process.stderr.write(`interrupted: finish it with \`kurabe run${config} --resume ${outcome.runId}\`\n`);
    }
    return { outcome };
  } finally {
    progress.stop();
    interrupt.dispose();
    db.close();
  }
}
