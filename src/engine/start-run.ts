import { randomBytes } from "node:crypto";
import type Database from "better-sqlite3";
import { KurabeError } from "../errors.js";
import type { KurabeConfig } from "../config/schema.js";
import { redactConfig, redactModelConfig, collectSecrets } from "../config/redact.js";
import { ResponseCache } from "../store/response-cache.js";
import { RagIndexStore } from "../store/rag-index-store.js";
import { RunWriter } from "../store/run-writer.js";
import { PairwiseStore } from "../store/pairwise-store.js";
import { findRun, latestUnfinishedRun, settledStatus, unfinishedResults } from "../store/queries.js";
import { answeringVariants, planFingerprint, type LoadedSuite, type PlannedModel, type PlannedSuite } from "./plan.js";
import { closeModels, executesCode, prepareModels, prepareSuites } from "./prepare-plan.js";
import { runEngine } from "./run-engine.js";
import { KURABE_VERSION } from "../version.js";
import type { EngineEvent } from "./events.js";
import { reloadUserCode } from "../user-code/user-code-generation.js";

interface StartRunOptions {
  /**
   * The results store, or how to open it: opened once the plan is prepared, so a run refused before it starts (a
   * module that does not load, a bad data file) leaves no store behind.
   */
  db: Database.Database | (() => Database.Database);
  config: KurabeConfig;
  configPath?: string;
  /** Resume this run (or the latest unfinished run when `true`) instead of starting a new one. */
  resume?: string | true;
  /** Notes shown beside a model's results, by model id (e.g. a smoke-test model). */
  modelNotes?: Readonly<Record<string, string>>;
  env: Readonly<Record<string, string | undefined>>;
  signal: AbortSignal;
  onEvent(event: EngineEvent): void;
  /** Run model-written code without the sandbox (the user's explicit --unsafe-no-sandbox). */
  unsafeNoSandbox?: boolean;
  /** Called once the run exists in the store, before the first request. */
  onRunCreated?(runId: string): void;
}

export interface RunOutcome {
  runId: string;
  /** `completed` only when every planned result has an answer and a score (and every pairwise judgment a verdict). */
  status: "completed" | "incomplete" | "interrupted";
}

/** Plans, records and executes a run (or finishes an interrupted one); the store is left consistent in every case. */
export async function startRun(options: StartRunOptions): Promise<RunOutcome> {
  const unsafeNoSandbox = options.unsafeNoSandbox ?? false;
  reloadUserCode();
  let loaded: LoadedSuite[] | undefined = await prepareSuites(options.config, { unsafeNoSandbox, onEvent: options.onEvent });
  const models = await prepareModels(options.config, options.env, options.modelNotes);
  let retrieval: { close(): Promise<void> } | undefined;
  try {
    const db = typeof options.db === "function" ? options.db() : options.db;
    retrieval = await attachRetrieval(models, db, options);
    const fingerprint = planFingerprint(loaded, models);
    const writer = options.resume
      ? resumeWriter(db, options.resume, fingerprint)
      : createWriter(db, options, loaded, models, fingerprint, await sandboxSettingsJson(loaded, unsafeNoSandbox));
    // From here the items live in the store only: the engine reads them back a page at a time.
    const suites: PlannedSuite[] = loaded.map(({ items: _items, ...suite }) => suite);
    loaded = undefined;
    options.onRunCreated?.(writer.runId);
    let pairwiseFailed = 0;
    try {
      await runEngine({
        writer,
        suites,
        models,
        retry: options.config.retry,
        ...(options.config.cache ? { cache: new ResponseCache(db, writer.commits) } : {}),
        pairwise: new PairwiseStore(db, writer.runId),
        unsafeNoSandbox,
        secrets: collectSecrets(options.config, options.env),
        signal: options.signal,
        onEvent: (event) => {
          if (event.type === "pairwise") pairwiseFailed = event.failed;
          options.onEvent(event);
        },
      });
    } catch (error) {
      writer.finish(options.signal.aborted ? "interrupted" : "failed");
      if (options.signal.aborted) return { runId: writer.runId, status: "interrupted" };
      throw error;
    }
    const status = settledStatus({ unfinished: unfinishedResults(db, writer.runId), pairwiseFailed });
    writer.finish(status, pairwiseFailed);
    return { runId: writer.runId, status };
  } finally {
    await retrieval?.close();
    await closeModels(models);
  }
}

/** Indexes the collections of models with `rag:` (stored in the results store) and hands each model its retriever. */
async function attachRetrieval(
  models: PlannedModel[],
  db: Database.Database,
  options: StartRunOptions,
): Promise<{ close(): Promise<void> } | undefined> {
  if (!models.some((model) => model.config.rag)) return undefined;
  const { prepareRetrieval } = await import("../rag/prepare-retrieval.js");
  const prepared = await prepareRetrieval(models, new RagIndexStore(db), options.env, options.config.retry, options.signal);
  for (const model of models) {
    const rag = prepared.byModel.get(model.id);
    if (rag) model.rag = rag;
  }
  return prepared;
}

/** The sandbox settings kept with a run that executes code; the sandbox modules load for such a run only. */
async function sandboxSettingsJson(suites: readonly LoadedSuite[], unsafeNoSandbox: boolean): Promise<string | undefined> {
  if (!suites.some(executesCode)) return undefined;
  const { sandboxSettings } = await import("../scoring/sandbox/sandbox-settings.js");
  return JSON.stringify(sandboxSettings(unsafeNoSandbox));
}

function createWriter(
  db: Database.Database,
  options: StartRunOptions,
  suites: readonly LoadedSuite[],
  models: readonly PlannedModel[],
  fingerprint: string,
  sandboxJson: string | undefined,
): RunWriter {
  return RunWriter.create(
    db,
    {
      id: newRunId(),
      ...(options.configPath ? { configPath: options.configPath } : {}),
      configJson: JSON.stringify(redactConfig(options.config)),
      planFingerprint: fingerprint,
      kurabeVersion: KURABE_VERSION,
      ...(sandboxJson ? { sandboxJson } : {}),
    },
    models.flatMap((m) =>
      answeringVariants(m, suites).map(({ id, promptId }) => ({
        modelId: id,
        provider: m.config.provider,
        model: m.config.model,
        // The effective price (config or catalog) is kept so later views know which models had one.
        configJson: JSON.stringify({ ...redactModelConfig(m.config), price: m.price ?? null }),
        ...(m.note ? { note: m.note } : {}),
        ...(promptId === undefined ? {} : { variant: { baseModelId: m.id, promptId } }),
      })),
    ),
    suites.map((s) => ({
      name: s.config.name,
      category: s.config.category,
      configJson: JSON.stringify(s.config),
      samples: s.samples,
      items: s.items,
    })),
  );
}

function resumeWriter(db: Database.Database, resume: string | true, fingerprint: string): RunWriter {
  // The same lookup as every command that names a run: an id or a unique prefix, an ambiguous one refused.
  const run = resume === true ? latestUnfinishedRun(db) : findRun(db, resume);
  if (!run) throw new KurabeError("input", "there is no unfinished run to resume in this store");
  if (run.planFingerprint !== fingerprint) {
    throw new KurabeError(
      "input",
      `run ${run.id} was started with a different configuration or data; resume it with the same kurabe.yaml and data, or start a new run`,
    );
  }
  return RunWriter.resume(db, run.id);
}

/** Sortable, readable and unique: `20261128-154012-3fa9`. */
function newRunId(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `${stamp}-${randomBytes(2).toString("hex")}`;
}
