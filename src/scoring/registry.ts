import { z } from "zod";
import type { ScorerSpec } from "../config/schema.js";
import { ConfigError, KurabeError, type ErrorLocation } from "../errors.js";
import { choiceScorer } from "./choice.js";
import { containsScorer } from "./contains.js";
import { exactScorer } from "./exact.js";
import { gsm8kFlexibleScorer, gsm8kStrictScorer } from "./gsm8k.js";
import { jsonScorer } from "./json.js";
import { mathAnswerScorer } from "./math-answer.js";
import { normalizedScorer } from "./normalized.js";
import { numericScorer } from "./numeric.js";
import { jsquadScorer } from "./reading/jsquad.js";
import { squadScorer } from "./reading/squad.js";
import { regexScorer } from "./regex.js";
import { rubricJudgeScorer } from "./judges/rubric-judge.js";
import { codeScorer } from "./code-scorer.js";
import { ifevalScorer } from "./ifeval/index.js";
import type { AnyScorer, ScorerDefinition } from "./types.js";

type AnyScorerDefinition = ScorerDefinition<z.ZodType, AnyScorer>;

/** Every scorer by name; adding one is one file and one line here. */
const definitions: readonly AnyScorerDefinition[] = [
  exactScorer,
  normalizedScorer,
  containsScorer,
  regexScorer,
  choiceScorer,
  numericScorer,
  gsm8kStrictScorer,
  gsm8kFlexibleScorer,
  jsonScorer,
  squadScorer,
  jsquadScorer,
  mathAnswerScorer,
  ifevalScorer,
  codeScorer,
  rubricJudgeScorer,
];

const byName = new Map(definitions.map((definition) => [definition.name, definition]));

export function listScorers(): readonly AnyScorerDefinition[] {
  return definitions;
}

export function getScorerDefinition(name: string): AnyScorerDefinition | undefined {
  return byName.get(name);
}

/** The scorer's name in a spec: `"exact"` or `{type: "regex", ...}`. */
export function scorerType(spec: ScorerSpec): string {
  return typeof spec === "string" ? spec : spec.type;
}

/**
 * Builds a scorer from its spec, checking the options against the scorer's schema. Throws ConfigError naming the
 * unknown scorer (with the known names) or the bad option; `location` says where the spec came from.
 */
export function createScorer(spec: ScorerSpec, location: ErrorLocation = {}): AnyScorer {
  const { type, ...options } = typeof spec === "string" ? { type: spec } : spec;
  const definition = byName.get(type);
  if (!definition) {
    const known = definitions.map((d) => d.name).join(", ");
    throw new ConfigError(`unknown scorer "${type}"; known scorers: ${known}`, location);
  }
  const parsed = definition.options.safeParse(options);
  if (!parsed.success) throw optionError(type, definition.options, parsed.error.issues, location);
  try {
    return definition.create(parsed.data);
  } catch (error) {
    if (error instanceof KurabeError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`scorer "${type}": ${reason}`, location, { cause: error });
  }
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
