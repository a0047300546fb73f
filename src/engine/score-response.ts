import type { Completion } from "../models/types.js";
import type { Item } from "../suites/types.js";
import type { ScoreRecord } from "../store/run-writer.js";
import type { NamedScorer } from "./plan.js";

/** Applies a suite's scorers to one answer; the first is the primary score. A scorer that throws scores 0, with why. */
export function scoreResponse(scorers: readonly NamedScorer[], item: Item, completion: Completion): ScoreRecord[] {
  const response = { text: completion.text, ...(completion.reasoning ? { reasoning: completion.reasoning } : {}) };
  return scorers.map((scorer, index) => {
    try {
      return { scorer: scorer.name, isPrimary: index === 0, ...scorer.score(item, response) };
    } catch (error) {
      return {
        scorer: scorer.name,
        isPrimary: index === 0,
        value: 0,
        passed: false,
        detail: `scorer failed: ${(error as Error).message}`,
      };
    }
  });
}
