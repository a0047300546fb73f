import { describe, expect, it } from "vitest";
import { amortiseMonthly, fineTuningCost } from "../../../src/analysis/cost/fine-tuning.js";
import { costPerCorrectAnswer } from "../../../src/analysis/cost/cost-per-correct.js";

describe("fineTuningCost", () => {
  it.each([
    // 8 H100 for 3 hours = 24 GPU-hours × $2.99 (Lambda 8× H100 per GPU) = $71.76
    ["GPU hours × price per GPU-hour", { kind: "gpu", gpuHours: 24, usdPerGpuHour: 2.99 }, 71.76],
    // $25 per 1M training tokens × 2M tokens × 3 epochs = $150
    ["training price × tokens × epochs", { kind: "api", usdPerMillionTrainingTokens: 25, trainingTokens: 2_000_000, epochs: 3 }, 150],
    ["nothing for no training", { kind: "gpu", gpuHours: 0, usdPerGpuHour: 3.29 }, 0],
  ] as const)("costs %s", (_, spec, usd) => {
    expect(fineTuningCost(spec)).toBeCloseTo(usd, 10);
  });

  it("refuses negative figures", () => {
    expect(() => fineTuningCost({ kind: "api", usdPerMillionTrainingTokens: 25, trainingTokens: -1, epochs: 1 })).toThrow(/≥ 0/);
  });

  it("spreads a one-off cost evenly over the months it serves", () => {
    // $150 over 6 months = $25 a month
    expect(amortiseMonthly(150, 6)).toBe(25);
    expect(() => amortiseMonthly(150, 0)).toThrow(/month/);
  });
});

describe("costPerCorrectAnswer", () => {
  it.each([
    // $1.20 for 40 correct answers = $0.03 each
    ["divides the total by the correct answers", 1.2, 40, 0.03],
    // partial credit adds up: 2.5 correct for $1 = $0.40 each
    ["counts fractional scores", 1, 2.5, 0.4],
    ["has no price without a correct answer", 1.2, 0, undefined],
    ["has no price when the cost is unknown", null, 10, undefined],
  ] as const)("%s", (_, cost, correct, expected) => {
    const value = costPerCorrectAnswer(cost, correct);
    if (expected === undefined) expect(value).toBeUndefined();
    else expect(value).toBeCloseTo(expected, 12);
  });
});
