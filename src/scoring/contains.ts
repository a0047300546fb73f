import { z } from "zod";
import { expectedAnswers } from "./expected-answers.js";
import { detailAnswers, type ScoreDetail } from "./score-detail.js";
import { normalizeText } from "./normalize.js";
import { requireExpected } from "./item-problems.js";
import type { ScorerDefinition } from "./types.js";
import { unusableExpected, verdict } from "./verdict.js";

const options = z
  .object({
    /** `any`: one expected answer must appear (alternatives); `all`: every one must (required facts). */
    match: z.enum(["any", "all"]).default("any"),
    /** Compare normalized text (see normalize.ts); off: a case-sensitive substring test on the raw text. */
    normalize: z.boolean().default(true),
  })
  .strict();
const WANTED = "a string, number or list";

export const containsScorer: ScorerDefinition<typeof options> = {
  name: "contains",
  description: "The expected answer (any or all of a list) appears in the answer, normalized by default.",
  options,
  checkItem: requireExpected("contains", WANTED, expectedAnswers),
  create:
    ({ match, normalize }) =>
    (item, response) => {
      const answers = expectedAnswers(item.expected);
      if (!answers) return unusableExpected("contains");
      const prepare = normalize ? (text: string) => normalizeText(text) : (text: string) => text;
      const haystack = prepare(response.text);
      // A needle that normalizes to nothing ("。") would be found everywhere: it never counts as found.
      const found = answers.filter((answer) => {
        const needle = prepare(answer);
        return needle !== "" && haystack.includes(needle);
      });
      const missing = answers.filter((answer) => !found.includes(answer));
      const passed = match === "any" ? found.length > 0 : missing.length === 0;
      const detail: ScoreDetail = passed
        ? { code: "contains", answers: detailAnswers(found) }
        : { code: match === "any" ? "none-of" : "missing", answers: detailAnswers(match === "any" ? answers : missing) };
      return verdict(passed, detail, found.length > 0 ? found.join(" | ") : undefined);
    },
};
