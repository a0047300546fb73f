import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/errors.js";
import { evaluateInstructions, INSTRUCTION_IDS, looseVariants } from "../../../src/scoring/ifeval/evaluate.js";
import { makeItem } from "../make-item.js";

const item = (ids: string[], kwargs: Array<Record<string, unknown>>) =>
  makeItem({ line: 7, fields: { instruction_id_list: ids, kwargs } });

describe("looseVariants", () => {
  it("builds evaluation_lib's eight responses in its order", () => {
    expect(looseVariants("*Sure*\nbody *x*\nbye ")).toEqual([
      "*Sure*\nbody *x*\nbye ",
      "Sure\nbody x\nbye ",
      "body *x*\nbye",
      "*Sure*\nbody *x*",
      "body *x*",
      "body x\nbye",
      "Sure\nbody x",
      "body x",
    ]);
  });

  it("leaves empty variants for a one-line response", () => {
    expect(looseVariants("one line")).toEqual(["one line", "one line", "", "", "", "", "", ""]);
  });
});

describe("evaluateInstructions", () => {
  it("reports strict and loose results per instruction, with prompt-level passes", () => {
    const result = evaluateInstructions(
      item(["punctuation:no_comma", "startend:quotation"], [{}, {}]),
      'Here it is, as asked:\n"No commas here"',
    );
    expect(result.ids).toEqual(["punctuation:no_comma", "startend:quotation"]);
    expect(result.strict).toEqual({ promptPass: false, instructions: [false, false] });
    expect(result.loose).toEqual({ promptPass: true, instructions: [true, true] });
  });

  it("counts an empty or blank response as following nothing, strictly and loosely", () => {
    for (const response of ["", "  \n "]) {
      const result = evaluateInstructions(item(["punctuation:no_comma"], [{}]), response);
      expect(result.strict.instructions).toEqual([false]);
      expect(result.loose.instructions).toEqual([false]);
    }
  });

  it("ignores null kwargs, as in the published IFEval data that lists every kwarg", () => {
    const kwargs = { num_highlights: 1, relation: null, num_words: null, keywords: null };
    expect(evaluateInstructions(item(["detectable_format:number_highlighted_sections"], [kwargs]), "*a*").strict.promptPass).toBe(true);
  });

  it("rejects an unknown instruction id, naming it and where it is", () => {
    const call = () => evaluateInstructions(item(["punctuation:no_semicolon"], [{}]), "x");
    expect(call).toThrow(ConfigError);
    expect(call).toThrow(/unknown instruction "punctuation:no_semicolon"/);
    try {
      call();
    } catch (error) {
      expect((error as ConfigError).location).toEqual({ line: 7, field: "instruction_id_list.0" });
    }
  });

  it("rejects kwargs the reference would refuse or replace with random values", () => {
    const bad: Array<[string, Record<string, unknown>]> = [
      ["length_constraints:number_sentences", { relation: "at most", num_sentences: 3 }],
      ["length_constraints:number_sentences", { relation: "less than" }],
      ["keywords:letter_frequency", { letter: "ab", let_relation: "at least", let_frequency: 1 }],
      ["length_constraints:nth_paragraph_first_word", { num_paragraphs: 2, nth_paragraph: 3, first_word: "a" }],
      ["ja:letters:kanji", { relation: "less than", kanji_limit: 3 }],
      ["combination:repeat_prompt", {}],
    ];
    for (const [id, kwargs] of bad) {
      expect(() => evaluateInstructions(item([id], [kwargs]), "x"), id).toThrow(/kwargs of/);
    }
  });

  it("rejects items without aligned instruction ids and kwargs", () => {
    expect(() => evaluateInstructions(makeItem(), "x")).toThrow(/instruction_id_list/);
    expect(() => evaluateInstructions(item(["punctuation:no_comma"], [{}, {}]), "x")).toThrow(/1 instructions but 2 kwargs/);
  });

  it("knows IFEval's 25 instruction types and M-IFEval ja's 33", () => {
    expect(INSTRUCTION_IDS.filter((id) => !id.startsWith("ja:"))).toHaveLength(25);
    expect(INSTRUCTION_IDS.filter((id) => id.startsWith("ja:"))).toHaveLength(33);
  });
});
