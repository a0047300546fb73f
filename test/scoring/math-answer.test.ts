import { describe, expect, it } from "vitest";
import { mathAnswerScorer } from "../../src/scoring/math-answer.js";
import { pickMathOption } from "../../src/scoring/math-answer-choice.js";
import { mathAnswersEqual } from "../../src/scoring/math-answer-equivalence.js";
import { evaluateMath, roundLikePython } from "../../src/scoring/math-answer-evaluate.js";
import { extractFinalAnswer } from "../../src/scoring/math-answer-extraction.js";
import { normalizeMathAnswer } from "../../src/scoring/math-answer-normalize.js";
import { readFixture } from "./datasets/read-fixture.js";
import { makeItem } from "./make-item.js";
import { detailText } from "../support/detail-text.js";

describe("normalizeMathAnswer (MATH-Vision's find_math_answer + _strip_string)", () => {
  it.each([
    ["$6 \\sqrt{3}+4 \\pi$", "6\\sqrt{3}+4\\pi"],
    ["6√3 + 4π", "6\\sqrt{3}+4\\pi"],
    ["6*sqrt(3) + 4*pi", "6*\\sqrt{3}+4*\\pi"],
    ["\\dfrac12", "\\frac{1}{2}"],
    ["\\tfrac{1}{2}", "\\frac{1}{2}"],
    ["1/2", "\\frac{1}{2}"],
    ["3分の1", "\\frac{1}{3}"],
    ["\\sqrt3", "\\sqrt{3}"],
    ["$18 \\mathrm{~km}$", "18"],
    ["5\\text{ cm}", "5"],
    ["4.36 cm²", "4.36"],
    ["54^\\circ", "54"],
    ["54°", "54"],
    ["100\\%", "100"],
    ["3個", "3"],
    ["3025通り", "3025"],
    ["12 cookies", "12"],
    ["3,025", "3025"],
    ["x = 4.36", "4.36"],
    ["\\approx 22.96", "22.96"],
    ["\\left( 1, 2 \\right)", "(1,2)"],
    [".5", "0.5"],
    ["20.", "20"],
    ["2x", "2x"], // a variable is not a unit
    ["ＡＢ＝１２", "12"], // full-width, NFKC
  ])("%j → %j", (answer, normalized) => {
    expect(normalizeMathAnswer(answer)).toBe(normalized);
  });
});

describe("evaluateMath", () => {
  it.each([
    ["6\\sqrt{3}+4\\pi", 6 * Math.sqrt(3) + 4 * Math.PI],
    ["\\frac{\\sqrt{5}+1}{2}", (Math.sqrt(5) + 1) / 2],
    ["2\\sqrt{3}-2", 2 * Math.sqrt(3) - 2],
    ["-2^2", -4],
    ["2^{10}", 1024],
    ["\\sqrt[3]{27}", 3],
    ["2(3+1)", 8],
    ["\\frac{1}{2}\\pi", Math.PI / 2],
    ["3\\times4\\div6", 2],
  ])("%s = %d", (expression, value) => {
    expect(evaluateMath(expression)).toBeCloseTo(value, 12);
  });

  it.each([["2x"], ["(1,2]"], ["\\infty"], [""], ["\\frac{1}{0}"], ["1+"]])("%j has no value", (expression) => {
    expect(evaluateMath(expression)).toBeUndefined();
  });

  it("rounds like Python's round: exact ties go to the even neighbour", () => {
    expect([0.125, 0.375, 0.625, -0.125, 2.675, 4.355].map((x) => roundLikePython(x, 2))).toEqual([
      0.12, 0.38, 0.62, -0.12, 2.67, 4.36,
    ]);
    expect([0.5, 1.5, 2.5].map((x) => roundLikePython(x, 0))).toEqual([0, 2, 2]);
  });
});

