import { describe, expect, it } from "vitest";
import { ndcgAtK, recallAtK, reciprocalRank } from "../../src/rag/retrieval-metrics.js";

const relevant = new Set(["a", "b"]);

describe("recall@k", () => {
  it("is the share of relevant ids among the first k", () => {
    expect(recallAtK(["x", "a", "y", "b"], relevant, 2)).toBe(0.5);
    expect(recallAtK(["x", "a", "y", "b"], relevant, 4)).toBe(1);
    expect(recallAtK(["x", "y"], relevant, 2)).toBe(0);
  });

  it("counts a relevant id found twice once", () => {
    expect(recallAtK(["a", "a", "x"], relevant, 3)).toBe(0.5);
  });
});

describe("reciprocal rank", () => {
  it("is one over the rank of the first relevant id, 0 when none is ranked", () => {
    expect(reciprocalRank(["a", "b"], relevant)).toBe(1);
    expect(reciprocalRank(["x", "y", "b"], relevant)).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRank(["x", "y"], relevant)).toBe(0);
  });
});

describe("nDCG@k with binary gains", () => {
  it("is 1 for an ideal ranking and 0 with nothing relevant in the first k", () => {
    expect(ndcgAtK(["a", "b", "x"], relevant, 3)).toBe(1);
    expect(ndcgAtK(["x", "y", "a"], relevant, 2)).toBe(0);
  });

  it("matches the closed form DCG / IDCG", () => {
    // relevant at ranks 2 and 3: DCG = 1/log2(3) + 1/log2(4); ideal = 1 + 1/log2(3).
    const expected = (1 / Math.log2(3) + 1 / 2) / (1 + 1 / Math.log2(3));
    expect(ndcgAtK(["x", "a", "b"], relevant, 3)).toBeCloseTo(expected, 12);
  });

  it("takes the ideal list as long as min(k, |relevant|)", () => {
    // k = 1 with the relevant id first: DCG = IDCG = 1, although a second relevant id exists.
    expect(ndcgAtK(["a", "x"], relevant, 1)).toBe(1);
    // one relevant id of three at rank 1, k = 3: 1 / (1 + 1/log2(3) + 1/2).
    expect(ndcgAtK(["a", "x", "y"], new Set(["a", "b", "c"]), 3)).toBeCloseTo(1 / (1 + 1 / Math.log2(3) + 0.5), 12);
  });

  it("gains once for an id ranked twice", () => {
    expect(ndcgAtK(["a", "a"], relevant, 2)).toBeCloseTo(1 / (1 + 1 / Math.log2(3)), 12);
  });
});
