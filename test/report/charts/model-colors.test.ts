import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { breakEvenChart } from "../../../src/report/charts/break-even-chart.js";
import { capabilityChart } from "../../../src/report/charts/capability-chart.js";
import { costQualityChart } from "../../../src/report/charts/cost-quality-chart.js";
import { latencyChart } from "../../../src/report/charts/latency-chart.js";
import { CHART_COLORS, modelColor } from "../../../src/report/charts/model-colors.js";
import { NARROW_CHART_WIDTH, renderChartSvg } from "../../../src/report/charts/render-chart.js";
import { messagesFor } from "../../../src/report/i18n/messages.js";
import { numberFormat } from "../../../src/report/i18n/number-format.js";
import { loadReport } from "../../../src/report/model/load-report.js";
import type { Report } from "../../../src/report/model/report-types.js";
import { openDatabase } from "../../../src/store/open-store.js";
import { FOUR_MODEL_STORE } from "../four-model-store.js";
import { writeReportStore } from "../report-store.js";

/** Issue 9: a model has one colour in every chart, the one its place among the run's models gives it. */
describe("one colour per model in every chart", () => {
  let dir: string;
  let report: Report;
  const m = messagesFor("ja");

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-colors-"));
    const file = path.join(dir, "k.db");
    const runId = writeReportStore(file, FOUR_MODEL_STORE);
    const db = openDatabase(file);
    try {
      report = loadReport(db, runId);
    } finally {
      db.close();
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("gives the run's models the palette in their order", () => {
    expect(report.models.map((model) => modelColor(report.models, model.modelId))).toEqual(CHART_COLORS.slice(0, 4));
  });

  for (const width of [undefined, NARROW_CHART_WIDTH]) {
    it(`colours each model alike on the radar, the cost chart, the latency boxes and the break-even (${width ?? "wide"})`, () => {
      const color = (modelId: string) => modelColor(report.models, modelId);
      const radar = capabilityChart(report, m, width)!.option as { color: string[] };
      expect(radar.color).toEqual(report.overview.map((o) => color(o.modelId)));

      const cost = costQualityChart(report, m, width)!.option as { series: Array<{ data: Array<{ name?: string; itemStyle?: { color: string } }> }> };
      const points = cost.series[0]!.data;
      expect(points.length).toBe(4);
      for (const point of points) expect(point.itemStyle!.color, point.name).toBe(color(point.name!));

      const latency = latencyChart(report, m, width)!.option as {
        yAxis: { data: string[] };
        series: Array<{ data: Array<{ itemStyle: { borderColor: string } }> }>;
      };
      latency.yAxis.data.forEach((modelId, i) => expect(latency.series[0]!.data[i]!.itemStyle.borderColor, modelId).toBe(color(modelId)));

      const series = report.breakEven!;
      const breakEven = breakEvenChart(series, report.models, m, numberFormat(m), width)!.option as { series: Array<{ color: string }> };
      series.options.forEach((option, i) => expect(breakEven.series[i]!.color, option).toBe(color(series.optionKinds![option]!.model)));
    });
  }

  it("draws the colours: the radar's and the cost chart's SVG hold each model's colour", () => {
    for (const chart of [capabilityChart(report, m)!, costQualityChart(report, m)!]) {
      const svg = renderChartSvg(chart.option, chart.size).toLowerCase();
      for (const model of report.models) expect(svg, model.modelId).toContain(modelColor(report.models, model.modelId).toLowerCase());
    }
  });
});
