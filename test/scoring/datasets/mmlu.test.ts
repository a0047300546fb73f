import { describe, expect, it } from "vitest";
import { choiceScorer } from "../../../src/scoring/choice.js";
import { makeItem } from "../make-item.js";
import { readFixture } from "./read-fixture.js";

interface MmluRecord {
  id: string;
  question: string;
  choices: string[];
  answer: string;
  answer_index: number;
}

const records = readFixture<MmluRecord>("mmlu");
const choice = choiceScorer.create(choiceScorer.options.parse({}));
const LETTERS = ["A", "B", "C", "D"];

/** How chat models name option `index` of a four-way question. */
function phrasings(index: number, choices: readonly string[]): Array<[name: string, text: string]> {
  const letter = LETTERS[index] ?? "?";
  const text = choices[index] ?? "";
  const walkthrough = choices.map((c, i) => `(${LETTERS[i]}) ${c}: ${i === index ? "fits" : "does not fit"}.`).join("\n");
  return [
    ["bare letter", letter],
    ["parenthesised", `(${letter})`],
    ["bold parenthesised", `**(${letter})**`],
    ["answer sentence", `The answer is ${letter}.`],
    ["answer label with text", `Answer: (${letter}) ${text}`],
    ["answer label, letter and parenthesis", `Answer: ${letter}) ${text}`],
    ["leading letter and period", `${letter}. ${text}`],
    ["bold correct answer", `The correct answer is **${letter}) ${text}**.`],
    ["option text in an answer sentence", `The answer is ${text}.`],
    ["Japanese answer phrase", `答えは (${letter}) です`],
    ["Japanese 正解は", `正解は${letter}`],
    ["Japanese position", `選択肢${index + 1}です。`],
    ["chain of thought over every option", `Let's check each option.\n${walkthrough}\nSo the answer is (${letter}).`],
  ];
}

describe("MMLU dev items (test/fixtures/datasets/mmlu)", () => {
  it("has ten items from ten subjects", () => {
    expect(new Set(records.map((r) => r.id.split("/")[1])).size).toBe(10);
  });

  it.each(records)("choice scores every phrasing of the gold answer of $id as correct", (record) => {
    const item = makeItem({ id: record.id, input: record.question, choices: record.choices, expected: record.answer });
    for (const [name, text] of phrasings(record.answer_index, record.choices)) {
      expect(choice(item, { text }), name).toMatchObject({ value: 1, passed: true, extracted: record.answer });
    }
  });

  it.each(records)("choice scores every phrasing of a wrong answer to $id as wrong", (record) => {
    const item = makeItem({ id: record.id, input: record.question, choices: record.choices, expected: record.answer_index });
    for (const [name, text] of phrasings((record.answer_index + 1) % 4, record.choices)) {
      expect(choice(item, { text }), name).toMatchObject({ value: 0, passed: false });
    }
  });

  it("reads a bare number as the option with that text when the options are numbers", () => {
    const ring = records.find((r) => r.id === "mmlu/abstract_algebra/dev/4");
    expect(ring?.choices).toEqual(["0", "3", "12", "30"]);
    const item = makeItem({ choices: ring?.choices ?? [], expected: ring?.answer });
    expect(choice(item, { text: "The characteristic of 2Z is 0." }).passed).toBe(true);
    expect(choice(item, { text: "The answer is 3" })).toMatchObject({ passed: false, extracted: "B" });
  });
});

describe("MMLU test items whose option text names options (label-like-options.jsonl)", () => {
  const labelled = readFixture<MmluRecord>("mmlu", "label-like-options.jsonl");

  it.each(labelled)("$id: a leading label wins over the labels quoted in its option's text", (record) => {
    const item = makeItem({ id: record.id, input: record.question, choices: record.choices, expected: record.answer });
    record.choices.forEach((text, index) => {
      const letter = LETTERS[index];
      for (const reply of [`${letter}. ${text}`, `${letter}) ${text}`, `**${letter}. ${text}**`, `The answer is ${letter}. ${text}`]) {
        expect(choice(item, { text: reply }), reply).toMatchObject({ passed: index === record.answer_index, extracted: letter });
      }
    });
  });

  it.each(labelled)("$id: every phrasing of the gold answer scores as correct", (record) => {
    const item = makeItem({ id: record.id, input: record.question, choices: record.choices, expected: record.answer });
    for (const [name, text] of phrasings(record.answer_index, record.choices)) {
      expect(choice(item, { text }), name).toMatchObject({ value: 1, passed: true, extracted: record.answer });
    }
  });

  it("reads the issue's reply to electrical_engineering/test/110 as C, not 'ambiguous: A, B, C'", () => {
    const record = labelled.find((r) => r.id === "mmlu/electrical_engineering/test/110")!;
    const item = makeItem({ choices: record.choices, expected: record.answer });
    expect(choice(item, { text: "C. (A) and (B) both in the same way." })).toMatchObject({ passed: true, extracted: "C" });
  });

  it("still reads labels the model wrote itself around a quoted option", () => {
    const record = labelled.find((r) => r.id === "mmlu/high_school_macroeconomics/test/7")!; // D: (A) and (C)
    const item = makeItem({ choices: record.choices, expected: record.answer });
    expect(choice(item, { text: "Both (A) and (B) are wrong; (C) alone too." })).toMatchObject({ passed: false, detail: { code: "ambiguous", options: ["A", "B", "C"] } });
  });
});
