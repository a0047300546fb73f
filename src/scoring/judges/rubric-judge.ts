import { z } from "zod";
import type { ChatMessage } from "../../models/types.js";
import type { Item } from "../../suites/types.js";
import type { ContextScorer, ScorerDefinition } from "../types.js";
import { askJudge } from "./judge-verdict.js";

const options = z
  .object({
    /** A model id from kurabe.yaml (a local model can judge). */
    judge: z.string().min(1),
    /** What a good answer does; the item's `rubric` field, when present, is used instead. */
    rubric: z.string().min(1).optional(),
    /** The verdict's scale, from 1 to this. */
    scale: z.number().int().min(2).max(100).default(10),
    /** The verdict at or above which the answer passes. */
    passAt: z.number().positive().optional(),
  })
  .strict();

const verdictSchema = z.object({ score: z.number(), reason: z.string() });

/**
 * A judge model grades one answer against a rubric (and the reference answer, when the item has one) and returns a
 * score and a reason through JSON-schema output. The judge's prompt and raw verdict are stored with the score.
 */
export const rubricJudgeScorer: ScorerDefinition<typeof options, ContextScorer> = {
  name: "rubric",
  description: "a judge model grades the answer against a rubric (score and reason)",
  options,
  usesContext: true,
  create({ judge, rubric, scale, passAt }) {
    const threshold = passAt ?? Math.ceil(scale * 0.7);
    return async (item, response, context) => {
      const itemRubric = typeof item.fields.rubric === "string" ? item.fields.rubric : rubric;
      const messages = rubricPrompt(item, response.text, itemRubric, scale);
      const call = await askJudge(context, judge, messages, verdictSchema);
      const score = Math.min(scale, Math.max(1, call.verdict.score));
      return {
        value: (score - 1) / (scale - 1),
        passed: score >= threshold,
        extracted: `${score}/${scale}`,
        detail: call.verdict.reason.slice(0, 500),
        evidence: { judge, messages, raw: call.raw, spend: call.spend },
      };
    };
  },
};

function rubricPrompt(item: Item, answer: string, rubric: string | undefined, scale: number): ChatMessage[] {
  const reference =
    item.expected === undefined ? "" : `\n\n[Reference answer]\n${typeof item.expected === "string" ? item.expected : JSON.stringify(item.expected)}`;
  return [
    {
      role: "system",
      content:
        "You are an impartial grader. Judge only the answer's quality against the rubric; ignore its length and style " +
        "unless the rubric asks about them. Reply with JSON only: {\"score\": <integer>, \"reason\": <one or two sentences>}.",
    },
    {
      role: "user",
      content:
        `[Question]\n${item.input}${reference}\n\n[Answer to grade]\n${answer}\n\n` +
        `[Rubric]\n${rubric ?? "Correct, complete and helpful for the question asked."}\n\n` +
        `Give an integer score from 1 (fails the rubric) to ${scale} (fully meets it).`,
    },
  ];
}
