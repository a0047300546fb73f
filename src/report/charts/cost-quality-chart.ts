import type { Messages } from "../i18n/messages.js";
import type { Report } from "../model/report-types.js";
import { modelColor, NEUTRAL_COLOR } from "./model-colors.js";
import { LABEL_HALO, type ChartLayout } from "./render-chart.js";

/**
 * Quality (mean suite score) against cost per 1,000 answers, one labelled point per priced model in its colour, with
 * the Pareto front drawn as a line through the models no other beats on both. Null when no model has both a price and a score.
 */
export function costQualityChart(report: Report, messages: Messages, width = 600): ChartLayout | null {
  const points = report.overview.filter((m) => m.quality !== null && m.costPer1kAnswersUsd !== null);
  if (points.length === 0) return null;
  const front = points.filter((m) => m.paretoOptimal).sort((a, b) => a.costPer1kAnswersUsd! - b.costPer1kAnswersUsd!);
  const costs = points.map((m) => m.costPer1kAnswersUsd!);
  const logScale = Math.min(...costs) > 0 && Math.max(...costs) / Math.min(...costs) >= 50;
  return {
    size: { width, height: width < 480 ? 360 : 420 },
    option: {
      grid: { left: GRID_LEFT, right: 48, top: 24, bottom: 72 },
      legend: { bottom: 0, data: [messages.charts.paretoFront] },
      xAxis: {
        type: logScale ? "log" : "value",
        name: messages.charts.costAxis,
        nameLocation: "middle",
        nameGap: 28,
        scale: !logScale,
        axisLabel: { formatter: (value: number) => `$${trimNumber(value)}` },
      },
      yAxis: {
        type: "value",
        name: messages.charts.qualityAxis,
        nameLocation: "middle",
        nameGap: 44,
        min: 0,
        max: 100,
        axisLabel: { formatter: "{value}%" },
      },
      series: [
        {
          type: "scatter",
          symbolSize: 12,
          data: points.map((m) => ({
            name: m.modelId,
            value: [m.costPer1kAnswersUsd!, round1(m.quality! * 100)],
            // The model's own colour; a model of the Pareto set is ringed, as the front's line passes through it.
            itemStyle: { color: modelColor(report.models, m.modelId), ...(m.paretoOptimal ? { borderColor: NEUTRAL_COLOR, borderWidth: 2 } : {}) },
          })),
          label: { show: true, position: "right", formatter: (p: { name: string }) => p.name, color: "#333", ...LABEL_HALO },
          labelLayout: (p: LabelPlace) => placeLabel(p, width),
        },
        {
          type: "line",
          name: messages.charts.paretoFront,
          color: NEUTRAL_COLOR,
          lineStyle: { type: "dashed", width: 1.5 },
          symbol: "none",
          // Under the points and their names (series draw at z 2): the front passes behind a label's halo.
          z: 1,
          data: front.map((m) => [m.costPer1kAnswersUsd!, round1(m.quality! * 100)]),
        },
      ],
    },
  };
}

interface LabelPlace {
  rect: { x: number; y: number; width: number; height: number };
  labelRect: { x: number; width: number };
}

/** Room left of the plot for the score axis's labels and name. */
const GRID_LEFT = 64;

/**
 * A name that would run past the chart's right edge goes to the left of its point; one too long for either side (a
 * phone's chart) goes under the point, inside the plot (clear of the score axis) and the chart: it ran off the left
 * edge, cut.
 */
function placeLabel(p: LabelPlace, width: number): Record<string, number | string> {
  if (p.labelRect.x + p.labelRect.width <= width - 4) return {};
  if (p.rect.x - 4 - p.labelRect.width >= 4) return { x: p.rect.x - 4, align: "right" };
  const centred = p.rect.x + p.rect.width / 2 - p.labelRect.width / 2;
  return { x: Math.max(GRID_LEFT + 4, Math.min(centred, width - 4 - p.labelRect.width)), y: p.rect.y + p.rect.height + 2, align: "left", verticalAlign: "top" };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function trimNumber(value: number): string {
  if (value === 0) return "0";
  return value >= 1 ? String(Math.round(value * 100) / 100) : value.toPrecision(2);
}
