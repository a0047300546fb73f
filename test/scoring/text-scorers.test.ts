import { describe, expect, it } from "vitest";
import { containsScorer } from "../../src/scoring/contains.js";
import { exactScorer } from "../../src/scoring/exact.js";
import { normalizedScorer } from "../../src/scoring/normalized.js";
import { makeItem } from "./make-item.js";
import { detailText } from "../support/detail-text.js";

const exact = exactScorer.create({});
const normalized = normalizedScorer.create(normalizedScorer.options.parse({}));
const containsAny = containsScorer.create(containsScorer.options.parse({}));

describe("exact", () => {
  it.each([
    ["Paris", "Paris", true],
    ["  Paris\n", "Paris", true],
    ["paris", "Paris", false],
    ["Paris.", "Paris", false],
    ["42", 42, true],
    ["132議席", ["132", "132議席"], true],
    ["１３２", "132", false],
  ])("%j against %j → %s", (text, expected, passed) => {
    expect(exact(makeItem({ expected }), { text }).passed).toBe(passed);
  });

  it("fails, saying why, when the item has no usable expected answer", () => {
    const score = exact(makeItem({ expected: { a: 1 } }), { text: "x" });
    expect(score).toMatchObject({ value: 0, passed: false });
    expect(detailText(score.detail)).toMatch(/^item has no expected answer that \S+ can use$/);
  });
});

describe("normalized", () => {
  it.each([
    ["**Paris**", "paris", true],
    ["PARIS!", "Paris", true],
    ["「スタンリー・ミラー」", "スタンリー・ミラー", true],
    ["スタンリー・ミラー。", "スタンリー・ミラー", true],
    ["ｽﾀﾝﾘｰ･ﾐﾗｰ", "スタンリー・ミラー", true],
    ["１３２議席", ["132", "132議席"], true],
    ["132議席です", "132議席", false],
    ["London", "Paris", false],
  ])("%j against %j → %s", (text, expected, passed) => {
    const score = normalized(makeItem({ expected }), { text });
    expect(score).toMatchObject({ passed, value: passed ? 1 : 0 });
  });

  it("respects turned-off steps", () => {
    const caseSensitive = normalizedScorer.create(normalizedScorer.options.parse({ caseFold: false }));
    expect(caseSensitive(makeItem({ expected: "Paris" }), { text: "paris" }).passed).toBe(false);
    expect(caseSensitive(makeItem({ expected: "Paris" }), { text: "**Paris**" }).passed).toBe(true);
  });
});

describe("contains", () => {
  it.each([
    ["The capital is **Paris**.", "paris", true],
    ["科学者はスタンリー・ミラーです。", "スタンリー・ミラー", true],
    ["議席数は132議席です", ["132", "132議席"], true],
    ["The capital is Lyon.", "Paris", false],
    ["", "Paris", false],
  ])("%j contains %j → %s", (text, expected, passed) => {
    expect(containsAny(makeItem({ expected }), { text }).passed).toBe(passed);
  });

  it("requires every expected answer with match: all, and names what is missing", () => {
    const all = containsScorer.create(containsScorer.options.parse({ match: "all" }));
    const item = makeItem({ expected: ["Tokyo", "Osaka"] });
    expect(all(item, { text: "Tokyo and Osaka" }).passed).toBe(true);
    const missing = all(item, { text: "Tokyo only" });
    expect(missing.passed).toBe(false);
    expect(missing.detail).toMatchObject({ code: "missing", answers: ["Osaka"] });
  });

  it("compares raw text, case-sensitively, with normalize: false", () => {
    const raw = containsScorer.create(containsScorer.options.parse({ normalize: false }));
    expect(raw(makeItem({ expected: "Paris" }), { text: "PARIS" }).passed).toBe(false);
    expect(raw(makeItem({ expected: "Paris" }), { text: "in Paris." }).passed).toBe(true);
  });

  it("never finds an expected answer that normalizes to nothing", () => {
    expect(containsAny(makeItem({ expected: "。" }), { text: "anything" }).passed).toBe(false);
  });

  it("reports the expected answers it found as extracted", () => {
    expect(containsAny(makeItem({ expected: ["132", "132議席"] }), { text: "132議席" }).extracted).toBe("132 | 132議席");
  });
});
