import { describe, expect, it } from "vitest";
import { extractGsm8kFlexible, extractGsm8kStrict, gsm8kMatches } from "../../../src/scoring/gsm8k.js";
import { numericScorer } from "../../../src/scoring/numeric.js";
import { makeItem } from "../make-item.js";
import { readFixture, toFullWidth } from "./read-fixture.js";

interface Gsm8kRecord {
  id: string;
  question: string;
  answer: string;
}

const records = readFixture<Gsm8kRecord>("gsm8k");
const numeric = numericScorer.create(numericScorer.options.parse({}));

/** The worked solution without its `#### N` line and calculator annotations, as a chain of thought. */
function chainOfThought(solution: string): string {
  return solution
    .split("\n")
    .filter((line) => !line.startsWith("####"))
    .join("\n")
    .replace(/<<[^>]*>>/g, "");
}

const withCommas = (n: number) => n.toLocaleString("en-US");

/**
 * How chat models state a final answer `n`, and whether lm-evaluation-harness's strict and flexible extractors get
 * it right (checked by running the harness's regexes in Python on these texts).
 */
function phrasings(n: number, solution: string): Array<{ name: string; text: string; strict: boolean; flexible: boolean }> {
  const cot = chainOfThought(solution);
  return [
    { name: "answer sentence", text: `The answer is ${n}.`, strict: false, flexible: true },
    { name: "#### line", text: `#### ${withCommas(n)}`, strict: true, flexible: true },
    { name: "CoT then ####", text: `${cot}\n#### ${withCommas(n)}`, strict: true, flexible: true },
    { name: "CoT then sentence", text: `${cot}\nTherefore, the final answer is ${withCommas(n)}.`, strict: false, flexible: true },
    { name: "bold label", text: `**Answer:** ${withCommas(n)}`, strict: false, flexible: true },
    { name: "boxed", text: `So we get $\\boxed{${n}}$`, strict: false, flexible: true },
    { name: "currency", text: `The total is $${withCommas(n)}.`, strict: false, flexible: true },
    { name: "Japanese with counter", text: `合計で${n}個になります。`, strict: false, flexible: true },
    { name: "Japanese full-width", text: `答えは ${toFullWidth(String(n))} です。`, strict: false, flexible: false },
  ];
}

describe("GSM8K dev items (test/fixtures/datasets/gsm8k)", () => {
  const cases = records.map((record) => {
    const gold = record.answer.split("####").at(-1)?.trim() ?? "";
    return { record, gold, value: Number(gold.replaceAll(",", "")) };
  });

  it("has the items the fixture promises, including a gold with a thousands separator", () => {
    expect(cases).toHaveLength(12);
    expect(cases.map((c) => c.gold)).toContain("40,000");
  });

  it.each(cases)("numeric scores every phrasing of the gold answer of $record.id as correct", ({ record, gold, value }) => {
    const item = makeItem({ id: record.id, input: record.question, expected: gold });
    for (const phrasing of phrasings(value, record.answer)) {
      expect(numeric(item, { text: phrasing.text }), phrasing.name).toMatchObject({ value: 1, passed: true });
    }
  });

  it.each(cases)("numeric scores every phrasing of a wrong answer to $record.id as wrong", ({ record, gold, value }) => {
    const item = makeItem({ id: record.id, input: record.question, expected: gold });
    for (const phrasing of phrasings(value + 1, record.answer)) {
      expect(numeric(item, { text: phrasing.text }), phrasing.name).toMatchObject({ value: 0, passed: false });
    }
  });

  it.each(cases)("the harness extractors score the phrasings of $record.id as lm-evaluation-harness does", ({ record, value }) => {
    for (const phrasing of phrasings(value, record.answer)) {
      expect(gsm8kMatches(extractGsm8kStrict(phrasing.text), record.answer), `strict: ${phrasing.name}`).toBe(phrasing.strict);
      expect(gsm8kMatches(extractGsm8kFlexible(phrasing.text), record.answer), `flexible: ${phrasing.name}`).toBe(
        phrasing.flexible,
      );
    }
  });

  it.each(cases)("the harness extractors read the upstream worked solution of $record.id as correct", ({ record }) => {
    expect(gsm8kMatches(extractGsm8kStrict(record.answer), record.answer)).toBe(true);
    expect(gsm8kMatches(extractGsm8kFlexible(record.answer), record.answer)).toBe(true);
  });
});
