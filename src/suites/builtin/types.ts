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
 * The upstream files a built-in reads as they are downloaded: what they look like (for the error when a file is in
 * none of its layouts), and how records that are not one item each become records toItem reads.
 */
export interface UpstreamLayout {
  /** Each layout read, in words: the upstream file and its fields. */
  accepted: readonly string[];
  /** Whether a file's first record (after `reshape`) is in one of the accepted layouts. */
  fits(record: Record<string, unknown>): boolean;
  /** Upstream ships a folder of files (MMLU's data/test/): the files of a folder given as `path:` that are read. */
  folder?: { files: RegExp; description: string };
  /** Folders, relative to the data file's, where image paths are also looked up (MATH-V: images/ beside data/). */
  imageFolders?: readonly string[];
  /** The columns of the upstream CSV files, which have no header row (MMLU's data/test/<subject>_test.csv). */
  csvColumns?: readonly string[];
  /**
   * One upstream record as the records toItem reads: a SQuAD document flattened to its questions, a CSV row given
   * the subject its file name says, an id from the position when upstream has none. `index` is the record's
   * 0-based position in the file; `path` the file's.
   */
  reshape?(record: Record<string, unknown>, index: number, path: string, fail: FailItem): Record<string, unknown>[];
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
  /** Reads one upstream record (after the layout's reshape) into an item. */
  toItem(record: Record<string, unknown>, line: number, fail: FailItem): Item;
  layout: UpstreamLayout;
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
