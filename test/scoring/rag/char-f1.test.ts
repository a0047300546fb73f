import { describe, expect, it } from "vitest";
import { createScorer } from "../../../src/scoring/registry.js";
import type { Scorer } from "../../../src/scoring/types.js";

const run = async (expected: unknown, text: string) =>
  ((await createScorer("char-f1")) as Scorer)({ id: "q", input: "?", expected, fields: {}, line: 1 }, { text });

describe("char-f1", () => {
  it("is JGLUE's character F1 against the reference", async () => {
    // reference 5 characters "30日以内", answer "30日以内です" (7): overlap 5 → P 5/7, R 1 → F1 10/12.
    const result = await run("30日以内", "30日以内です");
    expect(result.value).toBeCloseTo((2 * (5 / 7) * 1) / (5 / 7 + 1), 12);
    expect(result.passed).toBe(true);
  });

  it("takes the best of several references and fails below passAt", async () => {
    expect((await run(["勤怠システム", "30日以内"], "30日以内")).value).toBe(1);
    expect((await run("勤怠システム", "わかりません")).passed).toBe(false);
  });
});
