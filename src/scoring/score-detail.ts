/**
 * What a built-in scorer says about an answer, as a message code with its values instead of English words, so that a
 * report words it in its own language (src/report/i18n/score-detail-text.ts). Values taken from the answer or the
 * item (a picked label, an expected answer) stay as they are. Custom scorers and judges give free text instead.
 */
export type ScoreDetail =
  /** The option or number read from the answer, how it was found, and the expected one(s) when it is wrong. */
  | { code: "picked"; got: string; via?: string; expected?: string[] }
  /** Nothing of the kind the scorer looks for was in the answer. */
  | { code: "not-found"; what: "choice" | "option" | "number" | "answer" | "gsm8k-marker" | "match" }
  /** The answer names several options with nothing to settle which. */
  | { code: "ambiguous"; options: string[] }
  /** The answer matches an expected one, in the scorer's sense. */
  | { code: "match"; how: "exact" | "normalized" | "regex" | "pattern" | "gsm8k-strict" | "gsm8k-flexible" }
  /** The answer (or what was taken from it) is none of the expected ones. */
  | { code: "not-expected"; got?: string; expected: string[] }
  /** The expected strings the answer contains, contains none of, or misses. */
  | { code: "contains" | "none-of" | "missing"; answers: string[] };

export const SCORE_DETAIL_CODES = ["picked", "not-found", "ambiguous", "match", "not-expected", "contains", "none-of", "missing"] as const;

/** A stored detail (scores.detail_json) read back; null when it is not one this version knows. */
export function parseScoreDetail(json: string | null): ScoreDetail | null {
  if (json === null) return null;
  try {
    const value = JSON.parse(json) as { code?: unknown };
    return typeof value === "object" && value !== null && (SCORE_DETAIL_CODES as readonly unknown[]).includes(value.code) ? (value as ScoreDetail) : null;
  } catch {
    return null;
  }
}

/** Expected answers as a detail lists them: distinct, each cut short, at most a few. */
export function detailAnswers(answers: readonly string[]): string[] {
  return [...new Set(answers)].slice(0, 5).map((answer) => (answer.length <= 40 ? answer : `${answer.slice(0, 39)}…`));
}
