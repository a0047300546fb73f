import { describe, expect, it } from "vitest";
import { reciprocalRankFusion } from "../../src/rag/reciprocal-rank-fusion.js";

describe("reciprocal rank fusion", () => {
  it("adds 1/(60 + rank) from every list an id is in", () => {
    const fused = reciprocalRankFusion([["a", "b"], ["b", "c"]]);
    expect(fused.map((hit) => hit.id)).toEqual(["b", "a", "c"]);
    expect(fused[0]!.score).toBeCloseTo(1 / 62 + 1 / 61, 15);
    expect(fused[1]!.score).toBeCloseTo(1 / 61, 15);
    expect(fused[2]!.score).toBeCloseTo(1 / 62, 15);
  });

  it("ranks an id second in both lists above one first in only one", () => {
    expect(reciprocalRankFusion([["a", "x"], ["b", "x"]])[0]!.id).toBe("x");
  });
});
