import { describe, expect, it } from "vitest";
import { choiceScorer } from "../../../src/scoring/choice.js";
import { makeItem } from "../make-item.js";
import { readFixture, toFullWidth } from "./read-fixture.js";

interface JCommonsenseQaRecord {
  q_id: number;
  question: string;
  choice0: string;
  choice1: string;
  choice2: string;
  choice3: string;
  choice4: string;
  label: number;
}

const records = readFixture<JCommonsenseQaRecord>("jglue_jcommonsenseqa");
const choice = choiceScorer.create(choiceScorer.options.parse({}));
const LETTERS = ["A", "B", "C", "D", "E"];

const choicesOf = (r: JCommonsenseQaRecord) => [r.choice0, r.choice1, r.choice2, r.choice3, r.choice4];
const itemOf = (r: JCommonsenseQaRecord) =>
  makeItem({ id: String(r.q_id), input: r.question, choices: choicesOf(r), expected: r.label });

/** How chat models name option `index`, mostly in Japanese. */
function phrasings(index: number, choices: readonly string[]): Array<[name: string, text: string]> {
  const letter = LETTERS[index] ?? "?";
  const text = choices[index] ?? "";
  return [
    ["bare letter", letter],
    ["full-width letter", toFullWidth(letter)],
    ["答えは (C) です", `答えは (${letter}) です`],
    ["正解はB", `正解は${letter}`],
    ["bold letter and text", `**(${letter})** ${text}`],
    ["letter and parenthesis", `${letter}) ${text}`],
    ["「ロビー」です", `「${text}」です`],
    ["option text alone", text],
    ["answer phrase with text", `答えは${text}です。`],
    ["reasoning then text", `質問の説明に最も合うものを考えます。\nしたがって、正解は「${text}」です。`],
    ["position number", `選択肢${index + 1}`],
    ["English answer sentence", `The answer is ${letter}.`],
  ];
}

describe("JCommonsenseQA dev items (test/fixtures/datasets/jglue_jcommonsenseqa)", () => {
  it.each(records)("choice scores every phrasing of the gold answer of q_id $q_id as correct", (record) => {
    const item = itemOf(record);
    for (const [name, text] of phrasings(record.label, choicesOf(record))) {
      expect(choice(item, { text }), name).toMatchObject({ value: 1, passed: true });
    }
  });

  it.each(records)("choice scores every phrasing of a wrong answer to q_id $q_id as wrong", (record) => {
    const item = itemOf(record);
    for (const [name, text] of phrasings((record.label + 1) % 5, choicesOf(record))) {
      expect(choice(item, { text }), name).toMatchObject({ value: 0, passed: false });
    }
  });

  it("names カーステレオ, not ステレオ, when the answer says カーステレオ", () => {
    const stereo = records.find((r) => r.q_id === 2407);
    expect(stereo && choicesOf(stereo)).toEqual(["トランク", "ワイパー", "カーナビ", "カーステレオ", "ステレオ"]);
    const item = makeItem({ choices: stereo ? choicesOf(stereo) : [], expected: stereo?.label });
    expect(choice(item, { text: "「カーステレオ」です" })).toMatchObject({ passed: false, extracted: "D" });
    expect(choice(item, { text: "「ステレオ」です" })).toMatchObject({ passed: true, extracted: "E" });
  });

  it("calls an answer that names two options without settling ambiguous", () => {
    const hotel = records.find((r) => r.q_id === 663);
    const item = makeItem({ choices: hotel ? choicesOf(hotel) : [], expected: hotel?.label });
    expect(choice(item, { text: "ロビーか応接間だと思います" })).toMatchObject({ passed: false, detail: { code: "ambiguous", options: ["D", "E"] } });
  });
});