describe("mathAnswersEqual (MATH-Vision's is_equal)", () => {
  it.each([
    ["\\frac{1}{2}", "0.5", "value"],
    ["\\frac{1}{2}", "1/2", "text"],
    ["2\\sqrt{3}", "2√3", "text"],
    ["2\\sqrt{3}", "\\sqrt{12}", "value"],
    ["$6 \\sqrt{3}+4 \\pi$", "4\\pi + 6\\sqrt{3}", "value"],
    ["$6 \\sqrt{3}+4 \\pi$", "22.96", "value"], // both round to 22.96
    ["4.36", "4.364", "value"], // two decimals, as upstream
    ["0.33", "1/3", "value"],
    ["(1, 2)", "(1.004, 2)", "tuple"],
    ["(1, 2]", "(1,2]", "text"],
    ["Monday", "monday", "text"],
  ])("%j equals %j by %s", (gold, answer, how) => {
    expect(mathAnswersEqual(gold, answer, 2)).toBe(how);
  });

  it.each([
    ["4.36", "4.37"],
    ["0.13", "0.125"], // round(0.125, 2) is 0.12 in Python
    ["(1, 2)", "(2, 1)"],
    ["(1, 2)", "[1, 2]"],
    ["2x", "2"],
    ["", ""],
  ])("%j differs from %j", (gold, answer) => {
    expect(mathAnswersEqual(gold, answer, 2)).toBeUndefined();
  });

  it("compares to more decimals when asked", () => {
    expect(mathAnswersEqual("4.36", "4.364", 3)).toBeUndefined();
  });
});

describe("extractFinalAnswer", () => {
  it.each([
    ["We get $x=2$, so the area is \\boxed{\\frac{1}{2}}.", "\\frac{1}{2}", "boxed"],
    ["First \\boxed{3}, then corrected: \\boxed{4}", "4", "boxed"],
    ["The answer is 4.36. That is all.", "4.36", "answer phrase"],
    ["So the final answer is: $2\\sqrt{3}$.", "$2\\sqrt{3}$", "answer phrase"],
    ["The answer is approximately 22.96.", "22.96", "answer phrase"],
    ["答えは 2√3 です。", "2√3", "answer phrase"],
    ["**Answer:** 54", "54", "answer phrase"],
    ["2√3", "2√3", "whole answer"],
    ["(C)", "(C)", "whole answer"],
    ["The two areas add up, giving $6\\sqrt{3}+4\\pi$ in total.", "6\\sqrt{3}+4\\pi", "last formula"],
    ["There are 3 trays needed for the plate.\nThat is my reasoning.", "3", "last number"],
  ])("%j → %j (%s)", (response, text, via) => {
    expect(extractFinalAnswer(response)).toEqual({ text, via });
  });

  it("finds nothing in a reply without an answer", () => {
    expect(extractFinalAnswer("I cannot see the image clearly enough to answer.")).toBeUndefined();
  });
});

describe("pickMathOption", () => {
  const values = ["$2\\sqrt{3}-2$", "$\\frac{3}{2}$", "$\\frac{\\sqrt{5}+1}{2}$", "$\\sqrt{3}$", "$2$"];

  it.each([
    ["Checking each vase, it is D.", 3, "final label"], // upstream: ends with " D."
    ["(B)\nBecause the curve is concave.", 1, "final label"], // upstream: starts with "(B)\n"
    ["\\boxed{c}", 2, "boxed"], // upstream lower-cases the answer
    ["The answer is option E", 4, "answer phrase"],
    ["正解は選択肢B", 1, "answer phrase"],
    ["\\boxed{\\frac{1+\\sqrt{5}}{2}}", 2, "boxed, by value"],
    ["I would go with **A** here", 0, "choice answer phrase"], // kurabe's choice extraction
    ["Option A matches the graph; the others do not.", 0, "choice label"],
  ])("%j picks option %d (%s)", (text, index, via) => {
    expect(pickMathOption(text, values, 2)).toEqual({ kind: "picked", index, via });
  });

  it("does not compare values with options drawn in the image", () => {
    expect(pickMathOption("\\boxed{2}", ["A", "B", "C", "D", "E"], 2)).toEqual({ kind: "none" });
    expect(pickMathOption("\\boxed{3}", ["<image2>", "<image3>", "<image4>"], 2)).toEqual({ kind: "none" });
  });
});

