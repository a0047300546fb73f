import { createHash } from "node:crypto";
import type { ModelConfig, PriceConfig, SuiteConfig } from "../config/schema.js";
import type { ChatMessage, Model } from "../models/types.js";
import type { NamedScorer } from "../scoring/apply-scorers.js";
import type { Item } from "../suites/types.js";
import { modelIdentity } from "./request-identity.js";

export interface PlannedSuite {
  config: SuiteConfig;
  items: readonly Item[];
  messagesFor(item: Item): ChatMessage[];
  scorers: readonly NamedScorer[];
  /** Items that name their own scorers, by item id. */
  itemScorers: ReadonlyMap<string, readonly NamedScorer[]>;
  samples: number;
}

export interface PlannedModel {
  id: string;
  config: ModelConfig;
  model: Model;
  price?: PriceConfig;
  /** Shown beside the model's results, e.g. that it is a smoke-test model. */
  note?: string;
}

export interface Task {
  suite: PlannedSuite;
  item: Item;
  sample: number;
}

/** Plan = suites × models × items × samples; tasks are generated lazily so 100,000 items cost no extra memory. */
export function* tasksFor(suites: readonly PlannedSuite[]): Generator<Task> {
  for (const suite of suites) {
    for (const item of suite.items) {
      for (let sample = 0; sample < suite.samples; sample++) yield { suite, item, sample };
    }
  }
}

export function countTasks(suites: readonly PlannedSuite[], models: number): number {
  return suites.reduce((sum, s) => sum + s.items.length * s.samples, 0) * models;
}

/**
 * A digest of what the run will ask: resuming is refused when the config or data changed since the run started, so a
 * resumed run never mixes answers to two different plans.
 */
export function planFingerprint(suites: readonly PlannedSuite[], models: readonly PlannedModel[]): string {
  const hash = createHash("sha256");
  for (const model of models) hash.update(`model\u0000${model.id}\u0000${modelIdentity(model.config)}\u0000`);
  for (const suite of suites) {
    hash.update(`suite\u0000${JSON.stringify(suite.config)}\u0000${suite.samples}\u0000`);
    for (const item of suite.items) hash.update(JSON.stringify(item));
  }
  return hash.digest("hex");
}
