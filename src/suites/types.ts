import type { ScorerSpec } from "../config/schema.js";

export type Category = "nlu" | "reasoning" | "code" | "multimodal" | "instruction" | "domain";

/** One evaluation item, as read from a data file and validated. */
export interface Item {
  id: string;
  /** The question; in a conversation, its last user turn. */
  input: string;
  /** A conversation's earlier turns, oldest first, sent before `input` (an item whose `input` is a list of turns). */
  turns?: Array<{ role: "user" | "assistant"; content: string }>;
  /** The gold answer: a string, a number, a choice letter or index, a list of acceptable answers, or an object. */
  expected?: unknown;
  /** Answer options for multiple-choice items, in order (A, B, C, …). */
  choices?: string[];
  /** Image files (absolute paths after loading) sent with the prompt. */
  images?: string[];
  /** Per-item system prompt, overriding the suite's. */
  system?: string;
  /** Per-item scorer, overriding the suite's. */
  scorer?: ScorerSpec | ScorerSpec[];
  /** Any other fields of the record, available to templates as `{{name}}` and to scorers. */
  fields: Record<string, unknown>;
  /** Why this item cannot be run here (a code problem needing a package the sandbox lacks): skipped, never asked. */
  unavailable?: string;
  /** 1-based line in the data file, for error messages. */
  line: number;
}
