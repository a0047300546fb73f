import path from "node:path";
import { describe, expect, it } from "vitest";
import { breakEven, monthlyCostAt } from "../../src/analysis/cost/break-even.js";
import type { Replica } from "../../src/analysis/cost/replica.js";
import { redactModelConfig } from "../../src/config/redact.js";
import { modelSchema, type HostingConfig } from "../../src/config/schema.js";
import { quoteGpus } from "../../src/models/gpu-catalog.js";
import { quantile } from "../../src/analysis/stats/quantile.js";
import { buildBreakEvenSeries, hostedOptionName, apiOptionName } from "../../src/report/model/break-even-input.js";
import { loadReport } from "../../src/report/model/load-report.js";
import type { Report } from "../../src/report/model/report-types.js";
import { renderReportToString } from "../../src/report/render-report.js";
import { openDatabase } from "../../src/store/open-store.js";
import { useTempDirs } from "../support/temp-dir.js";
import { writeReportStore } from "./report-store.js";
import { STANDARD_STORE } from "./standard-store.js";

const tempDir = useTempDirs();

/** The standard store with `hosting:` on gamma (as start-run stores it: inside the model's config JSON). */
function storeWith(hosting: Record<string, unknown> | null): { file: string; runId: string } {
  const file = path.join(tempDir(), "k.db");
  const runId = writeReportStore(file, STANDARD_STORE);
  if (hosting) {
    const db = openDatabase(file);
    try {
      db.prepare("UPDATE models SET config_json = json_set(config_json, '$.hosting', json(?)) WHERE model_id = 'gamma'").run(JSON.stringify(hosting));
    } finally {
      db.close();
    }
  }
  return { file, runId };
}

function reportOf(hosting: Record<string, unknown> | null): Report {
  const { file, runId } = storeWith(hosting);
  const db = openDatabase(file);
  try {
    return loadReport(db, runId);
  } finally {
    db.close();
  }
}

function render(hosting: Record<string, unknown> | null, format: "html" | "md" | "json", language: "en" | "ja" = "en"): string {
  const { file, runId } = storeWith(hosting);
  const db = openDatabase(file);
  try {
    return renderReportToString(db, runId, { format, language });
  } finally {
    db.close();
  }
}

const mixOf = (report: Report) => ({
  input: report.entries.reduce((sum, e) => sum + e.inputTokens, 0),
  output: report.entries.reduce((sum, e) => sum + e.outputTokens, 0),
});

