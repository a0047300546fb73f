import { createHash } from "node:crypto";
import type { ModelConfig, PriceConfig, SuiteConfig } from "../config/schema.js";
import type { ChatMessage, Model } from "../models/types.js";
import type { NamedScorer } from "../scoring/apply-scorers.js";
import type { PlannedRag } from "../rag/prepare-retrieval.js";
import type { Item } from "../suites/types.js";
import { modelIdentity } from "./request-identity.js";
import type { SuitePrompt } from "../suites/prepare-suite.js";
import { variantId } from "../config/variant-id.js";

/** A suite as the engine runs it; its items are in the store (see RunWriter.items). */
export interface PlannedSuite {
  config: SuiteConfig;
  itemCount: number;
  messagesFor(item: Item): ChatMessage[];
  /** Prompt variants: each model answers every item once per prompt, as the variant `model@prompt`; empty: once. */
  prompts: readonly SuitePrompt[];
  scorers: readonly NamedScorer[];
  /** Items that name their own scorers, by item id. */
  itemScorers: ReadonlyMap<string, readonly NamedScorer[]>;
  samples: number;
}

/** A suite as read from its files, with every item: they are stored with the run, then read back a page at a time. */
export interface LoadedSuite extends PlannedSuite {
  items: readonly Item[];
}

export interface PlannedModel {
  id: string;
  config: ModelConfig;
  model: Model;
  price?: PriceConfig;
  /** Shown beside the model's results, e.g. that it is a smoke-test model. */
  note?: string;
  /** Retrieval before each question (the model's `rag:`), attached once its index is ready. */
  rag?: PlannedRag;
}

export interface Task {
  suite: PlannedSuite;
  item: Item;
  sample: number;
  /** The prompt variant asked; absent for a suite without `prompts:`. */
  prompt?: SuitePrompt;
}

/**
 * Plan = suites × models × items × samples × prompts, generated lazily from the items' source (the store) so that a
 * run of 100,000 items never holds them all.
 */
export function* tasksFor(suites: readonly PlannedSuite[], itemsOf: (suite: string) => Iterable<Item>): Generator<Task> {
  for (const suite of suites) {
    for (const item of itemsOf(suite.config.name)) {
      for (let sample = 0; sample < suite.samples; sample++) {
        if (suite.prompts.length === 0) yield { suite, item, sample };
        for (const prompt of suite.prompts) yield { suite, item, sample, prompt };
      }
    }
  }
}

export function countTasks(suites: readonly PlannedSuite[], models: number): number {
  return suites.reduce((sum, s) => sum + s.itemCount * s.samples * Math.max(1, s.prompts.length), 0) * models;
}

/**
 * What a model's answers are stored under: one variant per prompt (every suite compares the same prompt ids, see
 * configSchema), else the model itself. Judge-only models answer no item and stay themselves.
 */
export function answeringVariants(model: PlannedModel, suites: readonly PlannedSuite[]): Array<{ id: string; promptId?: string }> {
  const prompts = suites[0]?.prompts ?? [];
  if (model.config.judgeOnly || prompts.length === 0) return [{ id: model.id }];
  return prompts.map((prompt) => ({ id: variantId(model.id, prompt.id), promptId: prompt.id }));
}

/**
 * A digest of what the run will ask: resuming is refused when the config or data changed since the run started, so a
 * resumed run never mixes answers to two different plans.
 */
export function planFingerprint(suites: readonly LoadedSuite[], models: readonly PlannedModel[]): string {
  const hash = createHash("sha256");
  for (const model of models) {
    hash.update(`model\u0000${model.id}\u0000${modelIdentity(model.config)}\u0000${JSON.stringify(model.config.rag ?? null)}\u0000`);
  }
  for (const suite of suites) {
    hash.update(`suite\u0000${JSON.stringify(suite.config)}\u0000${suite.samples}\u0000`);
    for (const item of suite.items) hash.update(JSON.stringify(item));
  }
  return hash.digest("hex");
}
