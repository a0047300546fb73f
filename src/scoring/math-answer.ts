import { z } from "zod";
import type { Item } from "../suites/types.js";
import { expectedAnswers } from "./expected-answers.js";
import { detailAnswers } from "./score-detail.js";
import { pickMathOption } from "./math-answer-choice.js";
import { mathAnswersEqual } from "./math-answer-equivalence.js";
import { extractFinalAnswer } from "./math-answer-extraction.js";
import { normalizeMathAnswer } from "./math-answer-normalize.js";
import { requireExpected } from "./item-problems.js";
import type { Score, ScorerDefinition } from "./types.js";
import { clip, unusableExpected, verdict } from "./verdict.js";

const options = z
  .object({
    /** Values are equal when they agree after rounding to this many decimal places (MATH-Vision: 2). */
    decimals: z.number().int().min(0).max(12).default(2),
  })
  .strict();

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const GOLD_WANTED = "the gold answer, or options with a gold letter";
const optionWanted = (labels: string) => `an option letter ${labels[0]}–${labels.at(-1)}`;

// MATH-Vision (Wang et al., NeurIPS 2024 Datasets and Benchmarks), mathllm/MATH-V evaluation/evaluate.py + utils.py.
export const mathAnswerScorer: ScorerDefinition<typeof options> = {
  name: "math-answer",
  description:
    "Math answers as MATH-Vision scores them: an option letter for multiple choice (or the option's value), else " +
    "the final answer (\\boxed{}, 'the answer is', 答えは…) compared with the gold after LaTeX normalization, " +
    "or by value rounded to 2 decimals (1/2 = 0.5 = \\frac{1}{2}).",
  options,
  checkItem(item) {
    const optionTexts = itemOptions(item);
    if (!optionTexts) return requireExpected("math-answer", GOLD_WANTED, expectedAnswers)(item);
    const labels = LETTERS.slice(0, optionTexts.length);
    return requireExpected("math-answer", optionWanted(labels), (expected) => expectedOption(expected, labels))(item);
  },
  create:
    ({ decimals }) =>
    (item, response) => {
      const optionTexts = itemOptions(item);
      if (optionTexts) return scoreChoice(item.expected, optionTexts, response.text, decimals);
      const golds = expectedAnswers(item.expected);
      if (!golds) return unusableExpected("math-answer");
      const final = extractFinalAnswer(response.text);
      if (!final) return verdict(false, { code: "not-found", what: "answer" });
      const normalized = clip(normalizeMathAnswer(final.text), 60);
      for (const gold of golds) {
        const how = mathAnswersEqual(gold, final.text, decimals);
        if (how) return verdict(true, { code: "math-equal", got: normalized, via: final.via, gold: detailAnswers([gold])[0]!, how }, clip(final.text));
      }
      return verdict(false, { code: "picked", got: normalized, via: final.via, expected: detailAnswers(golds) }, clip(final.text));
    },
};

/** The item's answer options: `choices`, or the `options` field of a MATH-Vision record; none when empty. */
function itemOptions(item: Item): string[] | undefined {
  const list = item.choices ?? item.fields.options;
  return Array.isArray(list) && list.length > 0 && list.every((o) => typeof o === "string") ? list : undefined;
}

/** The gold option: a letter ("C", "(C)") or a 0-based index. */
function expectedOption(expected: unknown, labels: string): number | undefined {
  let index = typeof expected === "number" ? expected : -1;
  const letter = typeof expected === "string" ? /^\s*\(?([A-Z])\)?\s*$/.exec(expected)?.[1] : undefined;
  if (letter !== undefined) index = labels.indexOf(letter);
  return Number.isInteger(index) && index >= 0 && index < labels.length ? index : undefined;
}

function scoreChoice(expected: unknown, optionTexts: string[], text: string, decimals: number): Score {
  const labels = LETTERS.slice(0, optionTexts.length);
  const want = expectedOption(expected, labels);
  if (want === undefined) return unusableExpected("math-answer");
  const pick = pickMathOption(text, optionTexts, decimals);
  if (pick.kind === "none") return verdict(false, { code: "not-found", what: "option" });
  if (pick.kind === "ambiguous") return verdict(false, { code: "ambiguous", options: pick.indices.map((i) => labels[i] ?? "?") });
  const got = labels[pick.index] ?? "?";
  const passed = pick.index === want;
  return verdict(passed, { code: "picked", got, via: pick.via, ...(passed ? {} : { expected: [labels[want]!] }) }, got);
}
