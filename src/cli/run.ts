import path from "node:path";
import { loadConfig } from "../config/load-config.js";
import type { KurabeConfig } from "../config/schema.js";
import type { RunOutcome } from "../engine/start-run.js";
import type { Report } from "../report/model/report-types.js";
import { runConfig } from "../api/run.js";
import { DEFAULT_DB_PATH, openDatabase } from "../store/open-store.js";
import { RUN_INCOMPLETE } from "./exit-codes.js";
import { RunProgress } from "./progress.js";
import { stopOnSignals } from "./interrupt.js";
import { describeIncompleteRun, resumeCommand } from "./run-summary.js";

interface RunCommandOptions {
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

interface ExecuteRunOptions {
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
  let leaderboard: Promise<Leaderboard> | undefined;
  let leaderboardSoon = false;
  const loadLeaderboard = () => {
    if (!leaderboard) {
      leaderboard = leaderboardModules(options.json);
      leaderboard.catch(() => undefined); // awaited below; a failed import is reported there, not as unhandled
    }
    return leaderboard;
  };
  let db: ReturnType<typeof openDatabase> | undefined;
  try {
    const result = await runConfig(options.config, {
      db: options.dbPath,
      store: () => (db ??= openDatabase(options.dbPath)),
      ...(options.configPath ? { configPath: options.configPath } : {}),
      ...(options.resume ? { resume: options.resume } : {}),
      ...(options.modelNotes ? { modelNotes: options.modelNotes } : {}),
      ...(options.unsafeNoSandbox ? { unsafeNoSandbox: true } : {}),
      ...(options.locateError ? { locateError: options.locateError } : {}),
      signal: interrupt.signal,
      onEvent: (event) => {
        progress.onEvent(event);
        // The leaderboard's modules (~60 ms of CPU) load while the first requests wait for their answers, after the
        // turn that sent them: after the last answer they would lengthen the run, and loaded as the first answer came
        // back they held the rest of that wave (bench/README.md, issue 11: the first wave). A run with no request
        // (every answer cached) loads them at its first result.
        if ((event.type === "request" || event.type === "result") && !leaderboardSoon) {
          leaderboardSoon = true;
          setImmediate(loadLeaderboard);
        }
      },
    });
    progress.stop();
    const outcome: RunOutcome = { runId: result.runId, status: result.status };
    const { loadReport, render } = await loadLeaderboard();
    process.stdout.write(`${render(loadReport(db!, outcome.runId))}\n`);
    process.stderr.write(`results stored in ${options.dbPath} (run ${outcome.runId})\n`);
    const resume = options.resumeCommand?.(outcome.runId);
    if (outcome.status === "interrupted") process.stderr.write(`interrupted${resume ? `: finish it with \`${resume}\`` : ""}\n`);
    if (outcome.status === "incomplete") process.stderr.write(`${describeIncompleteRun(result.shortfall, resume).join("\n")}\n`);
    return outcome;
  } finally {
    db?.close();
    progress.stop();
    interrupt.dispose();
  }
}

interface Leaderboard {
  loadReport: typeof import("../report/model/load-report.js").loadReport;
  render(report: Report): string;
}

/** The report model and the one renderer asked for (JSON or the terminal table), not loaded before the first answer. */
async function leaderboardModules(json: boolean): Promise<Leaderboard> {
  const [{ loadReport }, render] = await Promise.all([
    import("../report/model/load-report.js"),
    json
      ? import("../report/results-json.js").then(({ resultsJson }) => (report: Report) => JSON.stringify(resultsJson(report), null, 2))
      : import("../report/terminal-table.js").then(({ renderLeaderboardTable }) => renderLeaderboardTable),
  ]);
  return { loadReport, render };
}
