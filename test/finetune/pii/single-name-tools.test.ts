import { describe, expect, it } from "vitest";
import { AI_MODEL_NAMES } from "../../../src/finetune/pii/look-alikes/ai-model-names.js";
import { isListedSingleName, isUnlistedSingleName } from "../../../src/finetune/pii/names/listed-single-names.js";

describe("a word alone in a name's slot", () => {
  it("is no AI model's name the model rules know, whichever list a rule reads", () => {
    for (const model of AI_MODEL_NAMES.filter((name) => name !== "Gemma")) {
      expect([model, isListedSingleName(model), isUnlistedSingleName(model)]).toEqual([model, false, false]);
    }
  });

  it("is still a woman's name when it is Gemma, and a person's name beside the models", () => {
    expect(isListedSingleName("Gemma")).toBe(true);
    expect(isListedSingleName("Priya")).toBe(true);
    expect(isUnlistedSingleName("Tomasz")).toBe(true);
  });
});
