import type { ParamsConfig, ScorerSpec } from "../../config/schema.js";
import type { FailItem } from "../parse-item.js";
import type { Category, Item } from "../types.js";
import type { BuiltinSuiteName } from "./names.js";

/** Where a built-in benchmark comes from, shown in reports and `kurabe suites`. */
export interface SuiteSource {
  benchmark: string;
  url: string;
  license: string;
  citation: string;
}

/**
 * A benchmark kurabe ships: how to read its upstream records (the bundled subset or the user's full file), how to
 * ask, and how to score. Everything here is a default a suite in kurabe.yaml may override.
 */
export interface BuiltinSuite {
  name: BuiltinSuiteName;
  title: string;
  category: Category;
  source: SuiteSource;
  /** Reads one upstream JSONL record into an item. */
  toItem(record: Record<string, unknown>, line: number, fail: FailItem): Item;
  template?: string;
  system?: string;
  scorer: ScorerSpec | ScorerSpec[];
  params: ParamsConfig;
  /** Examples shown before each item unless the suite sets `shots`; exemplars come from the bundled data. */
  shots: number;
  /** How an exemplar's answer reads in a few-shot prompt (default: its expected answer). */
  exemplarAnswer?(item: Item): string;
  /** Few-shot exemplars are taken from items sharing this field's value first (MMLU: the same subject). */
  exemplarGroup?: string;
  /** What the suite needs beyond a model: code suites execute answers in the sandbox. */
  needs?: "sandbox";
  samples?: number;
}
