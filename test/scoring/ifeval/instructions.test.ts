import { describe, expect, it } from "vitest";
import { evaluateInstructions } from "../../../src/scoring/ifeval/evaluate.js";
import { devItem, ifevalItems, japaneseItems } from "./dev-items.js";
import { ifevalCases, type ResponseCase } from "./ifeval-cases.js";
import { japaneseCases } from "./m-ifeval-ja-cases.js";
import type { Item } from "../../../src/suites/types.js";

function devTypes(items: Map<number, Item>): Set<string> {
  return new Set([...items.values()].flatMap((item) => item.fields.instruction_id_list as string[]));
}

function describeCases(title: string, items: Map<number, Item>, cases: ResponseCase[]): void {
  describe(title, () => {
    it.each(cases.map((c) => [`${c.type} (key ${c.key}): ${c.name}`, c] as const))("%s", (_title, c) => {
      const result = evaluateInstructions(devItem(items, c.key), c.response);
      expect(result.strict.instructions).toEqual(c.strict);
      expect(result.loose.instructions).toEqual(c.loose);
      expect(result.strict.promptPass).toBe(c.strict.every(Boolean));
      expect(result.loose.promptPass).toBe(c.loose.every(Boolean));
    });

    it("has, for every instruction type of the dev items, a response that follows it and one that does not", () => {
      for (const type of devTypes(items)) {
        const outcomes = cases.flatMap((c) => {
          const ids = devItem(items, c.key).fields.instruction_id_list as string[];
          return ids.flatMap((id, i) => (id === type ? [c.strict[i]] : []));
        });
        expect(outcomes, type).toContain(true);
        expect(outcomes, type).toContain(false);
      }
    });
  });
}

describeCases("IFEval instructions on the dev items", ifevalItems, ifevalCases);
describeCases("M-IFEval Japanese instructions on the dev items", japaneseItems, japaneseCases);

describe("the dev items' instruction types", () => {
  it("are the 15 IFEval and 18 M-IFEval ja types the fixtures hold", () => {
    expect(devTypes(ifevalItems).size).toBe(15);
    expect(devTypes(japaneseItems).size).toBe(18);
  });
});
