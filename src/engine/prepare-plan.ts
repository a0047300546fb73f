import type { KurabeConfig, ModelConfig } from "../config/schema.js";
import { ConfigError } from "../errors.js";
import { createModel } from "../models/create-model.js";
import { lookupCatalog } from "../models/catalog.js";
import { displayPath } from "../config/display-path.js";
import { createScorers, type NamedScorer } from "../scoring/apply-scorers.js";
import { checkItemsScorable } from "../scoring/check-items.js";
import { prepareSuite } from "../suites/prepare-suite.js";
import type { LoadedSuite, PlannedModel, PlannedSuite } from "./plan.js";
import type { EngineEvent } from "./events.js";

/**
 * Loads every suite's items and scorers. Runs before anything is written to the store, so bad data stops the run
 * with a clear error and leaves no half-made run behind.
 */
export async function prepareSuites(
  config: KurabeConfig,
  options: { unsafeNoSandbox?: boolean; onEvent?: (event: EngineEvent) => void } = {},
): Promise<LoadedSuite[]> {
  checkJudges(config);
  const suites: LoadedSuite[] = [];
  for (const [index, input] of config.suites.entries()) {
    const { config: suite, items, messagesFor, prompts, decoded } = await prepareSuite(input);
    for (const { file, encoding } of decoded) options.onEvent?.({ type: "decoded", suite: suite.name, file, encoding });
    const itemScorers = new Map<string, readonly NamedScorer[]>();
    for (const item of items) {
      if (item.scorer) itemScorers.set(item.id, await createScorers(item.scorer, { file: suite.path, line: item.line, field: "scorer" }));
    }
    const scorers = await createScorers(suite.scorer, { field: `suites[${index}].scorer` });
    checkItemsScorable(displayPath(suite.path), items, (item) => itemScorers.get(item.id) ?? scorers);
    suites.push({
      config: suite,
      items,
      itemCount: items.length,
      messagesFor,
      prompts,
      scorers,
      itemScorers,
      samples: suite.samples ?? config.samples,
    });
  }
  if (suites.some(executesCode)) await requireSandbox(options.unsafeNoSandbox ?? false);
  return suites;
}

/** Whether a suite runs model-written code (its scorers, or an item's, are code scorers). */
export function executesCode(suite: Pick<PlannedSuite, "scorers" | "itemScorers">): boolean {
  const uses = (scorers: readonly NamedScorer[]) => scorers.some((s) => s.name === "code" || s.name.startsWith("code-"));
  return uses(suite.scorers) || [...suite.itemScorers.values()].some(uses);
}

/**
 * Code suites refuse to run without the sandbox, unless the user explicitly and loudly opted out. The sandbox modules
 * load here, for a run that executes code only.
 */
export async function requireSandbox(unsafeNoSandbox: boolean): Promise<void> {
  if (unsafeNoSandbox) return (await import("../scoring/sandbox/unsafe-run.js")).warnUnsafeNoSandbox();
  const { sandboxAvailability, sandboxUnavailableError } = await import("../scoring/sandbox/availability.js");
  const availability = await sandboxAvailability();
  if (!availability.available) throw sandboxUnavailableError(availability);
}

/** Every judge a suite names (rubric scorers, pairwise judging) must be a model of the config. */
export function checkJudges(config: KurabeConfig): void {
  const ids = new Set(config.models.map(modelIdOf));
  config.suites.forEach((suite, index) => {
    const specs = suite.scorer === undefined ? [] : Array.isArray(suite.scorer) ? suite.scorer : [suite.scorer];
    const judges = [
      ...specs.flatMap((spec, at) =>
        typeof spec === "object" && typeof spec.judge === "string" ? [{ judge: spec.judge, field: `scorer[${at}].judge` }] : [],
      ),
      ...(suite.pairwise ? [{ judge: suite.pairwise.judge, field: "pairwise.judge" }] : []),
    ];
    for (const { judge, field } of judges) {
      if (!ids.has(judge)) {
        throw new ConfigError(`judge "${judge}" is not a model in this config (models: ${[...ids].join(", ")})`, {
          field: `suites[${index}].${field}`,
        });
      }
    }
  });
}

export function modelIdOf(config: ModelConfig): string {
  return config.id ?? `${config.provider}:${config.model}`;
}

/** Creates each model; closes those already made if a later one fails. */
export async function prepareModels(
  config: KurabeConfig,
  env: Readonly<Record<string, string | undefined>>,
  notes: Readonly<Record<string, string>> = {},
): Promise<PlannedModel[]> {
  const models: PlannedModel[] = [];
  try {
    for (const [index, modelConfig] of config.models.entries()) {
      const note = notes[modelIdOf(modelConfig)];
      const planned = await prepareModel(modelConfig, env).catch((error: unknown) => {
        throw atModel(error, index);
      });
      models.push({ ...planned, ...(note ? { note } : {}) });
    }
  } catch (error) {
    await closeModels(models);
    throw error;
  }
  return models;
}

/** A model's config error (a provider module without `stream`: field `path`) placed at that model: `models[1].path`. */
function atModel(error: unknown, index: number): unknown {
  if (!(error instanceof ConfigError) || error.location.file !== undefined) return error;
  const { field } = error.location;
  return new ConfigError(error.message, { ...error.location, field: `models[${index}]${field ? `.${field}` : ""}` }, { cause: error });
}

/** One model of the config, made and priced (kurabe.yaml's price, else the catalog's). */
export async function prepareModel(config: ModelConfig, env: Readonly<Record<string, string | undefined>>): Promise<PlannedModel> {
  const catalog = config.provider === "llamacpp" ? undefined : lookupCatalog(config.provider, config.model, env);
  const price = config.price ?? catalog?.price;
  const model = await createModel(config, env);
  return { id: modelIdOf(config), config, model, ...(price ? { price } : {}) };
}

export async function closeModels(models: readonly PlannedModel[]): Promise<void> {
  await Promise.allSettled(models.map((m) => m.model.close?.()));
}
