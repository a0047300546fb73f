import { cheapestByVolume, optionLabel } from "../charts/break-even-chart.js";
import type { BreakEvenSeries } from "../model/report-types.js";
import type { RenderContext } from "../render-context.js";
import { headingWords } from "../i18n/header-words.js";

/**
 * The break-even's two tables as text cells, for the HTML and Markdown reports alike: the cheapest option for each
 * range of monthly volume (the chart's marked crossovers), and each API model against each self-hosted one (the
 * volume the recommendation quotes).
 */
export function breakEvenTables(context: RenderContext, series: BreakEvenSeries): { cheapest: { head: string[]; rows: string[][] }; pairs: { head: string[]; rows: string[][] } } {
  const { messages: m, format: f } = context;
  const c = m.charts;
  const cheapest = cheapestByVolume(series).map((segment) => [
    `${f.volume(segment.fromVolume)} – ${f.volume(segment.toVolume)}`,
    optionLabel(series, segment.option, m),
  ]);
  const pairs = (series.pairs ?? []).map((pair) => [
    pair.apiModel,
    pair.hostedModel,
    f.usd(pair.apiUsdPerMillion),
    f.usd(pair.replicaMonthlyUsd),
    f.volume(pair.replicaMonthlyTokens),
    pair.selfHostedCheaperFrom === null ? c.never : f.volume(pair.selfHostedCheaperFrom),
  ]);
  return {
    cheapest: { head: [c.volumeRange, c.cheapest].map(headingWords), rows: cheapest },
    pairs: { head: [c.apiOption(m.columns.model), c.hostedOption(m.columns.model), c.apiPerMillion, c.replicaMonthly, c.replicaCapacity, c.cheaperFrom].map(headingWords), rows: pairs },
  };
}
