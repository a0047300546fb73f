import { breakEvenChart } from "../charts/break-even-chart.js";
import { capabilityChart } from "../charts/capability-chart.js";
import { costQualityChart } from "../charts/cost-quality-chart.js";
import { latencyChart } from "../charts/latency-chart.js";
import { NARROW_CHART_WIDTH, renderChartSvg, type ChartLayout } from "../charts/render-chart.js";
import type { BreakEvenSeries } from "../model/report-types.js";
import type { RenderContext } from "../render-context.js";
import { breakEvenTables } from "../text/break-even-table.js";
import { withWholeIds } from "./html-id.js";
import { html, trusted, type SafeHtml } from "./html-template.js";

/** The capability radar, quality against cost with its Pareto front, and latency boxes, as inline SVG. */
export function chartsSection(context: RenderContext): SafeHtml {
  const { report, messages: m } = context;
  const unpriced = report.overview.filter((o) => o.quality !== null && o.costPer1kAnswersUsd === null).map((o) => o.modelId);
  const figures = [
    figure((width) => capabilityChart(report, m, width), m.charts.capability, [m.charts.capabilityNote]),
    figure((width) => costQualityChart(report, m, width), m.charts.costQuality, [
      m.charts.costQualityNote,
      unpriced.length > 0 ? m.charts.notPlotted(unpriced.join(m.comma)) : "",
    ]),
    figure((width) => latencyChart(report, m, width), m.charts.latency, [m.charts.latencyNote]),
  ];
  return html`<div class="charts">${figures}</div>`;
}

/** Monthly cost of each option by volume, and where the cheapest option changes. */
export function breakEvenSection(context: RenderContext, series: BreakEvenSeries): SafeHtml {
  const { messages: m, format: f } = context;
  const tables = breakEvenTables(context, series);
  const ids = context.report.models.map((model) => model.modelId);
  // On a phone each row becomes a card of labelled cells (REPORT_CSS, table.stack) rather than columns a character wide.
  const table = (name: string, t: { head: string[]; rows: string[][] }) =>
    html`<div class="table-wrap"><table class="${name} stack"><thead><tr>${t.head.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>
${t.rows.map((row) => html`<tr>${row.map((cell, i) => html`<td data-label="${t.head[i]!}">${withWholeIds(cell, ids)}</td>`)}</tr>`)}</tbody></table></div>`;
  return html`${figure((width) => breakEvenChart(series, context.report.models, m, f, width), m.charts.breakEven, [])}${table("break-even", tables.cheapest)}
${tables.pairs.rows.length > 0 && html`<h3>${m.charts.pairs}</h3>${table("break-even-pairs", tables.pairs)}`}`;
}

/**
 * A chart drawn twice, at its own width and at a phone's (NARROW_CHART_WIDTH); the style sheet shows one of the two
 * by the window's width, so the report needs no script and a phone reads 12 px labels, not a scaled-down picture.
 * `layout` is given undefined for the chart's own width.
 */
function figure(layout: (width?: number) => ChartLayout | null, title: string, notes: string[]): SafeHtml {
  const wide = layout();
  const narrow = layout(NARROW_CHART_WIDTH);
  if (!wide || !narrow) return html``;
  // sanitizeSvg (inside renderChartSvg) has already reduced the chart to allowlisted drawing markup.
  const svg = (chart: ChartLayout) => trusted(renderChartSvg(chart.option, chart.size));
  return html`<figure><h3>${title}</h3><div class="chart wide">${svg(wide)}</div><div class="chart narrow">${svg(narrow)}</div>
<figcaption>${notes.filter(Boolean).map((note) => html`<p>${note}</p>`)}</figcaption></figure>`;
}
