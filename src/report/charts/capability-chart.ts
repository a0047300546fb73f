import { categoryLabel, type Messages } from "../i18n/messages.js";
import type { Report } from "../model/report-types.js";
import { modelColor } from "./model-colors.js";
import { bottomLegend, labelWidth, type ChartLayout } from "./render-chart.js";

/**
 * Each model's mean score per category: a radar with one axis per category when there are three or more (fewer
 * cannot enclose an area), else grouped bars, laid out for `width`. Null when no model has a score.
 */
export function capabilityChart(report: Report, messages: Messages, width = 560): ChartLayout | null {
  const models = report.overview.filter((m) => m.quality !== null);
  if (models.length === 0 || report.categories.length === 0) return null;
  const labels = report.categories.map((category) => categoryLabel(messages, category));
  const values = (scores: Record<string, number | null>) => report.categories.map((c) => percent(scores[c] ?? null));
  const { legend, height: legendHeight } = bottomLegend(models.map((m) => m.modelId), width);
  // Radar data and bar series take the palette in order: the models' own colours, in the order they are drawn.
  const color = models.map((m) => modelColor(report.models, m.modelId));
  if (report.categories.length >= 3) {
    // The radar keeps its size and place above the legend, however many rows the legend takes; it shrinks on a narrow
    // chart so that the category names beside it stay inside.
    const radius = radarRadius(labels, width);
    return {
      size: { width, height: 350 + legendHeight },
      option: {
        color,
        legend,
        radar: {
          indicator: labels.map((name) => ({ name, max: 100, min: 0 })),
          radius,
          center: [width / 2, 185],
          axisNameGap: NAME_GAP,
          axisName: { color: "#333" },
        },
        series: [
          {
            type: "radar",
            symbolSize: 4,
            areaStyle: { opacity: 0.08 },
            data: models.map((m) => ({ name: m.modelId, value: values(m.categoryScores) })),
          },
        ],
      },
    };
  }
  return {
    size: { width, height: 320 + legendHeight },
    option: {
      color,
      legend,
      grid: { left: 48, right: 16, top: 16, bottom: 40 + legendHeight },
      xAxis: { type: "category", data: labels },
      yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      series: models.map((m) => ({ type: "bar", name: m.modelId, data: values(m.categoryScores) })),
    },
  };
}

/** Pixels between the radar's rim and a category name (ECharts' default). */
const NAME_GAP = 15;

/**
 * The largest radius (at most 130) at which every category name stays a margin inside the chart. Names go round from
 * the top, counter-clockwise, NAME_GAP beyond the rim: one beside the radar runs outward by its whole width, one above
 * or below is centred and limits nothing.
 */
function radarRadius(labels: readonly string[], width: number): number {
  const room = width / 2 - 12;
  return labels.reduce((radius, label, i) => {
    const across = Math.abs(Math.cos(Math.PI / 2 + (2 * Math.PI * i) / labels.length));
    return across < 0.05 ? radius : Math.min(radius, (room - labelWidth(label)) / across - NAME_GAP);
  }, 130);
}

/** A 0..1 score as a percentage for the chart; "-" is ECharts' missing value. */
function percent(value: number | null): number | string {
  return value === null ? "-" : Math.round(value * 1000) / 10;
}
