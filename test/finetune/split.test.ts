import { describe, expect, it } from "vitest";
import { splitTrainValidation } from "../../src/finetune/split.js";

describe("splitTrainValidation", () => {
  const strata = [...Array(50).fill("orders"), ...Array(30).fill("billing"), ...Array(20).fill("tech")] as string[];

  it("holds out each category's share (stratified) and round(n × ratio) in total", () => {
    const { train, validation } = splitTrainValidation(strata, 0.1, 42);
    expect(validation).toHaveLength(10);
    expect(train).toHaveLength(90);
    const held = (key: string) => validation.filter((index) => strata[index] === key).length;
    expect([held("orders"), held("billing"), held("tech")]).toEqual([5, 3, 2]);
  });

  it("partitions the examples, each list in its original order", () => {
    const { train, validation } = splitTrainValidation(strata, 0.2, 1);
    expect([...train, ...validation].sort((a, b) => a - b)).toEqual(strata.map((_, index) => index));
    expect(train).toEqual([...train].sort((a, b) => a - b));
    expect(validation).toEqual([...validation].sort((a, b) => a - b));
  });

  it("is the same for the same seed and differs for another", () => {
    expect(splitTrainValidation(strata, 0.1, 7)).toEqual(splitTrainValidation(strata, 0.1, 7));
    expect(splitTrainValidation(strata, 0.1, 8).validation).not.toEqual(splitTrainValidation(strata, 0.1, 7).validation);
  });

  it("gives leftover validation places to the largest remainders", () => {
    // 0.25 × (3 + 3 + 2) = 2: quotas 0.75, 0.75, 0.5 → one each for the two larger strata.
    const { validation } = splitTrainValidation(["a", "a", "a", "b", "b", "b", "c", "c"], 0.25, 1);
    expect(validation).toHaveLength(2);
    expect(validation.map((index) => ["a", "a", "a", "b", "b", "b", "c", "c"][index]).sort()).toEqual(["a", "b"]);
  });

  it("holds out nothing at ratio 0", () => {
    expect(splitTrainValidation(["x", "y"], 0, 1)).toEqual({ train: [0, 1], validation: [] });
  });
});
