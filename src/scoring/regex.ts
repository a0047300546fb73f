import { z } from "zod";
import { expectedAnswers } from "./expected-answers.js";
import { detailAnswers } from "./score-detail.js";
import { normalizeText } from "./normalize.js";
import { requireExpected } from "./item-problems.js";
import type { ScorerDefinition } from "./types.js";
import { clip, unusableExpected, verdict } from "./verdict.js";

const options = z
  .object({
    pattern: z.string().min(1),
    flags: z
      .string()
      .regex(/^[dimsuv]*$/, "JavaScript RegExp flags d, i, m, s, u or v (g and y are implied by `match`)")
      .default(""),
    /** Capture group to extract, by number or name; default 1 when the pattern has a group, else the whole match. */
    group: z.union([z.number().int().nonnegative(), z.string().min(1)]).optional(),
    match: z.enum(["first", "last"]).default("first"),
  })
  .strict()
  .superRefine((value, ctx) => {
    const groups = describeGroups(value.pattern, value.flags);
    if (typeof groups === "string") {
      ctx.addIssue({ code: "custom", path: ["pattern"], message: `invalid regular expression: ${groups}` });
    } else if (typeof value.group === "number" && value.group > groups.count) {
      ctx.addIssue({ code: "custom", path: ["group"], message: `the pattern has only ${groups.count} group(s)` });
    } else if (typeof value.group === "string" && !groups.names.includes(value.group)) {
      ctx.addIssue({ code: "custom", path: ["group"], message: `the pattern has no group named "${value.group}"` });
    }
  });

type RegexOptions = z.infer<typeof options>;
const WANTED = "a string, number or list, or nothing";
const checkExpected = requireExpected("regex", WANTED, expectedAnswers);

export const regexScorer: ScorerDefinition<typeof options> = {
  name: "regex",
  description:
    "Extracts text with a regular expression; it must equal an expected answer after normalization, or just match " +
    "when the item has no expected answer.",
  options,
  checkItem: (item) => (item.expected === undefined ? undefined : checkExpected(item)),
  create: (config) => {
    const pattern = new RegExp(config.pattern, `${config.flags}g`);
    const groups = describeGroups(config.pattern, config.flags);
    const group = config.group ?? (typeof groups !== "string" && groups.count > 0 ? 1 : 0);
    return (item, response) => {
      const extracted = extract(pattern, group, config.match, response.text);
      if (extracted === undefined) return verdict(false, { code: "not-found", what: "match" });
      if (item.expected === undefined) return verdict(true, { code: "match", how: "pattern" }, clip(extracted));
      const answers = expectedAnswers(item.expected);
      if (!answers) return unusableExpected("regex");
      const got = normalizeText(extracted);
      const passed = answers.some((answer) => normalizeText(answer) === got);
      return verdict(passed, passed ? { code: "match", how: "regex" } : { code: "not-expected", expected: detailAnswers(answers) }, clip(extracted));
    };
  },
};

function extract(
  pattern: RegExp,
  group: number | string,
  which: RegexOptions["match"],
  text: string,
): string | undefined {
  // A group that took no part in the match (an untaken alternative) is no extraction.
  const values = [...text.matchAll(pattern)]
    .map((m) => (typeof group === "number" ? m[group] : m.groups?.[group]))
    .filter((value): value is string => value !== undefined);
  return which === "first" ? values[0] : values.at(-1);
}

/** How many capture groups a pattern has and their names, or the syntax error message. */
function describeGroups(pattern: string, flags: string): { count: number; names: string[] } | string {
  try {
    // Appending `|` makes the pattern match the empty string, so exec always returns the full group array.
    const probe = new RegExp(`${pattern}|`, flags).exec("");
    return { count: (probe?.length ?? 1) - 1, names: Object.keys(probe?.groups ?? {}) };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
