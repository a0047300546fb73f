import { basename, resolve } from "node:path";
import { withCodePathFrom } from "../scoring/user-code-path.js";
import { folderProblem } from "../rag/check-folder.js";
import type { RagConfig } from "../rag/rag-schema.js";
import { existsSync } from "node:fs";
import type { ErrorLocation } from "../errors.js";
import { rememberScorerSpecLocation } from "../scoring/scorer-spec-location.js";
import type { KurabeConfig, ModelConfig, PromptConfig, ScorerSpec, SuiteInput } from "./schema.js";
import { variantId } from "./variant-id.js";

type ResolvedModelConfig = ModelConfig & { id: string };

/** A validated config whose models all have ids and whose file paths are absolute. */
export type ResolvedConfig = Omit<KurabeConfig, "models"> & { models: ResolvedModelConfig[] };

interface ResolveContext {
  /** The config file's folder: relative paths in the config are relative to it, not to the working directory. */
  dir: string;
  lineOf(path: readonly PropertyKey[]): number;
  /** The file, line and field of a config path, for errors raised after loading. */
  locate(path: readonly PropertyKey[]): ErrorLocation;
  fail(path: readonly PropertyKey[], message: string): never;
}

/**
 * Gives every model its id (`provider:model`; a llamacpp model by its file name) and makes the suite data, GGUF,
 * LoRA, provider module and database paths absolute. Two models or suites with the same name would mix their results in the store,
 * so duplicates are errors.
 */
export function resolveConfig(config: KurabeConfig, context: ResolveContext): ResolvedConfig {
  const at = (path: string) => resolve(context.dir, path);
  const models = config.models.map((model, index): ResolvedModelConfig => {
    const rag = model.rag ? { rag: resolveRag(model.rag, ["models", index, "rag"], context) } : {};
    // A provider module's file is looked for when the model is prepared (load-model-module.ts), not here: a command
    // that asks no model (rescore, report) needs none.
    if (model.provider === "module") return { ...model, ...rag, id: model.id ?? `module:${model.model}`, path: at(model.path) };
    if (model.provider !== "llamacpp") return { ...model, ...rag, id: model.id ?? `${model.provider}:${model.model}` };
    return {
      ...model,
      ...rag,
      id: model.id ?? `llamacpp:${basename(model.model)}`,
      model: at(model.model),
      lora: model.lora.map((adapter) => ({ ...adapter, path: at(adapter.path) })),
    };
  });
  rejectDuplicates(
    models.map((model, index) => ({
      name: model.id,
      path: config.models[index]?.id === undefined ? ["models", index] : ["models", index, "id"],
    })),
    "model id",
    "give each model its own `id`",
    context,
  );
  const suites = config.suites.map(
    (suite, index): SuiteInput => ({
      ...suite,
      ...(suite.prompts ?? config.prompts ? { prompts: suite.prompts ?? config.prompts } : {}),
      ...(suite.scorer === undefined ? {} : { scorer: resolveScorers(suite.scorer, ["suites", index, "scorer"], context) }),
      ...(suite.path === undefined ? {} : { path: at(suite.path) }),
      ...(suite.examples === undefined ? {} : { examples: at(suite.examples) }),
    }),
  );
  rejectDuplicates(
    suites.map((suite, index) => ({
      name: suite.name ?? suite.builtin ?? "",
      path: suite.name === undefined ? ["suites", index, "builtin"] : ["suites", index, "name"],
    })),
    "suite name",
    "suite names must be unique",
    context,
  );
  rejectVariantCollisions(models, suites[0]?.prompts ?? [], context);
  return { ...config, models, suites, ...(config.db === undefined ? {} : { db: at(config.db) }) };
}

/**
 * A scorer module's path made absolute (relative to kurabe.yaml) and checked to exist; every spec remembers its line,
 * so a scorer that cannot be built later, when the run prepares, still names it.
 */
function resolveScorers(
  specs: ScorerSpec | ScorerSpec[],
  path: readonly PropertyKey[],
  context: ResolveContext,
): ScorerSpec | ScorerSpec[] {
  const one = (spec: ScorerSpec, at: readonly PropertyKey[]): ScorerSpec => {
    if (typeof spec === "string") return spec;
    const { spec: resolved, missing } = withCodePathFrom(spec, context.dir);
    if (missing) context.fail([...at, "path"], missing);
    rememberScorerSpecLocation(resolved, context.locate(at));
    return resolved;
  };
  return Array.isArray(specs) ? specs.map((spec, i) => one(spec, [...path, i])) : one(specs, path);
}

/** A model's document folders and GGUF embedder made absolute; a folder that cannot serve stops here, at its line. */
function resolveRag(rag: RagConfig, path: readonly PropertyKey[], context: ResolveContext): RagConfig {
  const folders = rag.folders.map((folder, index) => {
    const absolute = resolve(context.dir, folder);
    const problem = folderProblem(absolute);
    if (problem) context.fail([...path, "folders", index], problem);
    return absolute;
  });
  rag.exclude.forEach((file, index) => {
    if (!folders.some((folder) => existsSync(resolve(folder, file)))) {
      context.fail([...path, "exclude", index], `no document ${file} in ${rag.folders.join(", ")} (exclude names files relative to a folder)`);
    }
  });
  const embedding =
    rag.embedding?.provider === "llamacpp" ? { embedding: { ...rag.embedding, model: resolve(context.dir, rag.embedding.model) } } : {};
  return { ...rag, folders, ...embedding };
}

/** A variant's id (`model@prompt`) must not be another model's id, or their answers would mix in the store. */
function rejectVariantCollisions(models: readonly ResolvedModelConfig[], prompts: readonly PromptConfig[], context: ResolveContext): void {
  const ids = new Map(models.map((model, index) => [model.id, index]));
  models.forEach((model, index) => {
    if (model.judgeOnly) return;
    for (const prompt of prompts) {
      const clash = ids.get(variantId(model.id, prompt.id));
      if (clash !== undefined) {
        context.fail(["models", clash, "id"], `model id "${variantId(model.id, prompt.id)}" is also the id of model ${model.id} asked with prompt "${prompt.id}" (models[${index}]); give the model another id`);
      }
    }
  });
}

function rejectDuplicates(
  entries: ReadonlyArray<{ name: string; path: PropertyKey[] }>,
  what: string,
  advice: string,
  context: ResolveContext,
): void {
  const first = new Map<string, PropertyKey[]>();
  for (const { name, path } of entries) {
    const earlier = first.get(name);
    if (earlier) {
      context.fail(path, `duplicate ${what} "${name}" (first on line ${context.lineOf(earlier)}); ${advice}`);
    }
    first.set(name, path);
  }
}
