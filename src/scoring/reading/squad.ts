import type { ScorerDefinition } from "../types.js";
import { requireExpected } from "../item-problems.js";
import { extractiveQaOptions, extractiveQaScorer, GOLD_WANTED, goldAnswers } from "./extractive-qa.js";
import { squadExactMatch, squadF1 } from "./squad-metric.js";

export const squadScorer: ScorerDefinition<typeof extractiveQaOptions> = {
  name: "squad",
  description:
    "Extractive QA as the SQuAD v1.1 script scores it: exact match and word F1 after lower-casing and removing " +
    "punctuation and a/an/the, best over the gold answers; value = F1, passed = exact match.",
  options: extractiveQaOptions,
  checkItem: requireExpected("squad", GOLD_WANTED, goldAnswers),
  create: (options) =>
    extractiveQaScorer("squad", { exact: squadExactMatch, f1: squadF1, golds: (answers) => [...answers] }, options),
};
