import { describe, expect, it } from "vitest";
import { containsScorer } from "../../../src/scoring/contains.js";
import { normalizedScorer } from "../../../src/scoring/normalized.js";
import { makeItem } from "../make-item.js";
import { readFixture, toFullWidth } from "./read-fixture.js";

interface JsquadRecord {
  id: string;
  question: string;
  context: string;
  answers: Array<{ text: string; answer_start: number }>;
}

const records = readFixture<JsquadRecord>("jglue_jsquad");
const normalized = normalizedScorer.create(normalizedScorer.options.parse({}));
const contains = containsScorer.create(containsScorer.options.parse({}));

const golds = (r: JsquadRecord) => r.answers.map((a) => a.text);

/** A short answer as models give it: the span alone, quoted, bold, with a full stop, full-width. */
const shortForms = (span: string): Array<[string, string]> => [
  ["span", span],
  ["quoted", `「${span}」`],
  ["bold", `**${span}**`],
  ["full stop", `${span}。`],
  ["full-width", toFullWidth(span)],
];

/** A sentence around the span, for `contains`. */
const sentences = (span: string): Array<[string, string]> => [
  ["Japanese sentence", `答えは「${span}」です。`],
  ["context sentence", `本文によると、${span}です。`],
  ["English sentence", `The answer is ${span}.`],
];

describe("JSQuAD dev items (test/fixtures/datasets/jglue_jsquad)", () => {
  const cases = records.map((record, i) => ({
    record,
    // A wrong answer: another question's gold span.
    wrong: golds(records[(i + 1) % records.length] ?? record)[0] ?? "",
  }));

  it.each(cases)("normalized accepts every short form of each gold span of $record.id", ({ record }) => {
    const item = makeItem({ id: record.id, input: record.question, expected: golds(record) });
    for (const gold of golds(record)) {
      for (const [name, text] of shortForms(gold)) {
        expect(normalized(item, { text }), `${name}: ${text}`).toMatchObject({ value: 1, passed: true });
      }
    }
  });

  it.each(cases)("contains accepts every sentence around a gold span of $record.id", ({ record }) => {
    const item = makeItem({ id: record.id, input: record.question, expected: golds(record) });
    for (const gold of golds(record)) {
      for (const [name, text] of [...shortForms(gold), ...sentences(gold)]) {
        expect(contains(item, { text }), `${name}: ${text}`).toMatchObject({ value: 1, passed: true });
      }
    }
  });

  it.each(cases)("both reject another question's answer to $record.id", ({ record, wrong }) => {
    const item = makeItem({ id: record.id, input: record.question, expected: golds(record) });
    for (const [name, text] of shortForms(wrong)) expect(normalized(item, { text }), name).toMatchObject({ passed: false });
    for (const [name, text] of sentences(wrong)) expect(contains(item, { text }), name).toMatchObject({ passed: false });
  });

  it("normalized is exact match: a gold span inside a sentence is not accepted", () => {
    const laos = records.find((r) => r.id === "a1468p18q0");
    const item = makeItem({ expected: laos ? golds(laos) : [] });
    expect(normalized(item, { text: "132議席です" }).passed).toBe(false);
    expect(contains(item, { text: "132議席です" }).passed).toBe(true);
  });
});
