import { describe, expect, it } from "vitest";
import {
  extractGsm8kFlexible,
  extractGsm8kStrict,
  gsm8kFlexibleScorer,
  gsm8kMatches,
  gsm8kStrictScorer,
} from "../../src/scoring/gsm8k.js";
import { makeItem } from "./make-item.js";

// Expected values were produced by running lm-evaluation-harness's own regexes (gsm8k.yaml v3.0 filter_list and
// exact_match regexes_to_ignore) with Python's `re` on the same texts; `undefined` is the harness's "[invalid]".
type HarnessCase = [
  text: string,
  gold: string,
  strict: string | undefined,
  flexible: string | undefined,
  strictOk: boolean,
  flexibleOk: boolean,
];

const harnessCases: HarnessCase[] = [
  ["The answer is 42.", "42", undefined, "42.", false, true],
  ["#### 1,450", "1,450", "1,450", "1,450", true, true],
  ["So 40,000 dollars.\n#### 40,000", "#### 40,000", "40,000", "40,000", true, true],
  ["Let me think...", "42", undefined, "...", false, false],
  ["$1,450.00", "1450", undefined, "$1,450.00", false, false],
  ["答えは４０です", "40", undefined, undefined, false, false],
  ["-5 degrees", "-5", undefined, "-5", false, true],
  ["\\boxed{18}", "18", undefined, "18", false, true],
  ["It costs $18.", "18", undefined, "$18.", false, true],
  ["#### 7 and 8", "7", "7", "8", true, false],
  ["1. First 2. Second 3", "3", undefined, "3", false, true],
  ["no number", "3", undefined, undefined, false, false],
  ["#### -3.", "-3", "-3.", "-3.", true, true],
  ["The answer is 3 apples (2 red).", "3", undefined, "2", false, false],
];

describe("lm-evaluation-harness GSM8K extractors", () => {
  it.each(harnessCases)("%j (gold %j)", (text, gold, strict, flexible, strictOk, flexibleOk) => {
    expect(extractGsm8kStrict(text)).toBe(strict);
    expect(extractGsm8kFlexible(text)).toBe(flexible);
    expect(gsm8kMatches(extractGsm8kStrict(text), gold)).toBe(strictOk);
    expect(gsm8kMatches(extractGsm8kFlexible(text), gold)).toBe(flexibleOk);
  });

  it("takes the first #### for strict and the last number for flexible", () => {
    const text = "#### 5\n#### 6\nand 7";
    expect(extractGsm8kStrict(text)).toBe("5");
    expect(extractGsm8kFlexible(text)).toBe("7");
  });

  it("matches a gold given as the whole worked solution", () => {
    expect(gsm8kMatches("40,000", "He earns 2 * 20,000 = <<2*20000=40000>>40,000.\n#### 40,000")).toBe(true);
  });
});

describe("gsm8k-strict and gsm8k-flexible scorers", () => {
  const strict = gsm8kStrictScorer.create({});
  const flexible = gsm8kFlexibleScorer.create({});

  it("score the same response differently, as the harness does", () => {
    const item = makeItem({ expected: "72" });
    const response = { text: "She sold 48 + 24 = 72 clips. The answer is 72." };
    expect(strict(item, response)).toMatchObject({ passed: false, detail: { code: "not-found", what: "gsm8k-marker" } });
    expect(flexible(item, response)).toMatchObject({ passed: true, extracted: "72." });
  });

  it("accept a numeric gold", () => {
    expect(strict(makeItem({ expected: 72 }), { text: "#### 72" }).passed).toBe(true);
  });

  it("fail, saying why, without a gold answer", () => {
    expect(strict(makeItem(), { text: "#### 72" }).detail).toEqual({ code: "unusable-expected", scorer: "gsm8k-strict" });
  });
});
