import { z } from "zod";
import { extractChoice, type ChoiceSpace } from "./choice-extraction.js";
import { normalizeText } from "./normalize.js";
import type { Item } from "../suites/types.js";
import { requireExpected } from "./item-problems.js";
import type { ScorerDefinition } from "./types.js";
import { unusableExpected, verdict } from "./verdict.js";
import type { ScoreDetail } from "./score-detail.js";

const options = z
  .object({
    /** Option labels in order; default A, B, C… (one per choice, or A–J when the item lists no choices). */
    labels: z.array(z.string().min(1)).min(2).optional(),
    /** The number of the first option when the model answers by position ("選択肢3"): 1 by default. */
    indexBase: z.number().int().min(0).default(1),
  })
  .strict();

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const WANTED = "a label, a 0-based index or an option text";

/** The options an item's answer can name: its choices under the configured (or default A, B, C…) labels. */
function choiceSpace(item: Item, config: z.infer<typeof options>): ChoiceSpace {
  const labels = config.labels ?? [...LETTERS.slice(0, item.choices?.length ?? 10)];
  return { labels, indexBase: config.indexBase, ...(item.choices ? { choices: item.choices } : {}) };
}

export const choiceScorer: ScorerDefinition<typeof options> = {
  name: "choice",
  description:
    "Multiple choice: finds the option the answer picks (label, position number or option text, English or " +
    "Japanese) and compares it with the expected label or 0-based index.",
  options,
  checkItem(item, config) {
    // Without options the scorer would guess among ten letters, and an expected option text could never match.
    if (!item.choices?.length && !config.labels) {
      return {
        field: "choices",
        message:
          'missing; scorer "choice" needs the item\'s options: a "choices" list (a CSV cell "a | b | c" or a JSON ' +
          "array), or `labels:` in the scorer's options when the input lists the options itself",
      };
    }
    const space = choiceSpace(item, config);
    return requireExpected("choice", WANTED, (expected) => expectedIndex(expected, space))(item);
  },
  create: (config) => (item, response) => {
    const space = choiceSpace(item, config);
    const { labels } = space;
    const expected = expectedIndex(item.expected, space);
    if (expected === undefined) return unusableExpected("choice");
    const name = (index: number) => labels[index] ?? `#${index + config.indexBase}`;

    const pick = extractChoice(response.text, space);
    if (pick.kind === "none") return verdict(false, { code: "not-found", what: "choice" });
    if (pick.kind === "ambiguous") return verdict(false, { code: "ambiguous", options: pick.indices.map(name) });
    const passed = pick.index === expected;
    const detail: ScoreDetail = passed
      ? { code: "picked", got: name(pick.index), via: pick.via }
      : { code: "picked", got: name(pick.index), expected: [name(expected)] };
    return verdict(passed, detail, name(pick.index));
  },
};

/**
 * The expected option as a 0-based index: a label ("B", "(B)", case-insensitive), a 0-based index (2 or "2"), or
 * the option's text ("neutral" among choices entailment/contradiction/neutral).
 */
function expectedIndex(expected: unknown, space: ChoiceSpace): number | undefined {
  const count = space.choices?.length ?? space.labels.length;
  const inRange = (index: number) => (Number.isInteger(index) && index >= 0 && index < count ? index : undefined);
  if (typeof expected === "number") return inRange(expected);
  if (typeof expected !== "string") return undefined;
  const bare = expected.trim().replace(/^\((.+)\)$/, "$1");
  const byLabel = space.labels.findIndex((label) => label.toUpperCase() === bare.toUpperCase());
  if (byLabel !== -1) return inRange(byLabel);
  const byText = (space.choices ?? []).findIndex((choice) => normalizeText(choice) === normalizeText(bare));
  if (byText !== -1) return byText;
  return /^\d+$/.test(bare) ? inRange(Number(bare)) : undefined;
}
