import { describe, expect, it } from "vitest";
import { costOfUsage } from "../../src/engine/cost.js";

describe("costOfUsage", () => {
  const gpt4o = { input: 2.5, output: 10, cachedInput: 1.25 };

  it("bills input and output per million tokens", () => {
    expect(costOfUsage({ inputTokens: 1_000_000, outputTokens: 1_000_000 }, gpt4o)).toBeCloseTo(12.5, 10);
    expect(costOfUsage({ inputTokens: 1000, outputTokens: 500 }, gpt4o)).toBeCloseTo(0.0075, 12);
  });

  it("bills cached input tokens at the cached price, and at the input price when none is known", () => {
    expect(costOfUsage({ inputTokens: 1000, cachedInputTokens: 800, outputTokens: 0 }, gpt4o)).toBeCloseTo(
      (200 * 2.5 + 800 * 1.25) / 1e6,
      12,
    );
    expect(costOfUsage({ inputTokens: 1000, cachedInputTokens: 800, outputTokens: 0 }, { input: 1, output: 2 })).toBeCloseTo(
      1000 / 1e6,
      12,
    );
  });

  it("counts reasoning tokens as output unless a reasoning price is set", () => {
    const usage = { inputTokens: 0, outputTokens: 1000, reasoningTokens: 600 };
    expect(costOfUsage(usage, { input: 1, output: 4 })).toBeCloseTo(4000 / 1e6, 12);
    expect(costOfUsage(usage, { input: 1, output: 4, reasoning: 2 })).toBeCloseTo((400 * 4 + 600 * 2) / 1e6, 12);
  });
});
