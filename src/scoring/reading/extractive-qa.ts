import { z } from "zod";
import type { Score, Scorer } from "../types.js";
import type { ScoreDetail } from "../score-detail.js";
import { clip, unusableExpected } from "../verdict.js";
import { answerSpanCandidates } from "./answer-span.js";

/** One reference's exact match and F1 for a gold answer and a predicted span. */
interface QaMetric {
  exact(gold: string, prediction: string): boolean;
  f1(gold: string, prediction: string): number;
  /** The gold answers the reference compares with (some drop golds that normalize to nothing). */
  golds(answers: readonly string[]): string[];
}

export const extractiveQaOptions = z
  .object({
    /**
     * Score the answer span with chat wrappers removed (answer-span.ts) and keep it unless the raw answer scores
     * higher; off: score the raw answer only, as the reference scripts do.
     */
    cleanAnswer: z.boolean().default(true),
  })
  .strict();

export const GOLD_WANTED = "a gold answer or a list of them";

interface Comparison {
  span: string;
  exact: boolean;
  f1: number;
}

/**
 * An extractive-QA scorer: value = F1, passed = exact match, each the maximum over the gold answers (the references'
 * metric_max_over_ground_truths; EM and F1 are maximized separately, so they may come from different golds).
 */
export function extractiveQaScorer(
  name: string,
  metric: QaMetric,
  { cleanAnswer }: z.infer<typeof extractiveQaOptions>,
): Scorer {
  return (item, response) => {
    const answers = goldAnswers(item.expected);
    if (!answers) return unusableExpected(name);
    const golds = metric.golds(answers);
    const compare = (span: string): Comparison => ({
      span,
      exact: golds.some((gold) => metric.exact(gold, span)),
      f1: Math.max(...golds.map((gold) => metric.f1(gold, span))),
    });

    const raw = compare(response.text);
    if (!cleanAnswer) return score(raw);
    const cleaned = best(answerSpanCandidates(response.text).map(compare));
    if (cleaned.span === response.text.trim()) return score(raw);
    const rawBetter = Number(raw.exact) - Number(cleaned.exact) || raw.f1 - cleaned.f1;
    if (rawBetter > 0) {
      return score(raw, { span: "raw", other: { text: clip(cleaned.span, 60), exact: cleaned.exact, f1: cleaned.f1 } });
    }
    const same = raw.exact === cleaned.exact && raw.f1 === cleaned.f1;
    return score(cleaned, { span: "cleaned", ...(same ? {} : { other: { exact: raw.exact, f1: raw.f1 } }) });
  };
}

/** The comparison with the higher exact match, then F1; the earlier one (the more cleaned span) on a tie. */
function best(comparisons: readonly Comparison[]): Comparison {
  return comparisons.reduce((top, next) => (Number(next.exact) - Number(top.exact) || next.f1 - top.f1) > 0 ? next : top);
}

/** The span's score; `kept` says which span it is and how the other did, when the answer was cleaned. */
function score({ span, exact, f1 }: Comparison, kept: Pick<Extract<ScoreDetail, { code: "extractive-qa" }>, "span" | "other"> = {}): Score {
  return { value: f1, passed: exact, extracted: clip(span.trim()), detail: { code: "extractive-qa", exact, f1, ...kept } };
}

/**
 * The gold answers: a string or number, a list of them, or the SQuAD shapes `{text: [...]}` (Hugging Face) and
 * `[{text, answer_start}, ...]` (the JSON files).
 */
export function goldAnswers(expected: unknown): string[] | undefined {
  if (typeof expected === "string") return [expected];
  if (typeof expected === "number" && Number.isFinite(expected)) return [String(expected)];
  if (isRecord(expected) && Array.isArray(expected.text)) return goldAnswers(expected.text);
  if (!Array.isArray(expected) || expected.length === 0) return undefined;
  const texts = expected.map((answer: unknown) => {
    if (typeof answer === "string") return answer;
    if (typeof answer === "number" && Number.isFinite(answer)) return String(answer);
    return isRecord(answer) && typeof answer.text === "string" ? answer.text : undefined;
  });
  return texts.every((text) => text !== undefined) ? texts : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
