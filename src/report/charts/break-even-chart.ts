import type { Messages } from "../i18n/messages.js";
import type { BreakEvenSeries } from "../model/report-types.js";
import { bottomLegend, type ChartOption, type ChartSize } from "./render-chart.js";

/** Each option's monthly cost against volume, one line per option (log volume axis when the range is wide). */
export function breakEvenChart(series: BreakEvenSeries, messages: Messages): { option: ChartOption; size: ChartSize } | null {
  const points = [...series.points].filter((p) => Number.isFinite(p.volume)).sort((a, b) => a.volume - b.volume);
  if (points.length === 0 || series.options.length === 0) return null;
  const volumes = points.map((p) => p.volume);
  const logScale = volumes[0]! > 0 && volumes.at(-1)! / volumes[0]! >= 100;
  const width = 680;
  const { legend, height: legendHeight } = bottomLegend(series.options, width);
  return {
    size: { width, height: 360 + legendHeight },
    option: {
      grid: { left: 72, right: 24, top: 24, bottom: 56 + legendHeight },
      legend,
      xAxis: {
        type: logScale ? "log" : "value",
        name: series.volumeUnit,
        nameLocation: "middle",
        nameGap: 28,
        min: volumes[0],
        max: volumes.at(-1),
      },
      yAxis: { type: "value", name: messages.charts.monthlyCost, nameLocation: "middle", nameGap: 56 },
      series: series.options.map((option) => ({
        type: "line",
        name: option,
        symbolSize: 4,
        data: points.filter((p) => Number.isFinite(p.monthlyUsd[option])).map((p) => [p.volume, p.monthlyUsd[option]!]),
      })),
    },
  };
}

/** Where the cheapest option changes: for each run of volumes, the option that costs least and the volume it starts. */
export function cheapestByVolume(series: BreakEvenSeries): Array<{ fromVolume: number; option: string }> {
  const ranges: Array<{ fromVolume: number; option: string }> = [];
  for (const point of [...series.points].sort((a, b) => a.volume - b.volume)) {
    let best: string | null = null;
    for (const option of series.options) {
      const cost = point.monthlyUsd[option];
      if (cost !== undefined && Number.isFinite(cost) && (best === null || cost < point.monthlyUsd[best]!)) best = option;
    }
    if (best !== null && ranges.at(-1)?.option !== best) ranges.push({ fromVolume: point.volume, option: best });
  }
  return ranges;
}