describe("the break-even series built from hosting:", () => {
  it("matches src/analysis/cost/break-even.ts on the run's token mix, declared hourly, throughput and fine-tuning", () => {
    const hosting = { hourlyUsd: 0.1, utilisation: 0.5, outputTokensPerSecond: 50, fineTuningUsd: 120, amortiseMonths: 12 };
    const report = reportOf(hosting);
    const series = report.breakEven!;
    expect(series).not.toBeNull();
    expect(series.options).toEqual([apiOptionName("alpha"), apiOptionName("beta"), hostedOptionName("gamma")]);
    const mix = mixOf(report);
    // Every answer of the fixture has 10 input and 20 output tokens.
    expect(mix.output).toBe(2 * mix.input);
    const replica: Replica = { hourlyUsd: 0.1, utilisation: 0.5, throughput: { outputTokensPerSecond: 50, basis: "measured" } };
    const alphaInput = { api: { input: 1, output: 2 }, replica, mix, fixedMonthlyUsd: 10 };
    const expected = breakEven(alphaInput);
    const pair = series.pairs!.find((p) => p.apiModel === "alpha" && p.hostedModel === "gamma")!;
    expect(pair.breakEvenMonthlyTokens).toBe(expected.breakEvenMonthlyTokens);
    expect(pair.selfHostedCheaperFrom).toBe(expected.selfHostedCheaperFrom);
    expect(pair.replicaMonthlyTokens).toBe(expected.replicaMonthlyTokens);
    expect(pair.apiUsdPerMillion).toBeCloseTo((1 * 10 + 2 * 20) / 30, 12);
    // By hand: $73 a month for the replica plus $10 of fine-tuning over $5/3 per 1M tokens.
    expect(pair.breakEvenMonthlyTokens).toBeCloseTo(83 / (5 / 3) * 1e6, 0);
    for (const point of series.points) {
      const cost = monthlyCostAt(alphaInput, point.volume);
      expect(point.monthlyUsd[apiOptionName("alpha")]).toBe(cost.apiUsd);
      expect(point.monthlyUsd[hostedOptionName("gamma")]).toBe(cost.selfHostedUsd);
    }
    // The table's segments are exact: the cheapest option, checked by brute force on the chart's volumes.
    for (const point of series.points) {
      const segment = series.segments!.find((s) => point.volume > s.fromVolume && point.volume <= s.toVolume)!;
      const cheapest = Math.min(...series.options.map((o) => point.monthlyUsd[o]!));
      expect(point.monthlyUsd[segment.option]).toBeCloseTo(cheapest, 9);
    }
    for (const segment of series.segments!.slice(1)) expect(series.points.some((p) => p.volume === segment.fromVolume)).toBe(true);
  });

  it("prices the replica from the GPU catalog and falls back to the output speed measured in the run", () => {
    const report = reportOf({ gpu: "L4", gpus: 2 });
    const pair = report.breakEven!.pairs!.find((p) => p.apiModel === "beta")!;
    // gamma's answers in the fixture: 20 output tokens in 600 + 10 i ms with a 10 ms first token.
    const rows = [
      ...Array.from({ length: 59 }, (_, i) => i),
      ...Array.from({ length: 30 }, (_, i) => i),
      ...Array.from({ length: 9 }, (_, i) => i + 1),
      ...Array.from({ length: 40 }, (_, i) => Math.floor(i / 4)),
    ];
    const speed = quantile(rows.map((i) => 19 / ((590 + 10 * i) / 1000)), 0.5)!;
    const replica: Replica = { hourlyUsd: quoteGpus("l4", 2).hourlyUsd, utilisation: 0.5, throughput: { outputTokensPerSecond: speed, basis: "measured" } };
    const expected = breakEven({ api: { input: 0.1, output: 0.2 }, replica, mix: mixOf(report) });
    expect(pair.replicaMonthlyUsd).toBeCloseTo(0.88 * 730, 9);
    expect(pair.replicaMonthlyTokens).toBeCloseTo(expected.replicaMonthlyTokens, 6);
    expect(pair.breakEvenMonthlyTokens).toBe(expected.breakEvenMonthlyTokens);
  });

  it("needs a hosted model and a priced API model", () => {
    const hosting = new Map<string, HostingConfig>([["gamma", { hourlyUsd: 1, gpus: 1, utilisation: 0.5, outputTokensPerSecond: 10 }]]);
    const base = { mix: { input: 10, output: 20 }, measuredOutputTokensPerSecond: new Map<string, number>() };
    expect(buildBreakEvenSeries({ ...base, models: [{ modelId: "alpha", price: { input: 1, output: 2 } }], hosting: new Map() })).toBeNull();
    expect(buildBreakEvenSeries({ ...base, models: [{ modelId: "alpha", price: null }, { modelId: "gamma", price: null }], hosting })).toBeNull();
    expect(buildBreakEvenSeries({ ...base, models: [{ modelId: "alpha", price: { input: 1, output: 2 } }, { modelId: "gamma", price: null }], hosting })).not.toBeNull();
    // No throughput declared and none measured: nothing to compute.
    const unmeasured = new Map<string, HostingConfig>([["gamma", { hourlyUsd: 1, gpus: 1, utilisation: 0.5 }]]);
    expect(buildBreakEvenSeries({ ...base, models: [{ modelId: "alpha", price: { input: 1, output: 2 } }, { modelId: "gamma", price: null }], hosting: unmeasured })).toBeNull();
  });

  it("shows the break-even section with hosting:, and a one-line hint without it", () => {
    const hosting = { hourlyUsd: 0.1, outputTokensPerSecond: 50 };
    const withHtml = render(hosting, "html");
    expect(withHtml).toContain('<section id="break-even">');
    expect(withHtml).not.toContain("break-even-hint");
    const withoutHtml = render(null, "html");
    expect(withoutHtml).not.toContain('<section id="break-even">');
    // The configuration key is code, not text with literal backticks.
    expect(withoutHtml).toContain('class="break-even-hint">Add <code>hosting:</code> (<code>gpu</code> or <code>hourlyUsd</code>');
    expect(withoutHtml).not.toContain("`");
    expect(render(hosting, "md")).toContain("## Break-even: monthly cost by volume");
    const withoutMd = render(null, "md");
    expect(withoutMd).not.toContain("## Break-even");
    expect(withoutMd).toContain("Add `hosting:` \\(`gpu` or `hourlyUsd`");
    expect(render(null, "md", "ja")).toContain("`hosting:`（`gpu` または `hourlyUsd`");
  });
});

