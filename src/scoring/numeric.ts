import { z } from "zod";
import { extractFinalNumber } from "./number-extraction.js";
import { requireExpected } from "./item-problems.js";
import type { ScorerDefinition } from "./types.js";
import { unusableExpected, verdict } from "./verdict.js";
import type { ScoreDetail } from "./score-detail.js";

const options = z
  .object({
    /** Largest accepted absolute difference. */
    tolerance: z.number().nonnegative().default(0),
    /** Largest accepted difference relative to the expected value (0.01 = 1%). */
    relTolerance: z.number().nonnegative().default(0),
  })
  .strict();
const WANTED = "a number, a numeric string or a list of them";

export const numericScorer: ScorerDefinition<typeof options> = {
  name: "numeric",
  description:
    "Extracts the final number (#### N, \\boxed{N}, 'the answer is N', else the last number; separators, signs, " +
    "currency, units, full-width digits, decimals and simple fractions) and compares it within a tolerance.",
  options,
  checkItem: requireExpected("numeric", WANTED, expectedNumbers),
  create:
    ({ tolerance, relTolerance }) =>
    (item, response) => {
      const expected = expectedNumbers(item.expected);
      if (!expected) return unusableExpected("numeric");
      const got = extractFinalNumber(response.text);
      if (!got) return verdict(false, { code: "not-found", what: "number" });
      // The relative floor of 1e-9 absorbs binary rounding (3/4 vs 0.75, 0.1 + 0.2) when no tolerance is set.
      const close = (want: number) => {
        const allowed = Math.max(tolerance, relTolerance * Math.abs(want), 1e-9 * Math.max(1, Math.abs(want)));
        return Math.abs(got.value - want) <= allowed;
      };
      const passed = expected.some(close);
      const detail: ScoreDetail = { code: "picked", got: String(got.value), via: got.via, ...(passed ? {} : { expected: expected.map(String) }) };
      return verdict(passed, detail, got.text);
    },
};

/** Expected values: numbers as they are; strings read like answers ("1,450", "$5", a GSM8K solution's "#### 72"). */
function expectedNumbers(expected: unknown): number[] | undefined {
  const list: unknown[] = Array.isArray(expected) ? expected : [expected];
  const values = list.flatMap((value) => {
    const number = typeof value === "string" ? extractFinalNumber(value)?.value : value;
    return typeof number === "number" && Number.isFinite(number) ? [number] : [];
  });
  return values.length > 0 && values.length === list.length ? values : undefined;
}