interface MathVisionRecord {
  id: string;
  question: string;
  options: string[];
  answer: string;
  subject: string;
}

const records = readFixture<MathVisionRecord>("mathvision");
const score = mathAnswerScorer.create(mathAnswerScorer.options.parse({}));
const itemOf = (record: MathVisionRecord) =>
  makeItem({
    id: record.id,
    input: record.question,
    expected: record.answer,
    ...(record.options.length > 0 ? { choices: record.options } : {}),
  });

const LETTERS = "ABCDE";
/** A wrong letter: the next one. */
const otherLetter = (letter: string) => LETTERS[(LETTERS.indexOf(letter) + 1) % LETTERS.length] ?? "A";
const bare = (latex: string) => latex.replace(/\$/g, "").trim();

const letterPhrasings = (letter: string): string[] => [
  `\\boxed{${letter}}`,
  `The answer is (${letter}).`,
  `答えは (${letter}) です`,
  `正解は${letter}です。`,
  `**${letter}**`,
  `Answer: ${letter}`,
  `Looking at the figure, each of the others fails.\nTherefore, the correct answer is ${letter}.`,
  `${letter}`,
];

const valuePhrasings = (value: string): string[] => [
  `\\boxed{${bare(value)}}`,
  `The answer is ${value}.`,
  `答えは ${bare(value)} です`,
  `**Answer:** $${bare(value)}$`,
  `Adding the two parts gives ${value}.\n\nFinal answer: ${bare(value)}`,
  bare(value),
];

describe("math-answer on MATH-Vision dev items (test/fixtures/datasets/mathvision)", () => {
  const choice = records.filter((r) => r.options.length > 0);
  const free = records.filter((r) => r.options.length === 0);

  it("covers all 20 dev items: 7 multiple choice, 13 free-form", () => {
    expect([records.length, choice.length, free.length]).toEqual([20, 7, 13]);
  });

  const choiceCases = choice.map((r) => [r.id, r.subject, r] as const);
  it.each(choiceCases)("%s (%s, choice): the gold letter in every phrasing → 1", (_id, _subject, record) => {
    for (const text of letterPhrasings(record.answer)) {
      expect(score(itemOf(record), { text }), text).toMatchObject({ value: 1, passed: true, extracted: record.answer });
    }
  });

  it.each(choice.map((r) => [r.id, r] as const))("%s (choice): another letter → 0", (_id, record) => {
    const wrong = otherLetter(record.answer);
    for (const text of letterPhrasings(wrong)) {
      expect(score(itemOf(record), { text }), text).toMatchObject({ value: 0, passed: false, extracted: wrong });
    }
  });

  const valued = choice.filter((r) => !/^[A-E]$|^<image\d+>$/.test(r.options[0] ?? ""));
  const valuedCases = valued.map((r) => [r.id, r] as const);
  it.each(valuedCases)("%s (choice with values): the gold option's value → 1, another's → 0", (_id, record) => {
    const gold = record.options[LETTERS.indexOf(record.answer)] ?? "";
    const other = record.options[LETTERS.indexOf(otherLetter(record.answer))] ?? "";
    for (const text of valuePhrasings(gold)) {
      expect(score(itemOf(record), { text }), text).toMatchObject({ value: 1, passed: true });
    }
    for (const text of valuePhrasings(other)) {
      expect(score(itemOf(record), { text }), text).toMatchObject({ value: 0, passed: false });
    }
  });

  const freeCases = free.map((r) => [r.id, r.subject, r] as const);
  it.each(freeCases)("%s (%s, free-form): the gold answer in every phrasing → 1", (_id, _subject, record) => {
    for (const text of valuePhrasings(record.answer)) {
      expect(score(itemOf(record), { text }), text).toMatchObject({ value: 1, passed: true });
    }
  });

  it.each(free.map((r) => [r.id, r] as const))("%s (free-form): a wrong answer → 0", (_id, record) => {
    const wrong = record.id === "2807" ? "$6 \\sqrt{3}+2 \\pi$" : String(Number(record.answer) + 1);
    for (const text of valuePhrasings(wrong)) {
      expect(score(itemOf(record), { text }), text).toMatchObject({ value: 0, passed: false });
    }
  });

  it("2402: the value written in Unicode picks option A (2√3 − 2)", () => {
    const record = records.find((r) => r.id === "2402");
    if (!record) throw new Error("fixture record 2402 missing");
    expect(score(itemOf(record), { text: "答えは 2√3 − 2 です" })).toMatchObject({ passed: true, extracted: "A" });
  });

  it("2807: 6√3 + 4π in other spellings, and its value to two decimals", () => {
    const record = records.find((r) => r.id === "2807");
    if (!record) throw new Error("fixture record 2807 missing");
    for (const text of ["答えは 6√3 + 4π です", "\\boxed{4\\pi + 6\\sqrt{3}}", "The answer is approximately 22.96."]) {
      expect(score(itemOf(record), { text }), text).toMatchObject({ passed: true });
    }
    expect(score(itemOf(record), { text: "\\boxed{22.9}" }).passed).toBe(false);
  });

  it("2748: 4.36 with a unit, or to three decimals, still matches as upstream's 2-decimal rounding does", () => {
    const record = records.find((r) => r.id === "2748");
    if (!record) throw new Error("fixture record 2748 missing");
    expect(score(itemOf(record), { text: "\\boxed{4.36\\text{ cm}}" }).passed).toBe(true);
    expect(score(itemOf(record), { text: "The answer is 4.362." }).passed).toBe(true);
  });
});

