import { z } from "zod";
import { expectedAnswers } from "../expected-answers.js";
import { detailAnswers } from "../score-detail.js";
import { requireExpected } from "../item-problems.js";
import { jsquadCharF1 } from "../reading/jsquad-metric.js";
import type { ScorerDefinition } from "../types.js";
import { unusableExpected } from "../verdict.js";

const options = z.object({ passAt: z.number().min(0).max(1).default(0.5) }).strict();
const WANTED = "a reference answer (a string or a list of them)";

/**
 * Answer correctness without a judge: character-level F1 against the reference answer, best over the references,
 * as JGLUE scores JSQuAD (characters rather than words, so it needs no Japanese word segmentation).
 */
export const charF1Scorer: ScorerDefinition<typeof options> = {
  name: "char-f1",
  description: "character-level F1 of the answer against the reference answer (JGLUE's JSQuAD F1; best of a list)",
  options,
  checkItem: requireExpected("char-f1", WANTED, expectedAnswers),
  create:
    ({ passAt }) =>
    (item, response) => {
      const answers = expectedAnswers(item.expected);
      if (!answers) return unusableExpected("char-f1");
      const value = Math.max(...answers.map((answer) => jsquadCharF1(answer, response.text)));
      return { value, passed: value >= passAt, detail: { code: "char-f1", f1: value, answers: detailAnswers(answers) } };
    },
};
