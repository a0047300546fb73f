import type { ScoreDetail } from "./score-detail.js";
import type { Score } from "./types.js";

/** A pass/fail score (value 1 or 0). */
export function verdict(passed: boolean, detail: string | ScoreDetail, extracted?: string): Score {
  const score: Score = { value: passed ? 1 : 0, passed, detail };
  if (extracted !== undefined) score.extracted = extracted;
  return score;
}

/** The failed score of an item whose `expected` a scorer cannot use (what it needs is said when the suite is checked). */
export function unusableExpected(scorer: string): Score {
  return verdict(false, { code: "unusable-expected", scorer });
}

/** Keeps report fields short: long answers are cut with an ellipsis. */
export function clip(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
