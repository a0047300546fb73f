import type { Messages } from "../i18n/messages.js";
import type { Report } from "../model/report-types.js";
import type { ChartOption, ChartSize } from "./render-chart.js";

/** Per model, a box of its answers' latency (25th–75th percentile, median) with whiskers at the 5th and 95th. */
export function latencyChart(report: Report, messages: Messages): { option: ChartOption; size: ChartSize } | null {
  const models = report.overview.filter((m) => m.latency !== null);
  if (models.length === 0) return null;
  const seconds = (ms: number) => Math.round(ms) / 1000;
  return {
    size: { width: Math.max(420, 110 * models.length + 120), height: 360 },
    option: {
      grid: { left: 64, right: 24, top: 24, bottom: 64 },
      xAxis: { type: "category", data: models.map((m) => m.modelId), axisLabel: { interval: 0, width: 100, overflow: "truncate" } },
      yAxis: { type: "value", name: messages.charts.latencyAxis, nameLocation: "middle", nameGap: 44, min: 0 },
      series: [
        {
          type: "boxplot",
          data: models.map((m) => {
            const { p5, p25, p50, p75, p95 } = m.latency!;
            return [p5, p25, p50, p75, p95].map(seconds);
          }),
        },
      ],
    },
  };
}
