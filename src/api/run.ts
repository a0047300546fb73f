import path from "node:path";
import type Database from "better-sqlite3";
import type { z } from "zod";
import { configFromObject, loadConfig } from "../config/load-config.js";
import type { configSchema, KurabeConfig } from "../config/schema.js";
import type { EngineEvent } from "../engine/events.js";
import { startRun } from "../engine/start-run.js";
import { DEFAULT_DB_PATH, openDatabase } from "../store/open-store.js";
import { runShortfall, type RunShortfall } from "../store/queries.js";

/** A config as kurabe.yaml holds it, as an object: `${VAR}` references, relative paths and defaults included. */
export type KurabeConfigInput = z.input<typeof configSchema>;

export interface RunOptions {
  /** The config: an object shaped as kurabe.yaml, or the path of a kurabe.yaml. */
  config: KurabeConfigInput | string;
  /** Where an object config's relative paths (data files, modules, db) resolve; default: the working directory. */
  dir?: string;
  /** The results store; default: the config's `db:`, else .kurabe/kurabe.db. */
  db?: string;
  /** Finish this run (or the latest unfinished one with `true`) instead of starting a new one. */
  resume?: string | true;
  /** false: send every request even when an identical one was answered before. */
  cache?: boolean;
  /** Where `${VAR}` references and API keys are read; default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Stops the run cleanly: it ends "interrupted" and can be resumed. */
  signal?: AbortSignal;
  /** Progress: planned, each result, retries, spend (the CLI's progress bar reads the same events). */
  onEvent?(event: EngineEvent): void;
  /** Run model-written code without bubblewrap (only on a disposable machine). */
  unsafeNoSandbox?: boolean;
}

export interface RunResult {
  runId: string;
  /** `completed` only when every planned result has an answer and a score (and every pairwise judgment a verdict). */
  status: "completed" | "incomplete" | "interrupted";
  /** What an incomplete run lacks: results without an answer or a score by model and error class, failed judgments. */
  shortfall: RunShortfall;
  /** The store the run is in (read it with openResults). */
  db: string;
}

/** Runs a config (an object or a kurabe.yaml) to the end and says how it ended; the results are in the store. */
export async function run(options: RunOptions): Promise<RunResult> {
  const env = options.env ?? process.env;
  const loaded =
    typeof options.config === "string" ? loadConfig(options.config, env) : configFromObject(options.config, options.dir ?? process.cwd(), env);
  return runConfig(loaded.config, {
    ...options,
    env,
    ...(typeof options.config === "string" ? { configPath: loaded.path } : {}),
    locateError: loaded.locate,
  });
}

export interface RunConfigOptions extends Omit<RunOptions, "config" | "dir"> {
  configPath?: string;
  /** Notes shown beside a model's results, by model id (the demo's smoke-test model). */
  modelNotes?: Readonly<Record<string, string>>;
  /** Places an error about a config field (found while preparing) at its line of kurabe.yaml. */
  locateError?: (error: unknown) => unknown;
  /**
   * Opens the store `db` names, left open: `kurabe run` reads the leaderboard through the same connection, so the
   * store is opened once and its WAL checkpointed once, at the one close (bench/README.md, issue 11: the end).
   */
  store?: () => Database.Database;
}

/** `run` for a config already loaded (kurabe.yaml by the CLI, the demo's own): what `kurabe run` and `demo` call. */
export async function runConfig(loadedConfig: KurabeConfig, options: RunConfigOptions): Promise<RunResult> {
  const config = options.cache === false ? { ...loadedConfig, cache: false } : loadedConfig;
  const dbPath = options.db ?? config.db ?? DEFAULT_DB_PATH;
  // Opened once the plan is prepared (startRun): a run refused before it starts leaves no store behind.
  let db: Database.Database | undefined;
  const store = () => (db ??= options.store?.() ?? openDatabase(dbPath));
  try {
    const outcome = await startRun({
      db: store,
      config,
      ...(options.configPath ? { configPath: path.resolve(options.configPath) } : {}),
      ...(options.resume ? { resume: options.resume } : {}),
      ...(options.modelNotes ? { modelNotes: options.modelNotes } : {}),
      env: options.env ?? process.env,
      ...(options.unsafeNoSandbox ? { unsafeNoSandbox: true } : {}),
      signal: options.signal ?? new AbortController().signal,
      onEvent: options.onEvent ?? (() => undefined),
    }).catch((error: unknown) => {
      throw options.locateError ? options.locateError(error) : error;
    });
    return { runId: outcome.runId, status: outcome.status, shortfall: runShortfall(store(), outcome.runId), db: dbPath };
  } finally {
    if (!options.store) db?.close();
  }
}
