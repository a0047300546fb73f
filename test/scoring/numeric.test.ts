import { describe, expect, it } from "vitest";
import { extractFinalNumber } from "../../src/scoring/number-extraction.js";
import { numericScorer } from "../../src/scoring/numeric.js";
import { makeItem } from "./make-item.js";

describe("extractFinalNumber", () => {
  it.each([
    ["42", 42, "last number"],
    ["The answer is 42.", 42, "answer phrase"],
    ["#### 1,450", 1450, "####"],
    ["He has 3 apples and 4 pears.\n#### 7\nHope this helps, 1 more thing", 7, "####"],
    ["So the final answer is $\\boxed{18}$ dollars, not 20.", 18, "boxed"],
    ["The answer is 12, because 3 × 4 = 12; 10 was a slip.", 12, "answer phrase"],
    ["**Answer:** $1,450.50", 1450.5, "answer phrase"],
    ["答えは 1,450 円です。", 1450, "answer phrase"],
    ["答え：４０個", 40, "answer phrase"],
    ["合計は３０００円になります。", 3000, "last number"],
    ["The temperature fell to −5 degrees", -5, "last number"],
    ["The change is -12.5%", -12.5, "last number"],
    ["She used 3/4 of the cake", 0.75, "last number"],
    ["10-3=7", 7, "last number"],
    ["It runs 2.5km", 2.5, "last number"],
  ])("%j → %d (%s)", (text, value, via) => {
    expect(extractFinalNumber(text)).toMatchObject({ value, via });
  });

  it("keeps the number as written for reports", () => {
    expect(extractFinalNumber("Total: $1,450.")?.text).toBe("$1,450");
  });

  it.each([[""], ["no digits here"], ["x2 is a variable name"]])("finds no number in %j", (text) => {
    expect(extractFinalNumber(text)).toBeUndefined();
  });

  it("reads a comma list as separate numbers, not one with thousands separators", () => {
    expect(extractFinalNumber("3,5,7")?.value).toBe(7);
  });
});

describe("numeric", () => {
  const exactly = numericScorer.create(numericScorer.options.parse({}));

  it.each([
    [42, "The answer is 42.", true],
    ["1,450", "#### 1450", true],
    ["$1,450", "1450 dollars", true],
    ["He sold 5 on day one.\n#### 40,000", "The total is 40,000.", true],
    [0.75, "3/4", true],
    [["7", "7.0"], "7", true],
    [42, "The answer is 43.", false],
    [42, "I cannot tell.", false],
  ])("expected %j, answer %j → %s", (expected, text, passed) => {
    expect(exactly(makeItem({ expected }), { text }).passed).toBe(passed);
  });

  it("accepts any one of a list of expected values, not only an answer matching them all", () => {
    // A question with two acceptable readings (a half-dozen as 6, or the 12 of a dozen): either answer passes.
    const item = makeItem({ expected: [6, "12"] });
    expect(exactly(item, { text: "The answer is 6." })).toMatchObject({ passed: true, detail: { code: "picked", got: "6", via: "answer phrase" } });
    expect(exactly(item, { text: "#### 12" }).passed).toBe(true);
    expect(exactly(item, { text: "#### 18" })).toMatchObject({ passed: false, detail: { code: "picked", got: "18", via: "####", expected: ["6", "12"] } });
  });

  it("accepts an absolute tolerance", () => {
    const near = numericScorer.create(numericScorer.options.parse({ tolerance: 0.01 }));
    expect(near(makeItem({ expected: 3.14 }), { text: "3.141" }).passed).toBe(true);
    expect(near(makeItem({ expected: 3.14 }), { text: "3.16" }).passed).toBe(false);
  });

  it("accepts a relative tolerance", () => {
    const near = numericScorer.create(numericScorer.options.parse({ relTolerance: 0.01 }));
    expect(near(makeItem({ expected: 1000 }), { text: "1009" }).passed).toBe(true);
    expect(near(makeItem({ expected: 1000 }), { text: "1011" }).passed).toBe(false);
  });

  it("reports the number taken and the expected one when wrong", () => {
    expect(exactly(makeItem({ expected: 42 }), { text: "#### 41" })).toMatchObject({
      value: 0,
      extracted: "41",
      detail: { code: "picked", got: "41", via: "####", expected: ["42"] },
    });
  });

  it.each([["not a number"], [{ n: 1 }], [undefined]])("fails, saying why, when expected is %j", (expected) => {
    expect(exactly(makeItem({ expected }), { text: "1" }).detail).toEqual({ code: "unusable-expected", scorer: "numeric" });
  });
});