describe("the recommendation in the rendered report", () => {
  it("comes first in HTML and Markdown and is in the JSON, with the self-hosting trade-off", () => {
    const hosting = { hourlyUsd: 0.1, outputTokensPerSecond: 50 };
    const json = JSON.parse(render(hosting, "json")) as Report;
    // beta is a tenth of alpha's price and one item behind on qa, but 60 items cannot rule out a 5-point gap.
    expect(json.recommendation.overall.choice).toBe("alpha");
    expect(json.recommendation.suites.map((s) => s.suite)).toEqual(["qa", "math", "follow", "code"]);
    expect(json.recommendation.suites[0]!.verdict.en).toMatch(/^Choose alpha on qa: 90\.0% \(\d+\.\d–\d+\.\d%\)/);
    expect(json.recommendation.suites[0]!.verdict.en).toMatch(/beta is −1\.7 pt \([^)]*not significant\), at 1\/10 of the cost[^.]*, but there are not enough items[^:]*: about [\d,]+ more needed; until then, alpha\./);
    expect(json.recommendation.suites[0]!.verdict.en).toMatch(/Self-hosting gamma (costs less than alpha from [\d.]+[KMBT]? tokens a month on|never costs less than alpha)/);
    const html = render(hosting, "html");
    expect(html.indexOf('<section id="recommendation">')).toBeLessThan(html.indexOf('<section id="leaderboard">'));
    const md = render(hosting, "md", "ja");
    expect(md.indexOf("## 推奨")).toBeLessThan(md.indexOf("## 結果一覧"));
    expect(md).toContain("alpha を選んでください：");
  });
});

describe("hosting: in kurabe.yaml", () => {
  const model = (hosting: unknown) => modelSchema.safeParse({ provider: "llamacpp", model: "llama.gguf", hosting });

  it("takes a GPU from the catalog or an hourly price, with defaults", () => {
    const parsed = model({ gpu: "h100", outputTokensPerSecond: 900, fineTuningUsd: 500, amortiseMonths: 6 });
    expect(parsed.success).toBe(true);
    expect(parsed.data!.hosting).toMatchObject({ gpu: "h100", gpus: 1, utilisation: 0.5 });
    expect(model({ hourlyUsd: 2.5, gpus: 2, utilisation: 0.8, inputTokensPerSecond: 5000 }).success).toBe(true);
  });

  it("rejects an unknown GPU, a missing price, an unknown field and a utilisation above 1", () => {
    expect(model({ gpu: "tpu-v9" }).success).toBe(false);
    expect(model({ outputTokensPerSecond: 10 }).success).toBe(false);
    expect(model({ hourlyUsd: 1, colour: "red" }).success).toBe(false);
    expect(model({ hourlyUsd: 1, utilisation: 1.5 }).success).toBe(false);
    expect(model({ hourlyUsd: 1, gpus: 1.5 }).success).toBe(false);
  });

  it("is kept in the redacted model config the store keeps", () => {
    const api = modelSchema.parse({ provider: "openai", model: "gpt-4o", apiKey: "sk-secret-123", hosting: { hourlyUsd: 1 } });
    expect(redactModelConfig(api)).toMatchObject({ hosting: { hourlyUsd: 1, gpus: 1, utilisation: 0.5 } });
    const local = modelSchema.parse({ provider: "llamacpp", model: "x.gguf", hosting: { gpu: "l4" } });
    expect(redactModelConfig(local)).toMatchObject({ hosting: { gpu: "l4" } });
  });
});
