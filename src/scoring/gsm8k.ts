import { z } from "zod";
import { requireExpected } from "./item-problems.js";
import type { Scorer, ScorerDefinition } from "./types.js";
import { unusableExpected, verdict } from "./verdict.js";

// EleutherAI lm-evaluation-harness, lm_eval/tasks/gsm8k/gsm8k.yaml (version 3.0), filter_list: "strict-match" takes
// the first `#### N`; "flexible-extract" takes the last number-like run, whichever alternative matched. `[0-9]` is
// ASCII-only in Python's re, as here: full-width digits are not numbers to either extractor.
const STRICT = /#### (-?[0-9.,]+)/;
const FLEXIBLE = /(-?[$0-9.,]{2,})|(-?[0-9]+)/g;

/** lm-evaluation-harness GSM8K "strict-match": the first `#### N`, or undefined (its "[invalid]"). */
export function extractGsm8kStrict(text: string): string | undefined {
  return STRICT.exec(text)?.[1]?.trim();
}

/** lm-evaluation-harness GSM8K "flexible-extract": the last match of `(-?[$0-9.,]{2,})|(-?[0-9]+)`. */
export function extractGsm8kFlexible(text: string): string | undefined {
  let last: string | undefined;
  for (const match of text.matchAll(FLEXIBLE)) last = match[1] ?? match[2];
  return last?.trim();
}

/**
 * lm-evaluation-harness's GSM8K metric: exact_match with ignore_case and regexes_to_ignore `,` `\$` `(?s).*#### `
 * `\.$`, applied in that order to both sides, so the gold may be the whole solution or just its final answer.
 */
export function gsm8kMatches(extracted: string | undefined, gold: string): boolean {
  return extracted !== undefined && ignoreForMatch(extracted) === ignoreForMatch(gold);
}

function ignoreForMatch(text: string): string {
  return text.replace(/,/g, "").replace(/\$/g, "").replace(/[^]*#### /, "").replace(/\.$/, "").toLowerCase();
}

const options = z.object({}).strict();
const WANTED = "the gold answer or solution";

/** The gold as lm-evaluation-harness compares it: a string (the final answer or the whole solution). */
function goldOf(expected: unknown): string | undefined {
  if (typeof expected === "number") return String(expected);
  return typeof expected === "string" ? expected : undefined;
}

function gsm8kScorer(mode: "strict" | "flexible", extract: (text: string) => string | undefined): Scorer {
  return (item, response) => {
    const gold = goldOf(item.expected);
    if (gold === undefined) return unusableExpected(`gsm8k-${mode}`);
    const extracted = extract(response.text);
    if (extracted === undefined) return verdict(false, { code: "not-found", what: mode === "strict" ? "gsm8k-marker" : "number" });
    const passed = gsm8kMatches(extracted, gold);
    return verdict(passed, passed ? { code: "match", how: `gsm8k-${mode}` } : { code: "not-expected", got: extracted, expected: [gold] }, extracted);
  };
}

export const gsm8kStrictScorer: ScorerDefinition<typeof options> = {
  name: "gsm8k-strict",
  description: "GSM8K as lm-evaluation-harness scores it (strict-match): the first `#### N` equals the gold answer.",
  options,
  checkItem: requireExpected("gsm8k-strict", WANTED, goldOf),
  create: () => gsm8kScorer("strict", extractGsm8kStrict),
};

export const gsm8kFlexibleScorer: ScorerDefinition<typeof options> = {
  name: "gsm8k-flexible",
  description: "GSM8K as lm-evaluation-harness scores it (flexible-extract): the last number equals the gold answer.",
  options,
  checkItem: requireExpected("gsm8k-flexible", WANTED, goldOf),
  create: () => gsm8kScorer("flexible", extractGsm8kFlexible),
};
