import type { ScorerDefinition } from "../types.js";
import { requireExpected } from "../item-problems.js";
import { extractiveQaOptions, extractiveQaScorer, GOLD_WANTED, goldAnswers } from "./extractive-qa.js";
import { jsquadCharF1, jsquadExactMatch, jsquadGolds } from "./jsquad-metric.js";

export const jsquadScorer: ScorerDefinition<typeof extractiveQaOptions> = {
  name: "jsquad",
  description:
    "Japanese extractive QA as JGLUE scores JSQuAD: exact match and character F1 after lower-casing, a trailing 。 " +
    "and whitespace, best over the gold answers; value = F1, passed = exact match.",
  options: extractiveQaOptions,
  checkItem: requireExpected("jsquad", GOLD_WANTED, goldAnswers),
  create: (options) =>
    extractiveQaScorer("jsquad", { exact: jsquadExactMatch, f1: jsquadCharF1, golds: jsquadGolds }, options),
};
