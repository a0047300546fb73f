import { describe, expect, it } from "vitest";
import { choiceScorer } from "../../src/scoring/choice.js";
import { makeItem } from "./make-item.js";
import { detailText } from "../support/detail-text.js";

const choice = choiceScorer.create(choiceScorer.options.parse({}));
const hotel = ["部屋", "机", "座敷", "ロビー", "応接間"];

describe("choice", () => {
  it.each([
    ["a letter", "D"],
    ["a parenthesised letter", "(D)"],
    ["a 0-based index", 3],
    ["a 0-based index as a string", "3"],
    ["a lower-case letter", "d"],
    ["the option text", "ロビー"],
  ])("accepts the expected option as %s", (_, expected) => {
    const score = choice(makeItem({ expected, choices: hotel }), { text: "答えは (D) です" });
    expect(score).toMatchObject({ value: 1, passed: true, extracted: "D" });
  });

  it("scores a different pick as wrong, naming both", () => {
    const score = choice(makeItem({ expected: "D", choices: hotel }), { text: "(A)" });
    expect(score).toMatchObject({ value: 0, passed: false, extracted: "A", detail: { code: "picked", got: "A", expected: ["D"] } });
  });

  it("scores an ambiguous answer as wrong, listing the options named", () => {
    const score = choice(makeItem({ expected: "D", choices: hotel }), { text: "(A) or (D)" });
    expect(score).toMatchObject({ passed: false, detail: { code: "ambiguous", options: ["A", "D"] } });
    expect(score.extracted).toBeUndefined();
  });

  it("says when no choice is found", () => {
    expect(choice(makeItem({ expected: "D", choices: hotel }), { text: "わかりません" })).toMatchObject({
      passed: false,
      detail: { code: "not-found", what: "choice" },
    });
  });

  it("works without choices, with labels A–J", () => {
    expect(choice(makeItem({ expected: "H" }), { text: "The answer is H." }).passed).toBe(true);
  });

  it("uses custom labels", () => {
    const kana = choiceScorer.create(choiceScorer.options.parse({ labels: ["ア", "イ", "ウ", "エ"] }));
    expect(kana(makeItem({ expected: "ウ", choices: ["a", "b", "c", "d"] }), { text: "正解はウ" }).passed).toBe(true);
  });

  it.each([
    ["a label that is not an option", "F"],
    ["an index out of range", 5],
    ["an object", { answer: "D" }],
    ["nothing", undefined],
  ])("fails, saying why, when the expected answer is %s", (_, expected) => {
    const score = choice(makeItem({ expected, choices: hotel.slice(0, 4) }), { text: "D" });
    expect(score.passed).toBe(false);
    expect(detailText(score.detail)).toMatch(/^item has no expected answer that \S+ can use$/);
  });
});
