import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { evaluateInstructions } from "../../../src/scoring/ifeval/evaluate.js";
import { makeItem } from "../make-item.js";
import { asksForANonLetter, nondeterministicCases } from "./reference-nondeterminism.js";

// Recorded verdicts of the reference implementations (test/fixtures/ifeval-reference/SOURCE.md): google-research's
// own checkers on the GPT-4 responses it publishes, every instruction; and M-IFEval's evaluation (its copy of those
// checkers for English, its own for Japanese) on 17 models' responses, every response with an instruction that
// needs language detection, Punkt sentences or letter counts.
interface RecordedRow {
  set: string;
  key: number;
  instruction_id_list: string[];
  kwargs: Array<Record<string, unknown>>;
  response: string;
  strict: boolean[];
  loose: boolean[];
}

function readRows(file: string): RecordedRow[] {
  const path = new URL(`../../fixtures/ifeval-reference/${file}.jsonl.gz`, import.meta.url);
  return gunzipSync(readFileSync(path))
    .toString("utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RecordedRow);
}

interface Comparison {
  compared: number;
  agreed: number;
  nonLetters: number;
  disagreements: string[];
}

function compareWithReference(file: string): Comparison {
  const result: Comparison = { compared: 0, agreed: 0, nonLetters: 0, disagreements: [] };
  for (const row of readRows(file)) {
    const item = makeItem({ fields: { instruction_id_list: row.instruction_id_list, kwargs: row.kwargs } });
    const evaluation = evaluateInstructions(item, row.response);
    row.instruction_id_list.forEach((id, i) => {
      if (asksForANonLetter(id, row.kwargs[i] ?? {})) {
        result.nonLetters++;
        return;
      }
      for (const mode of ["strict", "loose"] as const) {
        result.compared++;
        if (evaluation[mode].instructions[i] === row[mode][i]) result.agreed++;
        else result.disagreements.push(`${file} ${row.set} ${row.key} ${id} ${mode}`);
      }
    });
  }
  return result;
}

function expectedDisagreements(file: string): string[] {
  return nondeterministicCases
    .filter((c) => c.file === file)
    .map((c) => `${c.file} ${c.set} ${c.key} ${c.id} ${c.mode}`);
}

describe("IFEval verdicts against the reference's recorded verdicts", () => {
  it.each([
    ["ifeval-gpt4", 832, 2],
    ["m-ifeval-en-language", 2822, 17],
    ["m-ifeval-en-sentences-letters", 1989, 17],
    ["m-ifeval-ja", 391, 0],
  ])("%s: every instruction agrees but the reference's own coin tosses", (file, instructions, nonLetters) => {
    const comparison = compareWithReference(file);
    expect(comparison.compared).toBe((instructions - nonLetters) * 2);
    expect(comparison.nonLetters).toBe(nonLetters);
    expect(comparison.disagreements.sort()).toEqual(expectedDisagreements(file).sort());
  }, 600_000);
});

describe("where kurabe departs from the reference on purpose", () => {
  it("counts the '#' or '!' letter_frequency asks for (the reference counts a random letter instead)", () => {
    const check = (letter: string, response: string) =>
      evaluateInstructions(
        makeItem({
          fields: {
            instruction_id_list: ["keywords:letter_frequency"],
            kwargs: [{ letter, let_relation: "at least", let_frequency: 4 }],
          },
        }),
        response,
      ).strict.instructions[0];
    expect(check("#", "#playboy #latestissue #stunningphotos #insightful")).toBe(true);
    expect(check("#", "#playboy #latestissue #stunningphotos")).toBe(false);
    expect(check("!", "Cool! Fresh! Gentle! Sunny!")).toBe(true);
    expect(asksForANonLetter("keywords:letter_frequency", { letter: "#" })).toBe(true);
    expect(asksForANonLetter("keywords:letter_frequency", { letter: "t" })).toBe(false);
  });
});
