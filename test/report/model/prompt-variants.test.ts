import { describe, expect, it } from "vitest";
import { promptVariantsSection } from "../../../src/report/model/prompt-variants.js";
import type { ModelOverview, ReportComparison, ReportModelInfo } from "../../../src/report/model/report-types.js";

const model = (modelId: string, variant?: { baseModelId: string; promptId: string }): ReportModelInfo => ({
  modelId,
  provider: "openai",
  model: "m",
  note: null,
  price: null,
  pricing: { kind: "unpriced", reason: "no-price" },
  ...(variant ? { variant } : {}),
});

const overview = (modelId: string, quality: number): ModelOverview => ({
  modelId,
  quality,
  interval: { estimate: quality, low: quality - 0.1, high: quality + 0.1, level: 0.95 },
  suitesScored: 1,
  categoryScores: {},
  costPer1kAnswersUsd: null,
  paretoOptimal: false,
  latency: null,
});

const comparison = (modelA: string, modelB: string, estimate: number, low: number, high: number): ReportComparison => ({
  suite: "*",
  modelA,
  modelB,
  n: 20,
  difference: { estimate, low, high, level: 0.95 },
  pValue: 0.01,
  method: "paired-bootstrap",
  withinNoise: low <= 0 && high >= 0,
  detectableGap: 0.2,
  moreItemsForMargin: 0,
  margin: 0.05,
});

describe("promptVariantsSection", () => {
  const models = [
    model("a@plain", { baseModelId: "a", promptId: "plain" }),
    model("a@terse", { baseModelId: "a", promptId: "terse" }),
    model("b@plain", { baseModelId: "b", promptId: "plain" }),
    model("b@terse", { baseModelId: "b", promptId: "terse" }),
  ];
  const rows = [overview("a@plain", 0.5), overview("a@terse", 0.75), overview("b@plain", 0.6), overview("b@terse", 0.6)];

  it("sets each model's prompts side by side, reading scores from the overview and the difference as this prompt − the first", () => {
    const aFirst = comparison("a@plain", "a@terse", -0.25, -0.4, -0.1);
    // Whichever side the first prompt was on, the difference reads "this − first".
    const bSwapped = comparison("b@terse", "b@plain", 0, -0.05, 0.05);
    const section = promptVariantsSection(models, rows, [aFirst, comparison("a@plain", "b@plain", -0.1, -0.2, 0), bSwapped]);
    expect(section?.prompts).toEqual(["plain", "terse"]);
    expect(section?.models.map((row) => row.modelId)).toEqual(["a", "b"]);
    const [a, b] = section!.models;
    expect(a!.variants.map((cell) => [cell.variantId, cell.quality])).toEqual([["a@plain", 0.5], ["a@terse", 0.75]]);
    expect(a!.variants[0]!.versusFirst).toBeNull();
    expect(a!.variants[1]!.versusFirst).toEqual({ comparison: aFirst, difference: { estimate: 0.25, low: 0.1, high: 0.4, level: 0.95 } });
    expect(b!.variants[1]!.versusFirst).toEqual({ comparison: bSwapped, difference: bSwapped.difference });
  });

  it("is absent when the run compares fewer than two prompts", () => {
    expect(promptVariantsSection([model("a"), model("b")], [overview("a", 1), overview("b", 1)], [comparison("a", "b", 0, -0.1, 0.1)])).toBeNull();
    expect(promptVariantsSection([model("a@only", { baseModelId: "a", promptId: "only" })], [overview("a@only", 1)], [])).toBeNull();
  });
});
