import { describe, expect, it } from "vitest";
import { capabilityChart } from "../../../src/report/charts/capability-chart.js";
import { bottomLegend } from "../../../src/report/charts/render-chart.js";
import { messagesFor } from "../../../src/report/i18n/messages.js";
import type { Report } from "../../../src/report/model/report-types.js";

describe("the legend under a chart", () => {
  it("keeps short names on one row", () => {
    const { legend, height } = bottomLegend(["gpt-4o", "llama-3.1-8b", "llama-3.1-8b+lora"], 560);
    expect(legend).toEqual({ bottom: 0, itemGap: 16, data: ["gpt-4o", "llama-3.1-8b", "llama-3.1-8b+lora"] });
    expect(height).toBe(24);
  });

  it("puts one name per row when they may not fit on one, and grows with them", () => {
    const long = ["openai-compatible:meta-llama/Llama-3.1-70B-Instruct", "openai:gpt-4o-mini-2024-07-18"];
    const two = bottomLegend(long, 560);
    expect(two.legend).toMatchObject({ orient: "vertical", data: long });
    const three = bottomLegend([...long, "google:gemini-2.0-flash"], 560);
    expect(three.height - two.height).toBe(22);
  });

  it("counts CJK characters a full em wide", () => {
    // 20 Latin characters a name fit on one row at this width; 20 CJK characters do not.
    expect(bottomLegend(["a".repeat(20), "b".repeat(20), "c".repeat(20)], 600).legend).not.toHaveProperty("orient");
    expect(bottomLegend(["社".repeat(20), "内".repeat(20), "版".repeat(20)], 600).legend).toHaveProperty("orient", "vertical");
  });

  it("makes the capability chart taller by the legend's rows, keeping the radar where it was", () => {
    const categories = ["nlu", "reasoning", "code"];
    const report = (ids: string[]) =>
      ({
        categories,
        models: ids.map((modelId) => ({ modelId })),
        overview: ids.map((modelId) => ({ modelId, quality: 0.5, categoryScores: { nlu: 0.5, reasoning: 0.4, code: 0.3 } })),
      }) as unknown as Report;
    const longIds = ["a-very-long-model-identifier-number-one", "a-very-long-model-identifier-number-two"];
    const short = capabilityChart(report(["a", "b"]), messagesFor("en"))!;
    const long = capabilityChart(report(longIds), messagesFor("en"))!;
    // One row (24 px) against two stacked rows (2 × 14 + 8 + 10 px).
    expect(long.size.height - short.size.height).toBe(22);
    expect((long.option as { radar: unknown }).radar).toEqual((short.option as { radar: unknown }).radar);
  });
});
