import type { z } from "zod";
import type { Item } from "../suites/types.js";

/** What a scorer sees of a response: the answer text, kept apart from any reasoning. */
export interface ScoredResponse {
  text: string;
  reasoning?: string;
}

export interface Score {
  /** 0..1; 1 is fully correct. */
  value: number;
  passed: boolean;
  /** What the scorer took from the answer (the letter, the number, the JSON), for reports. */
  extracted?: string;
  /** Why, in a few words, for reports. */
  detail?: string;
}

export type Scorer = (item: Item, response: ScoredResponse) => Score;

/**
 * A named scorer: its options schema (validated from kurabe.yaml) and a factory. Adding a scorer is one file and one
 * line in src/scoring/registry.ts.
 */
export interface ScorerDefinition<Options extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  options: Options;
  create(options: z.infer<Options>): Scorer;
}
