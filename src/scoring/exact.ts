import { z } from "zod";
import { expectedAnswers } from "./expected-answers.js";
import { detailAnswers } from "./score-detail.js";
import { requireExpected } from "./item-problems.js";
import type { ScorerDefinition } from "./types.js";
import { clip, unusableExpected, verdict } from "./verdict.js";

const options = z.object({}).strict();
const WANTED = "a string, number or list";

export const exactScorer: ScorerDefinition<typeof options> = {
  name: "exact",
  description: "The answer equals an expected answer after trimming outer whitespace; nothing else is forgiven.",
  options,
  checkItem: requireExpected("exact", WANTED, expectedAnswers),
  create: () => (item, response) => {
    const answers = expectedAnswers(item.expected);
    if (!answers) return unusableExpected("exact");
    const got = response.text.trim();
    const passed = answers.some((answer) => answer.trim() === got);
    return verdict(passed, passed ? { code: "match", how: "exact" } : { code: "not-expected", expected: detailAnswers(answers) }, clip(got));
  },
};
