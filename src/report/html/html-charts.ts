import { breakEvenChart } from "../charts/break-even-chart.js";
import { capabilityChart } from "../charts/capability-chart.js";
import { costQualityChart } from "../charts/cost-quality-chart.js";
import { latencyChart } from "../charts/latency-chart.js";
import { renderChartSvg, type ChartOption, type ChartSize } from "../charts/render-chart.js";
import type { BreakEvenSeries } from "../model/report-types.js";
import type { RenderContext } from "../render-context.js";
import { breakEvenTables } from "../text/break-even-table.js";
import { html, trusted, type SafeHtml } from "./html-template.js";

/** The capability radar, quality against cost with its Pareto front, and latency boxes, as inline SVG. */
export function chartsSection(context: RenderContext): SafeHtml {
  const { report, messages: m } = context;
  const unpriced = report.overview.filter((o) => o.quality !== null && o.costPer1kAnswersUsd === null).map((o) => o.modelId);
  const figures = [
    figure(capabilityChart(report, m), m.charts.capability, [m.charts.capabilityNote]),
    figure(costQualityChart(report, m), m.charts.costQuality, [
      m.charts.costQualityNote,
      unpriced.length > 0 ? m.charts.notPlotted(unpriced.join(", ")) : "",
    ]),
    figure(latencyChart(report, m), m.charts.latency, [m.charts.latencyNote]),
  ];
  return html`<div class="charts">${figures}</div>`;
}

/** Monthly cost of each option by volume, and where the cheapest option changes. */
export function breakEvenSection(context: RenderContext, series: BreakEvenSeries): SafeHtml {
  const { messages: m, format: f } = context;
  const tables = breakEvenTables(context, series);
  const table = (name: string, t: { head: string[]; rows: string[][] }) =>
    html`<div class="table-wrap"><table class="${name}"><thead><tr>${t.head.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>
${t.rows.map((row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody></table></div>`;
  return html`${figure(breakEvenChart(series, m, f), m.charts.breakEven, [])}${table("break-even", tables.cheapest)}
${tables.pairs.rows.length > 0 && html`<h3>${m.charts.pairs}</h3>${table("break-even-pairs", tables.pairs)}`}`;
}

function figure(chart: { option: ChartOption; size: ChartSize } | null, title: string, notes: string[]): SafeHtml {
  if (!chart) return html``;
  // sanitizeSvg (inside renderChartSvg) has already reduced the chart to allowlisted drawing markup.
  const svg = trusted(renderChartSvg(chart.option, chart.size));
  return html`<figure><h3>${title}</h3>${svg}<figcaption>${notes.filter(Boolean).map((note) => html`<p>${note}</p>`)}</figcaption></figure>`;
}
