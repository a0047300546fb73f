import type Database from "better-sqlite3";
import type { KurabeConfig, ModelConfig, SuiteConfig } from "../config/schema.js";
import { collectSecrets, scrubSecrets } from "../config/redact.js";
import { displayPath } from "../config/display-path.js";
import { KurabeError } from "../errors.js";
import { createScorers, isScoringInfrastructureFailure, scoringFailureKind, type NamedScorer } from "../scoring/apply-scorers.js";
import { checkItemsScorable } from "../scoring/check-items.js";
import { effectiveSuite } from "../suites/effective-suite.js";
import type { Item } from "../suites/types.js";
import type { ScoredResponse } from "../scoring/types.js";
import { ResponseCache } from "../store/response-cache.js";
import { PairwiseStore } from "../store/pairwise-store.js";
import { findRun, runModels, runSuites } from "../store/queries.js";
import type { ResponseKey } from "../store/run-writer.js";
import { RevisionWriter, type RevisedSuite } from "../store/scoring-revisions.js";
import { StoredItems } from "../store/stored-items.js";
import type { EngineEvent } from "./events.js";
import { Lane } from "./lane.js";
import { pendingJudgments, runPairwiseStage, type PairwiseSuite } from "./pairwise-stage.js";
import type { PlannedModel, PlannedSuite } from "./plan.js";
import { checkJudges, closeModels, executesCode, modelIdOf, prepareModel, requireSandbox } from "./prepare-plan.js";
import { scorersOf, scoresFor, storedResponse } from "./score-answer.js";
import { scoringContext } from "./scoring-context.js";
import { reloadUserCode } from "../user-code/user-code-generation.js";

interface RescoreOptions {
  db: Database.Database;
  /** The config whose scorers (and judges) score the stored answers: kurabe.yaml as it is now. */
  config: KurabeConfig;
  /** A run id or unique prefix; the latest run when absent. */
  run?: string;
  /** Only these suites (default: every suite of the run that the config still has). */
  suites?: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  signal: AbortSignal;
  onEvent(event: EngineEvent): void;
  unsafeNoSandbox?: boolean;
}

interface RescoreOutcome {
  runId: string;
  status: "completed" | "interrupted";
  /** The scoring revision written (absent when interrupted: nothing was committed). */
  revision?: number;
  suites: string[];
  scored: number;
  unscored: number;
  /** Pairwise verdicts of the rescored suites stored in this revision, and judgments whose judge failed. */
  pairwise: { judged: number; failed: number };
}

interface RescoredSuite extends Pick<PlannedSuite, "scorers" | "itemScorers">, PairwiseSuite {
  name: string;
  spec: RevisedSuite;
}

/**
 * Scores a finished run's stored answers again with the config's scorers, and judges its suites' pairs again where they
 * ask for pairwise judging, as a new scoring revision of the same run: no model is asked for an answer. A judge is
 * asked only through its lane, whose response cache answers every verdict whose judge and prompt are unchanged.
 * Nothing changes in the store until every answer is scored and every pair judged (see RevisionWriter).
 */
