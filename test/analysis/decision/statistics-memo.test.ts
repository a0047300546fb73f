import { describe, expect, it } from "vitest";
import { comparePair, overallScoreInterval, scoreInterval } from "../../../src/analysis/decision/decision-statistics.js";
import { statisticKey, type StatisticsMemo } from "../../../src/analysis/decision/statistics-memo.js";
import type { ItemScores } from "../../../src/analysis/types.js";

const scores = (entries: Iterable<readonly [string, readonly number[]]>): ItemScores => new Map(entries);
const base = scores([
  ["q1", [1]],
  ["q2", [0]],
  ["q3", [1, 0]],
]);

/** A memo in a Map that counts what it had to compute. */
function countingMemo(): StatisticsMemo & { computed: number; keys: Set<string> } {
  const kept = new Map<string, unknown>();
  const memo = {
    computed: 0,
    keys: new Set<string>(),
    recall<T>(key: string, compute: () => T): T {
      memo.keys.add(key);
      if (kept.has(key)) return kept.get(key) as T;
      memo.computed += 1;
      const value = compute();
      kept.set(key, value);
      return value;
    },
  };
  return memo;
}

describe("statisticKey: a statistic's full inputs", () => {
  const key = (inputs: ItemScores[], parameters: Array<string | number> = [7, 0.95, 1000], kind = "score") => statisticKey(kind, parameters, inputs);

  it("is the same for the same content, even in another Map", () => {
    expect(key([base])).toBe(key([scores([...base])]));
  });

  it.each([
    ["a changed score", scores([["q1", [1]], ["q2", [1]], ["q3", [1, 0]]])],
    ["a renamed item", scores([["q1", [1]], ["q4", [0]], ["q3", [1, 0]]])],
    ["the same items in another order (the draws follow it)", scores([["q2", [0]], ["q1", [1]], ["q3", [1, 0]]])],
    ["a sample moved to another item", scores([["q1", [1, 0]], ["q2", [0]], ["q3", [1]]])],
    ["an item left out", scores([["q1", [1]], ["q2", [0]]])],
  ])("changes with %s", (_, other) => {
    expect(key([other])).not.toBe(key([base]));
  });

  it("changes with the kind, any parameter, and how the inputs are split", () => {
    expect(key([base], [7, 0.95, 1000], "stratified-score")).not.toBe(key([base]));
    expect(key([base], [8, 0.95, 1000])).not.toBe(key([base]));
    expect(key([base], [7, 0.9, 1000])).not.toBe(key([base]));
    expect(key([base], [7, 0.95, 999])).not.toBe(key([base]));
    const [first, ...rest] = [...base];
    expect(key([scores([first!]), scores(rest)])).not.toBe(key([base]));
  });
});

describe("the decision statistics through a memo", () => {
  const a = scores(Array.from({ length: 40 }, (_, i) => [`i${i}`, [i % 3 === 0 ? 0 : 1]]));
  const b = scores(Array.from({ length: 40 }, (_, i) => [`i${i}`, [i % 4 === 0 ? 0 : 1]]));

  it("give what they give without one, and compute each statistic once", () => {
    const memo = countingMemo();
    const plain = {
      score: scoreInterval(a, { modelId: "m", suite: "s" }, 11),
      overall: overallScoreInterval([{ suite: "s", scores: a }, { suite: "t", scores: b }], "m", 11),
      pair: comparePair([{ suite: "s", a, b }], { a: "x", b: "y" }, { baseSeed: 11 }),
      mirrored: comparePair([{ suite: "s", a: b, b: a }], { a: "y", b: "x" }, { baseSeed: 11 }),
    };
    for (let round = 0; round < 2; round += 1) {
      expect(scoreInterval(a, { modelId: "m", suite: "s" }, 11, memo)).toEqual(plain.score);
      expect(overallScoreInterval([{ suite: "s", scores: a }, { suite: "t", scores: b }], "m", 11, memo)).toEqual(plain.overall);
      expect(comparePair([{ suite: "s", a, b }], { a: "x", b: "y" }, { baseSeed: 11, memo })).toEqual(plain.pair);
      // "y vs x" is "x vs y" mirrored: the same statistic, read back.
      expect(comparePair([{ suite: "s", a: b, b: a }], { a: "y", b: "x" }, { baseSeed: 11, memo })).toEqual(plain.mirrored);
    }
    expect(memo.computed).toBe(3);
    expect(memo.keys.size).toBe(3);
  });

  it("keep apart what differs only in its seed, margin or alpha", () => {
    const memo = countingMemo();
    comparePair([{ suite: "s", a, b }], { a: "x", b: "y" }, { baseSeed: 11, memo });
    comparePair([{ suite: "s", a, b }], { a: "x", b: "y" }, { baseSeed: 12, memo });
    comparePair([{ suite: "s", a, b }], { a: "x", b: "y" }, { baseSeed: 11, margin: 0.1, memo });
    comparePair([{ suite: "s", a, b }], { a: "x", b: "y" }, { baseSeed: 11, alpha: 0.1, memo });
    expect(memo.computed).toBe(4);
  });
});
