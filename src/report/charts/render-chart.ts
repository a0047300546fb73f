import { BarChart, BoxplotChart, LineChart, RadarChart, ScatterChart } from "echarts/charts";
import { GridComponent, LegendComponent, RadarComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { sanitizeSvg } from "./sanitize-svg.js";

echarts.use([BarChart, BoxplotChart, LineChart, RadarChart, ScatterChart, GridComponent, LegendComponent, RadarComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export interface ChartSize {
  width: number;
  height: number;
}

/** The report's palette: distinguishable in print and for common colour-vision deficiencies (Okabe & Ito 2008). */
export const CHART_COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

/**
 * Renders a chart to an SVG string on the server (ECharts SSR, no DOM), with animation off so the picture is the
 * final one, then passes it through sanitizeSvg: the result can be placed inline in an HTML page as is.
 */
export function renderChartSvg(option: ChartOption, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({
      animation: false,
      color: CHART_COLORS,
      textStyle: { fontFamily: "system-ui, sans-serif" },
      ...option,
    });
    return sanitizeSvg(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}
