import type { ScorerSpec } from "../config/schema.js";
import { ConfigError, KurabeError, ProviderError, type ErrorLocation } from "../errors.js";
import type { Item } from "../suites/types.js";
import { createItemCheck, createScorer, getScorerDefinition, scorerType, type ItemCheck } from "./registry.js";
import type { AnyScorer, Score, ScoredResponse, ScoringContext } from "./types.js";
import { clip } from "./verdict.js";

export interface NamedScorer {
  /** The scorer type, suffixed `-2`, `-3`… when a list uses the same type again (two regexes). */
  name: string;
  score: AnyScorer;
  /** It calls a model or runs a program (see ScorerDefinition). */
  usesContext: boolean;
  /** What it needs of an item, checked before any request (see ScorerDefinition.checkItem). */
  check?: ItemCheck;
  /** It scores retrieval: not applied beside the primary to an answer without passages (see ScorerDefinition). */
  needsRetrieval: boolean;
}

interface NamedScore extends Score {
  scorer: string;
}

interface ScoreSet {
  /** The first scorer's score: the one that counts for accuracy, statistics and rankings. */
  primary: NamedScore;
  /** Every score, the primary first, in the order the specs were written. */
  all: NamedScore[];
}

/** Builds the scorers of a suite or item (`scorer:` may be one spec or a list); the first is the primary. */
export async function createScorers(
  specs: ScorerSpec | readonly ScorerSpec[],
  location: ErrorLocation = {},
): Promise<NamedScorer[]> {
  const list: readonly ScorerSpec[] = Array.isArray(specs) ? specs : [specs];
  if (list.length === 0) throw new ConfigError("at least one scorer is needed", location);
  const seen = new Map<string, number>();
  const scorers: NamedScorer[] = [];
  for (const [i, spec] of list.entries()) {
    const type = scorerType(spec);
    const count = (seen.get(type) ?? 0) + 1;
    seen.set(type, count);
    const field = list.length > 1 ? `${location.field ?? "scorer"}.${i}` : location.field;
    const scorer = await createScorer(spec, field === undefined ? location : { ...location, field });
    const definition = await getScorerDefinition(type);
    const check = await createItemCheck(spec);
    scorers.push({
      name: count === 1 ? type : `${type}-${count}`,
      score: scorer,
      usesContext: definition?.usesContext === true,
      needsRetrieval: definition?.needsRetrieval === true,
      ...(check ? { check } : {}),
    });
  }
  return scorers;
}

/** The scorer's machinery failed (a judge model's outage, the code sandbox, a user's scorer module), not the answer. */
export function isScoringInfrastructureFailure(error: unknown): error is KurabeError {
  return error instanceof ProviderError || (error instanceof KurabeError && (error.code === "sandbox" || error.code === "scorer"));
}

/** The error class an unscored answer is counted under: `judge_rate_limit`, `sandbox`, `scorer`. */
export function scoringFailureKind(error: KurabeError): string {
  return error instanceof ProviderError ? `judge_${error.kind}` : error.code;
}

/**
 * Applies every scorer to one response, one after another; the order only decides which one is primary. A scorer
 * that throws scores 0 with the reason, so one faulty scorer cannot stop a run, unless the run itself was stopped.
 * A retrieval scorer beside the primary one does not apply to an answer without passages: it gives no score.
 */
export async function applyScorers(
  scorers: readonly NamedScorer[],
  item: Item,
  response: ScoredResponse,
  context: ScoringContext,
): Promise<ScoreSet> {
  const all: NamedScore[] = [];
  for (const [index, { name, score, needsRetrieval }] of scorers.entries()) {
    if (index > 0 && needsRetrieval && !response.passages) continue;
    try {
      all.push({ scorer: name, ...(await score(item, response, context)) });
    } catch (error) {
      if (context.signal.aborted) throw context.signal.reason;
      // A judge or sandbox that failed is an infrastructure failure: the answer stays unscored, never scored 0.
      if (isScoringInfrastructureFailure(error)) throw error;
      all.push({ scorer: name, value: 0, passed: false, detail: { code: "scorer-failed", message: clip((error as Error).message, 300) } });
    }
  }
  const [primary] = all;
  if (!primary) throw new ConfigError("at least one scorer is needed");
  return { primary, all };
}
