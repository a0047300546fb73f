import { describe, expect, it } from "vitest";
import { choiceScorer } from "../../../src/scoring/choice.js";
import { normalizedScorer } from "../../../src/scoring/normalized.js";
import { makeItem } from "../make-item.js";
import { readFixture } from "./read-fixture.js";

interface JnliRecord {
  sentence_pair_id: string;
  sentence1: string;
  sentence2: string;
  label: "entailment" | "contradiction" | "neutral";
}

// JNLI is scored with `choice`: the three labels are the options (so a model may answer with the label, its letter
// or, with Japanese option texts, 含意/矛盾/中立), and naming two labels is ambiguous rather than a substring hit.
const LABELS = ["entailment", "contradiction", "neutral"] as const;
const JAPANESE = ["含意", "矛盾", "中立"] as const;

const records = readFixture<JnliRecord>("jglue_jnli");
const choice = choiceScorer.create(choiceScorer.options.parse({}));
const normalized = normalizedScorer.create(normalizedScorer.options.parse({}));

const otherLabel = (label: JnliRecord["label"]) => LABELS[(LABELS.indexOf(label) + 1) % 3] ?? "neutral";
const input = (r: JnliRecord) => `前提：${r.sentence1}\n仮説：${r.sentence2}`;

function phrasings(label: string, letter: string): Array<[name: string, text: string]> {
  return [
    ["bare label", label],
    ["capitalised bold label", `**${label[0]?.toUpperCase()}${label.slice(1)}**`],
    ["answer label", `Answer: ${label}`],
    ["sentence", `The relationship is ${label}.`],
    ["Japanese answer phrase", `答えは「${label}」です。`],
    ["letter and label", `(${letter}) ${label}`],
    ["reasoning then answer", `The hypothesis adds details the premise does not state.\nFinal answer: ${label}`],
  ];
}

describe("JNLI dev items (test/fixtures/datasets/jglue_jnli)", () => {
  it("covers all three labels", () => {
    expect(new Set(records.map((r) => r.label))).toEqual(new Set(LABELS));
  });

  it.each(records)("choice scores every phrasing of the gold label of pair $sentence_pair_id as correct", (record) => {
    const item = makeItem({ id: record.sentence_pair_id, input: input(record), choices: [...LABELS], expected: record.label });
    const letter = "ABC"[LABELS.indexOf(record.label)] ?? "?";
    for (const [name, text] of phrasings(record.label, letter)) {
      expect(choice(item, { text }), name).toMatchObject({ value: 1, passed: true });
    }
  });

  it.each(records)("choice scores every phrasing of a wrong label for pair $sentence_pair_id as wrong", (record) => {
    const item = makeItem({ id: record.sentence_pair_id, input: input(record), choices: [...LABELS], expected: record.label });
    const wrong = otherLabel(record.label);
    for (const [name, text] of phrasings(wrong, "ABC"[LABELS.indexOf(wrong)] ?? "?")) {
      expect(choice(item, { text }), name).toMatchObject({ value: 0, passed: false });
    }
  });

  it.each(records)("choice reads Japanese label texts for pair $sentence_pair_id", (record) => {
    const index = LABELS.indexOf(record.label);
    const item = makeItem({ choices: [...JAPANESE], expected: index });
    expect(choice(item, { text: `${JAPANESE[index]}です。` }).passed).toBe(true);
    expect(choice(item, { text: `答え：${JAPANESE[(index + 1) % 3]}` }).passed).toBe(false);
  });

  it("normalized accepts the bare label however it is cased or marked up, and nothing more", () => {
    for (const record of records) {
      const item = makeItem({ expected: record.label });
      expect(normalized(item, { text: ` **${record.label.toUpperCase()}**.` }).passed).toBe(true);
      expect(normalized(item, { text: otherLabel(record.label) }).passed).toBe(false);
      expect(normalized(item, { text: `The answer is ${record.label}.` }).passed).toBe(false);
    }
  });

  it("calls an answer that hedges between two labels ambiguous", () => {
    const item = makeItem({ choices: [...LABELS], expected: "neutral" });
    expect(choice(item, { text: "Either neutral or contradiction." })).toMatchObject({
      passed: false,
      detail: { code: "ambiguous", options: ["B", "C"] },
    });
  });
});
