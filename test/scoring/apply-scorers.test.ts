import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import { applyScorers, createScorers } from "../../src/scoring/apply-scorers.js";
import { makeItem } from "./make-item.js";

const context = { signal: new AbortController().signal, unsafeNoSandbox: false, callModel: () => Promise.reject(new Error("no models here")) };

describe("createScorers and applyScorers", () => {
  it("makes the first scorer the primary and keeps every score in order", async () => {
    const scorers = await createScorers(["numeric", "gsm8k-strict", "gsm8k-flexible"]);
    const result = await applyScorers(scorers, makeItem({ expected: "1,450" }), { text: "So she pays $1,450 in total." }, context);
    expect(result.primary).toMatchObject({ scorer: "numeric", passed: true });
    expect(result.all.map((s) => [s.scorer, s.passed])).toEqual([
      ["numeric", true],
      ["gsm8k-strict", false],
      ["gsm8k-flexible", true],
    ]);
  });

  it("scores 0 with the reason when a scorer throws, keeping the others", async () => {
    const throwing = { name: "broken", usesContext: false, needsRetrieval: false, score: () => { throw new Error("boom"); } };
    const result = await applyScorers([throwing, ...(await createScorers("exact"))], makeItem({ expected: "a" }), { text: "a" }, context);
    expect(result.primary).toMatchObject({ scorer: "broken", value: 0, passed: false, detail: { code: "scorer-failed", message: "boom" } });
    expect(result.all[1]).toMatchObject({ scorer: "exact", passed: true });
  });

  it("gives no retrieval score beside the primary to an answer without passages (not applicable, not 0); as the primary it scores 0", async () => {
    const item = makeItem({ expected: "a", fields: { sources: ["returns.md"] } });
    const passages = [{ id: "returns.md#1", file: "returns.md", title: "", headings: [], text: "a", score: 1 }];
    const beside = await createScorers(["exact", { type: "retrieval-recall", k: 1 }, { type: "faithfulness", judge: "judge" }, "retrieval-mrr"]);
    expect((await applyScorers(beside, item, { text: "a" }, context)).all.map((s) => s.scorer)).toEqual(["exact"]);
    // With passages they apply.
    const withPassages = await createScorers(["exact", { type: "retrieval-recall", k: 1 }, "retrieval-mrr"]);
    expect((await applyScorers(withPassages, item, { text: "a", passages }, context)).all.map((s) => [s.scorer, s.value])).toEqual([
      ["exact", 1],
      ["retrieval-recall", 1],
      ["retrieval-mrr", 1],
    ]);
    const primary = await createScorers([{ type: "retrieval-recall", k: 1 }, "exact"]);
    expect((await applyScorers(primary, item, { text: "a" }, context)).all.map((s) => [s.scorer, s.value])).toEqual([
      ["retrieval-recall", 0],
      ["exact", 1],
    ]);
  });

  it("accepts a single spec", async () => {
    const [only] = await createScorers("exact");
    expect(only?.name).toBe("exact");
  });

  it("names a repeated scorer type apart", async () => {
    const scorers = await createScorers([
      { type: "regex", pattern: "A" },
      { type: "regex", pattern: "B" },
      "exact",
    ]);
    expect(scorers.map((s) => s.name)).toEqual(["regex", "regex-2", "exact"]);
  });

  it("points a bad spec in a list at its position", async () => {
    try {
      await createScorers(["exact", { type: "regex" }], { file: "kurabe.yaml", field: "suites.0.scorer" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).location).toEqual({ file: "kurabe.yaml", field: "suites.0.scorer.1.pattern" });
    }
  });

  it("refuses an empty list", async () => {
    await expect(createScorers([])).rejects.toThrow(ConfigError);
  });
});
