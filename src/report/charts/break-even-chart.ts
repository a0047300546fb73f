import type { Messages } from "../i18n/messages.js";
import type { NumberFormat } from "../i18n/number-format.js";
import type { BreakEvenSeries } from "../model/report-types.js";
import { modelColor, NEUTRAL_COLOR } from "./model-colors.js";
import { bottomLegend, LABEL_HALO, type ChartLayout } from "./render-chart.js";

/**
 * Each option's monthly cost against monthly volume on log–log axes (an API line is then straight, a replica a
 * flat step), with a dashed line and a label at every volume where the cheapest option changes: the same segments
 * the table lists. Labels alternate between two heights so neighbours do not overlap.
 */
export function breakEvenChart(
  series: BreakEvenSeries,
  models: ReadonlyArray<{ modelId: string }>,
  m: Messages,
  f: NumberFormat,
  width = 680,
): ChartLayout | null {
  const points = [...series.points].filter((p) => p.volume > 0 && Number.isFinite(p.volume)).sort((a, b) => a.volume - b.volume);
  if (points.length === 0 || series.options.length === 0) return null;
  const names = series.options.map((option) => optionLabel(series, option, m));
  const { legend, height: legendHeight } = bottomLegend(names, width);
  const crossings = cheapestByVolume(series).filter((segment) => segment.fromVolume > 0 && segment.fromVolume >= points[0]!.volume);
  const costs = points.flatMap((p) => Object.values(p.monthlyUsd)).filter((v) => v > 0);
  const palette = [...models, ...series.options.map((option) => ({ modelId: option }))];
  const narrow = width < 480;
  return {
    size: { width, height: 380 + legendHeight },
    option: {
      grid: { left: 72, right: 56, top: 40, bottom: 56 + legendHeight },
      legend,
      xAxis: {
        type: "log",
        name: m.charts.volumeUnit,
        nameLocation: "middle",
        nameGap: 28,
        min: points[0]!.volume,
        max: points.at(-1)!.volume,
        // Every other decade on a phone-wide chart (ECharts ticks a log axis at powers of its base): six decade labels
        // ("1000万", "10億") do not fit 360 px; the range's ends, off those powers, are not labelled there either.
        logBase: narrow ? 100 : 10,
        axisLabel: { formatter: (value: number) => f.volume(value), hideOverlap: true, ...(narrow ? { showMinLabel: false, showMaxLabel: false } : {}) },
      },
      yAxis: {
        type: "log",
        name: m.charts.monthlyCost,
        nameLocation: "middle",
        nameGap: 56,
        min: 10 ** Math.floor(Math.log10(Math.min(...costs))),
        axisLabel: { formatter: (value: number) => `$${f.volume(value)}` },
      },
      series: series.options.map((option, index) => ({
        type: "line",
        name: names[index],
        // The option's model's colour; options without a model (a caller's own series) take the colours after them.
        color: modelColor(palette, series.optionKinds?.[option]?.model ?? option),
        showSymbol: false,
        data: points.filter((p) => (p.monthlyUsd[option] ?? 0) > 0).map((p) => [p.volume, p.monthlyUsd[option]!]),
        ...(index === 0 && crossings.length > 0
          ? {
              markLine: {
                silent: true,
                symbol: "none",
                lineStyle: { type: "dashed", color: NEUTRAL_COLOR },
                data: crossings.map((segment, i) => ({
                  xAxis: segment.fromVolume,
                  label: { formatter: f.volume(segment.fromVolume), position: i % 2 === 0 ? "end" : "insideEndTop", color: "#1d1d1f", ...LABEL_HALO },
                })),
              },
            }
          : {}),
      })),
    },
  };
}

/** The option's name in the report's language: "gpt-4o (API)", "llama-3-8b（自前運用）". */
export function optionLabel(series: BreakEvenSeries, option: string, m: Messages): string {
  const kind = series.optionKinds?.[option];
  if (!kind) return option;
  return kind.kind === "api" ? m.charts.apiOption(kind.model) : m.charts.hostedOption(kind.model);
}

/**
 * Where the cheapest option changes: the series' exact segments when it has them (built from `hosting:`), else the
 * cheapest option at each of a caller's points.
 */
export function cheapestByVolume(series: BreakEvenSeries): Array<{ fromVolume: number; toVolume: number; option: string }> {
  if (series.segments) return series.segments;
  const ranges: Array<{ fromVolume: number; toVolume: number; option: string }> = [];
  for (const point of [...series.points].sort((a, b) => a.volume - b.volume)) {
    let best: string | null = null;
    for (const option of series.options) {
      const cost = point.monthlyUsd[option];
      if (cost !== undefined && Number.isFinite(cost) && (best === null || cost < point.monthlyUsd[best]!)) best = option;
    }
    const last = ranges.at(-1);
    if (last) last.toVolume = point.volume;
    if (best !== null && last?.option !== best) ranges.push({ fromVolume: point.volume, toVolume: point.volume, option: best });
  }
  return ranges;
}