export async function rescoreRun(options: RescoreOptions): Promise<RescoreOutcome> {
  const { db, config } = options;
  const run = findRun(db, options.run);
  if (run.status === "running") {
    // Its answers are still arriving (or its process died mid-run): scores swapped in now would be overwritten or partial.
    throw new KurabeError(
      "input",
      `run ${run.id} is still running (or its process ended without finishing it): rescore it once it has ended; to finish a run whose process died: kurabe run --resume ${run.id}`,
    );
  }
  checkJudges(config);
  reloadUserCode();
  const suites = await rescoredSuites(db, run.id, config, options.suites);
  const unsafeNoSandbox = options.unsafeNoSandbox ?? false;
  if (suites.some(executesCode)) await requireSandbox(unsafeNoSandbox);

  const lanes = new LazyLanes(options);
  const secrets = collectSecrets(config, options.env);
  const context = scoringContext((id) => lanes.get(id), {
    signal: options.signal,
    unsafeNoSandbox,
    secrets,
    onEvent: options.onEvent,
  });
  const writer = new RevisionWriter(db, run.id);
  const answers = storedAnswers(db, run.id, suites);
  const items = new StoredItems(db, run.id);
  const evaluated = runModels(db, run.id).map((model) => model.modelId);
  options.onEvent({ type: "planned", total: answers.count, alreadyDone: 0 });
  const names = suites.map((suite) => suite.name);
  let pairwise = { judged: 0, failed: 0 };
  try {
    const worker = async () => {
      for (let next = answers.next(); next; next = answers.next()) {
        if (options.signal.aborted) throw options.signal.reason;
        const { suite, item, key, response } = next;
        const report = (status: "ok" | "error", errorKind?: string) =>
          options.onEvent({ type: "result", modelId: key.modelId, suite: key.suite, status, fromCache: false, ...(errorKind ? { errorKind } : {}) });
        try {
          writer.writeScores(key, await scoresFor(scorersOf(suite, item), item, response, context));
          report("ok");
        } catch (error) {
          if (!isScoringInfrastructureFailure(error)) throw error;
          const errorKind = scoringFailureKind(error);
          writer.markUnscored(key, errorKind, scrubSecrets(error.message, secrets));
          report("error", errorKind);
        }
      }
    };
    await Promise.all(Array.from({ length: workersFor(config) }, worker));
    if (suites.some((suite) => suite.config.pairwise)) {
      const staged = new PairwiseStore(db, run.id, writer.revision);
      const concurrency = (id: string) => config.models.find((model) => modelIdOf(model) === id)?.concurrency ?? 1;
      pairwise = await runPairwiseStage(suites, (name) => items.of(name), evaluated, staged, context, concurrency);
      options.onEvent({ type: "pairwise", ...pairwise });
    }
  } catch (error) {
    if (options.signal.aborted) return { runId: run.id, status: "interrupted", suites: names, ...writer.counts, pairwise };
    throw error;
  } finally {
    await lanes.close();
  }
  writer.commit(suites.map((suite) => suite.spec), pairwise.failed + unjudgedElsewhere(db, run.id, names, evaluated));
  return { runId: run.id, status: "completed", revision: writer.revision, suites: names, ...writer.counts, pairwise };
}

/** Judgments without a verdict in the run's pairwise suites that this rescore leaves as they are. */
function unjudgedElsewhere(db: Database.Database, runId: string, rescored: readonly string[], modelIds: readonly string[]): number {
  const rows = db.prepare("SELECT name, json_extract(config_json, '$.pairwise') AS pairwise FROM suites WHERE run_id = ? AND pairwise IS NOT NULL").all(runId) as Array<{ name: string; pairwise: string }>;
  const items = new StoredItems(db, runId);
  const store = new PairwiseStore(db, runId);
  return rows
    .filter((row) => !rescored.includes(row.name))
    .reduce((sum, row) => sum + pendingJudgments({ config: { name: row.name, pairwise: JSON.parse(row.pairwise) as SuiteConfig["pairwise"] } }, items.of(row.name), modelIds, store), 0);
}

/** The run's suites the config still has (or those named), each with the config's scorers. */
async function rescoredSuites(
  db: Database.Database,
  runId: string,
  config: KurabeConfig,
  only: readonly string[] | undefined,
): Promise<RescoredSuite[]> {
  const stored = runSuites(db, runId).map((suite) => suite.name);
  const effective = await Promise.all(config.suites.map(effectiveSuite));
  const configured = new Map(effective.map((suite, index) => [suite.name, { suite, index }]));
  for (const name of only ?? []) {
    if (!stored.includes(name)) throw new KurabeError("input", `run ${runId} has no suite "${name}" (suites: ${stored.join(", ")})`);
    if (!configured.has(name)) throw new KurabeError("input", `the config has no suite "${name}" to take its scorers from`);
  }
  const names = stored.filter((name) => (only ? only.includes(name) : configured.has(name)));
  if (names.length === 0) {
    throw new KurabeError("input", `none of run ${runId}'s suites (${stored.join(", ")}) is in the config: there are no scorers to rescore them with`);
  }
  const items = new StoredItems(db, runId);
  const suites: RescoredSuite[] = [];
  for (const name of names) {
    const { suite, index } = configured.get(name)!;
    const scorers = await createScorers(suite.scorer, { field: `suites[${index}].scorer` });
    const itemScorers = new Map<string, readonly NamedScorer[]>();
    for (const item of items.of(name)) {
      if (item.scorer) itemScorers.set(item.id, await createScorers(item.scorer, { file: displayPath(suite.path), line: item.line, field: "scorer" }));
    }
    checkItemsScorable(displayPath(suite.path), items.of(name), (item) => itemScorers.get(item.id) ?? scorers);
    const pairwise = suite.pairwise;
    suites.push({ name, scorers, itemScorers, config: { name, pairwise }, spec: { name, scorer: suite.scorer, ...(pairwise ? { pairwise } : {}) } });
  }
  return suites;
}

