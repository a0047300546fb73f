import { describe, expect, it } from "vitest";
import {
  aggregateIfeval,
  formatExtracted,
  parseExtracted,
  type StoredInstructions,
} from "../../../src/scoring/ifeval/aggregate.js";

const T = true;
const F = false;

// Four responses, eight instructions. Prompt-level: strict only the first (1/4), loose all but the second (3/4).
// Instruction-level: strict 2+1+0+1 = 4 of 8, loose 2+2+1+2 = 7 of 8.
const responses: StoredInstructions[] = [
  { ids: ["a", "b"], strict: [T, T], loose: [T, T] },
  { ids: ["a", "c", "d"], strict: [T, F, F], loose: [T, T, F] },
  { ids: ["b"], strict: [F], loose: [T] },
  { ids: ["c", "d"], strict: [F, T], loose: [T, T] },
];

describe("aggregateIfeval", () => {
  it("computes IFEval's four accuracies as evaluation_lib.print_report does", () => {
    const accuracy = aggregateIfeval(responses);
    expect(accuracy.prompts).toBe(4);
    expect(accuracy.instructions).toBe(8);
    expect(accuracy.promptLevel).toEqual({ strict: 0.25, loose: 0.75 });
    expect(accuracy.instructionLevel).toEqual({ strict: 0.5, loose: 0.875 });
  });

  it("breaks instruction-level accuracy down by instruction id", () => {
    expect(aggregateIfeval(responses).byInstruction).toEqual({
      a: { count: 2, strict: 1, loose: 1 },
      b: { count: 2, strict: 0.5, loose: 1 },
      c: { count: 2, strict: 0, loose: 1 },
      d: { count: 2, strict: 0.5, loose: 0.5 },
    });
  });

  it("returns zeros for no responses", () => {
    const accuracy = aggregateIfeval([]);
    expect(accuracy.prompts).toBe(0);
    expect(accuracy.promptLevel).toEqual({ strict: 0, loose: 0 });
  });
});

describe("formatExtracted / parseExtracted", () => {
  it("stores one digit per instruction and reads it back", () => {
    const evaluation = {
      ids: ["punctuation:no_comma", "startend:quotation"],
      strict: { promptPass: false, instructions: [true, false] },
      loose: { promptPass: true, instructions: [true, true] },
    };
    const extracted = formatExtracted(evaluation);
    expect(extracted).toBe('{"ids":["punctuation:no_comma","startend:quotation"],"strict":"10","loose":"11"}');
    expect(parseExtracted(extracted)).toEqual({ ids: evaluation.ids, strict: [true, false], loose: [true, true] });
  });

  it("reads anything else as undefined", () => {
    for (const text of [undefined, "A", "{}", '{"ids":["a"],"strict":"10","loose":"1"}', '{"ids":[],"strict":"x","loose":""}']) {
      expect(parseExtracted(text)).toBeUndefined();
    }
  });
});
