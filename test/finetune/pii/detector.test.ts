import { describe, expect, it } from "vitest";
import { hasDigits, hasRun, matchesOf } from "../../../src/finetune/pii/detector.js";

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

describe("hasRun", () => {
  /** What hasRun must answer: a run of `length` allowed characters somewhere, counted one character at a time. */
  const runOf = (length: number, allowed: (code: number) => boolean, text: string): boolean => {
    let run = 0;
    for (let index = 0; index < text.length; index++) {
      run = allowed(text.charCodeAt(index)) ? run + 1 : 0;
      if (run >= length) return true;
    }
    return false;
  };
  const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

  it("finds a run of allowed characters wherever it lies, as one character at a time would", () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff;
    // One checker per length, as the detectors hold theirs: each builds a 64K-entry table on first use.
    const checkers = [1, 2, 3, 5, 8, 13].map((length) => [length, hasRun(length, isLetter)] as const);
    for (let trial = 0; trial < 3000; trial++) {
      const text = Array.from({ length: Math.floor(random() * 60) }, () => (random() < 0.8 ? String.fromCharCode(97 + Math.floor(random() * 3)) : random() < 0.5 ? " " : "漢")).join("");
      for (const [length, check] of checkers) expect(check(text), `${length} ${JSON.stringify(text)}`).toBe(runOf(length, isLetter, text));
    }
  });

  it.each<[number, string, boolean]>([
    [4, "abcd", true],
    [4, "abc", false],
    [4, "ab cd", false],
    [4, "x abcd", true],
    [4, "abcd x", true],
    [4, "漢字abcde漢字", true],
    [4, "abc 漢 bcd", false],
  ])("a run of %i in %j: %s", (length, text, expected) => {
    expect(hasRun(length, isLetter)(text)).toBe(expected);
  });
});