interface StoredTask {
  suite: RescoredSuite;
  item: Item;
  key: ResponseKey;
  response: ScoredResponse;
}

/** Every answered (status ok) result of the suites, in item order, read lazily from the store. */
function storedAnswers(db: Database.Database, runId: string, suites: readonly RescoredSuite[]): { count: number; next(): StoredTask | undefined } {
  const countOf = db.prepare("SELECT count(*) FROM responses WHERE run_id = ? AND suite = ? AND status = 'ok'").pluck();
  const count = suites.reduce((sum, suite) => sum + (countOf.get(runId, suite.name) as number), 0);
  const answersOf = db.prepare(
    `SELECT model_id AS modelId, sample, text, reasoning, retrieval_json AS retrievalJson FROM responses
     WHERE run_id = ? AND suite = ? AND item_id = ? AND status = 'ok' ORDER BY model_id, sample`,
  );
  const items = new StoredItems(db, runId);
  function* tasks(): Generator<StoredTask> {
    for (const suite of suites) {
      for (const item of items.of(suite.name)) {
        const rows = answersOf.all(runId, suite.name, item.id) as Array<{
          modelId: string;
          sample: number;
          text: string | null;
          reasoning: string | null;
          retrievalJson: string | null;
        }>;
        for (const row of rows) {
          const response = storedResponse({
            text: row.text ?? "",
            ...(row.reasoning ? { reasoning: row.reasoning } : {}),
            ...(row.retrievalJson ? { retrievalJson: row.retrievalJson } : {}),
          });
          yield { suite, item, key: { suite: suite.name, itemId: item.id, modelId: row.modelId, sample: row.sample }, response };
        }
      }
    }
  }
  const generator = tasks();
  return {
    count,
    next: () => {
      const step = generator.next();
      return step.done ? undefined : step.value;
    },
  };
}

/** As many answers scored at once as the busiest model may be asked: each lane still keeps its own limit. */
function workersFor(config: KurabeConfig): number {
  return Math.max(1, ...config.models.map((model) => model.concurrency));
}

/** The config's models, each made (a GGUF loaded) only when a scorer first calls it. */
class LazyLanes {
  private readonly lanes = new Map<string, Promise<Lane>>();
  private readonly made: PlannedModel[] = [];
  private readonly configs: Map<string, ModelConfig>;

  constructor(
    private readonly options: RescoreOptions,
  ) {
    this.configs = new Map(options.config.models.map((model) => [modelIdOf(model), model]));
  }

  get(modelId: string): Promise<Lane> | undefined {
    const existing = this.lanes.get(modelId);
    if (existing) return existing;
    const modelConfig = this.configs.get(modelId);
    if (!modelConfig) return undefined;
    const { config, db, env, signal, onEvent } = this.options;
    const lane = prepareModel(modelConfig, env).then((planned) => {
      this.made.push(planned);
      return new Lane(planned, { retry: config.retry, ...(config.cache ? { cache: new ResponseCache(db) } : {}), signal, onEvent });
    });
    this.lanes.set(modelId, lane);
    return lane;
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.lanes.values());
    await closeModels(this.made);
  }
}
