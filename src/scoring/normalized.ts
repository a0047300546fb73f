import { z } from "zod";
import { expectedAnswers } from "./expected-answers.js";
import { detailAnswers } from "./score-detail.js";
import { normalizeOptionsShape, normalizeText } from "./normalize.js";
import { requireExpected } from "./item-problems.js";
import type { ScorerDefinition } from "./types.js";
import { clip, unusableExpected, verdict } from "./verdict.js";

const options = z.object(normalizeOptionsShape).strict();
const WANTED = "a string, number or list";

export const normalizedScorer: ScorerDefinition<typeof options> = {
  name: "normalized",
  description:
    "The answer equals an expected answer after NFKC, case folding, whitespace, punctuation and Markdown " +
    "normalization.",
  options,
  checkItem: requireExpected("normalized", WANTED, expectedAnswers),
  create: (normalization) => (item, response) => {
    const answers = expectedAnswers(item.expected);
    if (!answers) return unusableExpected("normalized");
    const got = normalizeText(response.text, normalization);
    const passed = answers.some((answer) => normalizeText(answer, normalization) === got);
    return verdict(passed, passed ? { code: "match", how: "normalized" } : { code: "not-expected", expected: detailAnswers(answers) }, clip(got));
  },
};
