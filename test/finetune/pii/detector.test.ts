import { describe, expect, it } from "vitest";
import { hasDigits, matchesOf } from "../../../src/finetune/pii/detector.js";

describe("matchesOf", () => {
  const text = "a𠮷b 12-34 𠮷𠮷 x";
  it.each([/\d+/dg, /(?:)/g, /(?:)/gu, /x*/gu, /\p{Script=Han}?/gu, /(?<secret>\d)-(?=\d)/dg])("gives what matchAll gives (%s), and leaves lastIndex at 0", (pattern) => {
    const expected = [...text.matchAll(pattern)].map((match) => [match.index, match[0], match.indices?.[0]]);
    expect(matchesOf(pattern, text).map((match) => [match.index, match[0], match.indices?.[0]])).toEqual(expected);
    expect(pattern.lastIndex).toBe(0);
  });
});

describe("hasDigits", () => {
  it("counts the digits of each text, one text after another", () => {
    expect(hasDigits(3)("a1b2c3")).toBe(true);
    expect(hasDigits(4)("a1b2c3")).toBe(false);
    expect(hasDigits(4)("1234")).toBe(true);
    expect(hasDigits(1)("１２３")).toBe(false);
  });
});