describe("math-answer scorer", () => {
  const item = makeItem({ expected: "2\\sqrt{3}" });

  it("accepts 答えは 2√3 です for 2\\sqrt{3} and says how it matched", () => {
    expect(score(item, { text: "答えは 2√3 です" })).toMatchObject({
      value: 1,
      passed: true,
      extracted: "2√3",
      detail: { code: "math-equal", got: "2\\sqrt{3}", via: "answer phrase", gold: "2\\sqrt{3}", how: "text" },
    });
    expect(detailText(score(item, { text: "答えは 2√3 です" }).detail)).toBe('2\\sqrt{3} (answer phrase) equals "2\\\\sqrt{3}" as text');
  });

  it("reports what it compared when wrong", () => {
    expect(score(item, { text: "\\boxed{3\\sqrt{2}}" }).detail).toEqual({ code: "picked", got: "3\\sqrt{2}", via: "boxed", expected: ["2\\sqrt{3}"] });
    expect(score(item, { text: "I am not sure." })).toMatchObject({ passed: false, detail: { code: "not-found", what: "answer" } });
  });

  it("takes the options from a record's `options` field when the item has no choices", () => {
    const record = makeItem({ expected: "B", fields: { options: ["A", "B", "C", "D", "E"] } });
    expect(score(record, { text: "\\boxed{B}" }).passed).toBe(true);
  });

  it("takes a 0-based index as the gold option too", () => {
    expect(score(makeItem({ expected: 2, choices: ["A", "B", "C"] }), { text: "\\boxed{C}" }).passed).toBe(true);
  });

  it("fails an item whose gold is not usable", () => {
    for (const expected of ["Z", "", "AB", 5]) {
      const result = score(makeItem({ expected, choices: ["1", "2"] }), { text: "A" });
      expect(result.detail, String(expected)).toEqual({ code: "unusable-expected", scorer: "math-answer" });
    }
    expect(detailText(score(makeItem({}), { text: "3" }).detail)).toBe("item has no expected answer that math-answer can use");
  });
});
