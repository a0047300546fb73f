import type { Messages } from "../i18n/messages.js";
import type { Report } from "../model/report-types.js";
import { modelColor } from "./model-colors.js";
import { labelWidth, type ChartLayout } from "./render-chart.js";

/**
 * Per model, a horizontal box of its answers' latency in ms, as every table prints it (25th–75th percentile,
 * median) with whiskers at the 5th and 95th; model names on the left axis, in full.
 */
export function latencyChart(report: Report, messages: Messages, width = 600): ChartLayout | null {
  const models = report.overview.filter((m) => m.latency !== null);
  if (models.length === 0) return null;
  // Wide enough for the longest name at the 12 px axis font.
  const names = Math.max(...models.map((m) => labelWidth(m.modelId)));
  // Names that would leave the boxes less than 60 % of the chart (long ids on a phone) go above their boxes, inside
  // the plot, the boxes thinner: beside them, a 38-character id left the boxes 50 px of a 360 px chart.
  const above = names > width * 0.4;
  return {
    size: { width, height: 100 + 44 * models.length },
    option: {
      grid: { left: above ? 12 : names + 20, right: 24, top: 16, bottom: 56 },
      yAxis: {
        type: "category",
        inverse: true,
        data: models.map((m) => m.modelId),
        axisLabel: above ? { interval: 0, inside: true, verticalAlign: "bottom", padding: [0, 0, 8, 4] } : { interval: 0 },
        // Above the x axis's grid lines and the boxes, so a line crossing a name passes behind its halo.
        ...(above ? { z: 3 } : {}),
      },
      xAxis: {
        type: "value",
        name: messages.charts.latencyAxis,
        nameLocation: "middle",
        nameGap: 30,
        min: 0,
        // Fewer ticks on a phone-wide chart, so that four-digit milliseconds do not run into each other.
        splitNumber: width < 480 ? 3 : 5,
        axisLabel: { hideOverlap: true },
      },
      series: [
        {
          type: "boxplot",
          layout: "horizontal",
          ...(above ? { boxWidth: [6, 12] } : {}),
          data: models.map((m) => {
            const { p5, p25, p50, p75, p95 } = m.latency!;
            return { value: [p5, p25, p50, p75, p95].map((ms) => Math.round(ms)), itemStyle: { borderColor: modelColor(report.models, m.modelId), borderWidth: 1.5 } };
          }),
        },
      ],
    },
  };
}
