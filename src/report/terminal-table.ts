import Table from "cli-table3";
import { messagesFor } from "./i18n/messages.js";
import { numberFormat } from "./i18n/number-format.js";
import { pricingNotes } from "./model/pricing-notes.js";
import type { Report, ReportEntry } from "./model/report-types.js";
import { scoringText } from "./render-context.js";
import { scoredWithText } from "./text/scored-with-text.js";

const messages = messagesFor("en");
const f = numberFormat(messages);

/**
 * The report model as a terminal table (the same figures, in the same format, as the HTML report), with the pricing
 * notes and the overall recommendation below it.
 */
export function renderLeaderboardTable(report: Report): string {
  const table = new Table({
    head: ["model", "suite", "score (95% CI)", "n", "errors", "p50", "p95", "$/1k answers", "$/correct", "cost (cache saved)"],
    colAligns: ["left", "left", "right", "right", "right", "right", "right", "right", "right", "right"],
    style: { head: [], border: [] },
  });
  for (const entry of report.entries) table.push(renderRow(entry, report));
  const notes: string[] = [];
  for (const model of report.models) if (model.note) notes.push(`* ${model.modelId}: ${model.note}`);
  notes.push(...pricingNotes(report, messages, f));
  for (const entry of report.entries) {
    const values = Object.entries({ ...entry.passAtK, ...entry.secondary }).map(([k, v]) => `${k} ${f.percent(v)}`);
    if (values.length > 0) notes.push(`${entry.modelId} on ${entry.suite}: ${values.join(", ")}`);
  }
  if (report.entries.some((e) => e.skipped > 0)) notes.push(messages.notes.skipped);
  if (report.entries.some((e) => e.cached > 0)) notes.push(messages.notes.cached);
  const verdict = report.suites.length > 1 ? report.recommendation.overall.verdict.en : report.recommendation.suites[0]?.verdict.en;
  if (verdict) notes.push(`${messages.sections.recommendation}: ${verdict}`);
  const settings = scoredWithText(report.run.scoring.scoredWith);
  const scoredWith = settings === null ? [] : [`${messages.scoredWith.toLowerCase()}: ${settings}`];
  return [`run ${report.run.id} · scoring revision ${scoringText(report.run, messages, f)}`, ...scoredWith, table.toString(), ...notes].join("\n");
}

function renderRow(entry: ReportEntry, report: Report): string[] {
  const model = report.models.find((m) => m.modelId === entry.modelId);
  const name = model?.note ? `${entry.modelId} *` : entry.modelId;
  const n = entry.n === entry.planned ? f.count(entry.n) : `${f.count(entry.n)}/${f.count(entry.planned)}`;
  const saved = entry.cacheSavingsUsd ? ` (${f.usd(entry.cacheSavingsUsd)})` : "";
  return [
    name,
    entry.suite,
    entry.score === null ? "–" : `${f.percent(entry.score)} ${f.percentInterval(entry.interval)}`,
    n,
    entry.skipped > 0 ? `${f.count(entry.errors)} (+${f.count(entry.skipped)} skipped)` : f.count(entry.errors),
    f.ms(entry.latencyP50Ms),
    f.ms(entry.latencyP95Ms),
    f.usd(entry.costPerAnswerUsd === null ? null : entry.costPerAnswerUsd * 1000),
    f.usd(entry.costPerCorrectUsd),
    `${f.usd(entry.costUsd)}${saved}`,
  ];
}
