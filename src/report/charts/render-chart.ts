import { BarChart, BoxplotChart, LineChart, RadarChart, ScatterChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, RadarComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { CHART_COLORS } from "./model-colors.js";
import { sanitizeSvg } from "./sanitize-svg.js";

echarts.use([BarChart, BoxplotChart, LineChart, RadarChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, RadarComponent, SVGRenderer]);

type ChartOption = echarts.EChartsCoreOption;

interface ChartSize {
  width: number;
  height: number;
}

/** A chart drawn for a given width: its ECharts option and the size it was laid out for. */
export interface ChartLayout {
  option: ChartOption;
  size: ChartSize;
}

/**
 * The width every chart is also drawn at for phones: a 390 px screen less the page's 12 px margins. A chart laid out
 * for this width keeps its 12 px labels readable, where a wide chart scaled down would shrink them to ~5 px.
 */
export const NARROW_CHART_WIDTH = 360;

/**
 * The width of a label in the 12 px chart font, estimated on the wide side (CJK characters a full em, others 7 px),
 * for laying out axes and legends before ECharts measures anything.
 */
export function labelWidth(text: string): number {
  return [...text].reduce((w, char) => w + ((char.codePointAt(0) ?? 0) >= 0x2e80 ? 12 : 7), 0);
}

/**
 * A halo in the page's white round a label: a 3 px stroke painted under its fill (ECharts writes paint-order="stroke"),
 * so a grid line, the Pareto front or a series line running through the label is hidden behind its letters rather than
 * striking them through. renderChartSvg gives it to every axis and legend text; a series label that sets its own
 * colour loses the global one and must spread this in itself.
 */
export const LABEL_HALO = { textBorderColor: "#fff", textBorderWidth: 3 } as const;

/**
 * The charts' typeface: one with Arial's widths (Arial, Helvetica, Liberation Sans), the widths ECharts lays out with
 * on the server, where it has no fonts to measure. In a wider face (system-ui, DejaVu Sans on Linux) a long name ran
 * past the place ECharts left for it: the legend's next entry was drawn over its end.
 */
const CHART_FONT = "Arial, Helvetica, Liberation Sans, Arimo, sans-serif";

const LEGEND_ROW = 14;
const LEGEND_PADDING = 5;

/**
 * A legend along the bottom of a chart `width` wide, and the height it takes. Server-side ECharts wraps legend items
 * by its own estimate of text widths, which is narrower than a browser's fonts, so wrapped rows overlap; a legend that
 * does not surely fit on one row is laid out one item per row instead. Widths are estimated on the wide side for the
 * 12 px font (CJK characters a full em, others 7 px).
 */
export function bottomLegend(names: readonly string[], width: number): { legend: ChartOption; height: number } {
  const gap = 16;
  const rowWidth = names.reduce((sum, name) => sum + 30 + gap + labelWidth(name), 0);
  if (rowWidth - gap <= width - 2 * LEGEND_PADDING) {
    return { legend: { bottom: 0, itemGap: gap, data: [...names] }, height: LEGEND_ROW + 2 * LEGEND_PADDING };
  }
  const rowGap = 8;
  return {
    legend: { bottom: 0, left: 8, orient: "vertical", itemGap: rowGap, data: [...names] },
    height: names.length * LEGEND_ROW + (names.length - 1) * rowGap + 2 * LEGEND_PADDING,
  };
}

/**
 * Renders a chart to an SVG string on the server (ECharts SSR, no DOM), with animation off so the picture is the
 * final one and a halo round every label, then passes it through sanitizeSvg: the result can be placed inline in an HTML page as is.
 */
export function renderChartSvg(option: ChartOption, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({
      animation: false,
      color: CHART_COLORS,
      textStyle: { fontFamily: CHART_FONT, ...LABEL_HALO },
      ...option,
    });
    return sanitizeSvg(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}
