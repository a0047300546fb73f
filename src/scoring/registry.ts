import { z } from "zod";
import type { ScorerSpec } from "../config/schema.js";
import { ConfigError, KurabeError, type ErrorLocation } from "../errors.js";
import type { Item } from "../suites/types.js";
import type { AnyScorer, ItemProblem, ScorerDefinition } from "./types.js";
import { scorerSpecLocation } from "./scorer-spec-location.js";

export type ItemCheck = (item: Item) => ItemProblem | undefined;

type AnyScorerDefinition = ScorerDefinition<z.ZodType, AnyScorer, AnyScorer | Promise<AnyScorer>>;

/**
 * Every scorer by name, imported when a suite first uses it: a run loads only its own scorer families (IFEval's
 * morphology, the sandbox, JSON Schema), which keeps start-up and memory small. Adding one is one file and one line.
 */
const loaders: Readonly<Record<string, () => Promise<AnyScorerDefinition>>> = {
  exact: async () => (await import("./exact.js")).exactScorer,
  normalized: async () => (await import("./normalized.js")).normalizedScorer,
  contains: async () => (await import("./contains.js")).containsScorer,
  regex: async () => (await import("./regex.js")).regexScorer,
  choice: async () => (await import("./choice.js")).choiceScorer,
  numeric: async () => (await import("./numeric.js")).numericScorer,
  "gsm8k-strict": async () => (await import("./gsm8k.js")).gsm8kStrictScorer,
  "gsm8k-flexible": async () => (await import("./gsm8k.js")).gsm8kFlexibleScorer,
  json: async () => (await import("./json.js")).jsonScorer,
  squad: async () => (await import("./reading/squad.js")).squadScorer,
  jsquad: async () => (await import("./reading/jsquad.js")).jsquadScorer,
  "math-answer": async () => (await import("./math-answer.js")).mathAnswerScorer,
  ifeval: async () => (await import("./ifeval/index.js")).ifevalScorer,
  code: async () => (await import("./code-scorer.js")).codeScorer,
  rubric: async () => (await import("./judges/rubric-judge.js")).rubricJudgeScorer,
  "char-f1": async () => (await import("./rag/char-f1.js")).charF1Scorer,
  faithfulness: async () => (await import("./rag/faithfulness.js")).faithfulnessScorer,
  "citation-precision": async () => (await import("./rag/citation.js")).citationPrecisionScorer,
  "citation-recall": async () => (await import("./rag/citation.js")).citationRecallScorer,
  "retrieval-recall": async () => (await import("./rag/retrieval.js")).retrievalRecallScorer,
  "retrieval-mrr": async () => (await import("./rag/retrieval.js")).retrievalMrrScorer,
  "retrieval-ndcg": async () => (await import("./rag/retrieval.js")).retrievalNdcgScorer,
  refusal: async () => (await import("./rag/refusal.js")).refusalScorer,
  module: async () => (await import("./module/module-scorer.js")).moduleScorer,
  python: async () => (await import("./python/python-scorer.js")).pythonScorer,
};

export const scorerNames: readonly string[] = Object.keys(loaders);

/** Every scorer's definition (name, options, description): loads every family, for listings and checks. */
export function listScorers(): Promise<AnyScorerDefinition[]> {
  return Promise.all(scorerNames.map((name) => loaders[name]!()));
}

export async function getScorerDefinition(name: string): Promise<AnyScorerDefinition | undefined> {
  return Object.hasOwn(loaders, name) ? loaders[name]!() : undefined;
}

/** The scorer's name in a spec: `"exact"` or `{type: "regex", ...}`. */
export function scorerType(spec: ScorerSpec): string {
  return typeof spec === "string" ? spec : spec.type;
}

/**
 * Builds a scorer from its spec, checking the options against the scorer's schema. Throws ConfigError naming the
 * unknown scorer (with the known names) or the bad option; `location` says where the spec came from.
 */
export async function createScorer(spec: ScorerSpec, given: ErrorLocation = {}): Promise<AnyScorer> {
  const location = scorerSpecLocation(spec) ?? given;
  const { type, ...options } = typeof spec === "string" ? { type: spec } : spec;
  const definition = await getScorerDefinition(type);
  if (!definition) {
    throw new ConfigError(`unknown scorer "${type}"; known scorers: ${scorerNames.join(", ")}`, location);
  }
  const parsed = definition.options.safeParse(options);
  if (!parsed.success) throw optionError(type, definition.options, parsed.error.issues, location);
  try {
    return await definition.create(parsed.data, location);
  } catch (error) {
    if (error instanceof KurabeError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`scorer "${type}": ${reason}`, location, { cause: error });
  }
}

/** The spec's check of an item (see ScorerDefinition.checkItem), bound to its options; for a spec createScorer took. */
export async function createItemCheck(spec: ScorerSpec): Promise<ItemCheck | undefined> {
  const { type, ...options } = typeof spec === "string" ? { type: spec } : spec;
  const definition = await getScorerDefinition(type);
  if (!definition?.checkItem) return undefined;
  const parsed: unknown = definition.options.parse(options);
  return (item) => definition.checkItem!(item, parsed);
}

function optionError(
  type: string,
  schema: z.ZodType,
  issues: readonly z.core.$ZodIssue[],
  location: ErrorLocation,
): ConfigError {
  // A misspelt option also shows up as a missing required one: the unknown key is the more useful report.
  const issue = issues.find((i) => i.code === "unrecognized_keys") ?? issues[0];
  const known = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  let message: string;
  let path: string;
  if (issue?.code === "unrecognized_keys") {
    path = issue.keys[0] ?? "";
    const allowed = known.length > 0 ? `options: ${known.join(", ")}` : "it takes no options";
    message = `unknown option ${issue.keys.map((key) => `"${key}"`).join(", ")} (${allowed})`;
  } else {
    path = issue?.path.join(".") ?? "";
    message = `${path ? `option "${path}": ` : ""}${issue?.message ?? "invalid options"}`;
  }
  const field = [location.field, path].filter(Boolean).join(".");
  return new ConfigError(`scorer "${type}": ${message}`, field ? { ...location, field } : location);
}
