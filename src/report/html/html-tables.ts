import type { Interval } from "../../analysis/types.js";
import { categoryLabel, type Messages } from "../i18n/messages.js";
import type { ReportComparison, ReportEntry } from "../model/report-types.js";
import type { ModelPricing } from "../../analysis/decision/model-pricing.js";
import type { NumberFormat } from "../i18n/number-format.js";
import { ratingCells, ratingsNotes } from "../i18n/rating-cells.js";
import { pricingNotes } from "../model/pricing-notes.js";
import { wholeId } from "./html-id.js";
import { modelLabel, scoringText, verdictText, type RenderContext } from "../render-context.js";
import { html, withCode, type SafeHtml } from "./html-template.js";
import { runStatusText } from "../run-status-text.js";
import { scoredWithText } from "../text/scored-with-text.js";
import { SEPARATOR } from "./html-separator.js";

/** The run's identity and its models (provider, model, price, note). */
export function runHeader(context: RenderContext): SafeHtml {
  const { report, messages: m, format: f } = context;
  const { run } = report;
  const rows: Array<[string, string]> = [
    [m.run, run.id],
    [m.status, runStatusText(m, run)],
    [m.created, f.date(run.createdAt)],
    [m.finished, f.date(run.finishedAt)],
    [m.version, run.kurabeVersion],
    [m.scoringRevision, scoringText(run, m, f)],
  ];
  if (run.description) rows.push([m.description, run.description]);
  const settings = scoredWithText(run.scoring.scoredWith);
  const scoredWith = settings === null ? "" : html`<div><dt>${m.scoredWith}</dt><dd>${withCode(settings)}</dd></div>`;
  return html`<header><h1>${m.title}</h1><dl class="run">${rows.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}${scoredWith}</dl>
<details class="models"><summary>${m.sections.models}</summary><div class="table-wrap"><table class="stack"><thead><tr><th>${m.columns.model}</th><th>${m.columns.provider}</th><th>${m.columns.modelName}</th><th class="num">${m.columns.priceInput}</th><th class="num">${m.columns.priceOutput}</th></tr></thead><tbody>
${report.models.map(
  (model) => html`<tr><td data-label="${m.columns.model}">${wholeId(modelLabel(context, model.modelId))}</td><td data-label="${m.columns.provider}">${model.provider}</td>
<td data-label="${m.columns.modelName}">${model.model}</td><td class="num" data-label="${m.columns.priceInput}">${perMillion(model.pricing, f, m)?.input ?? "–"}</td>
<td class="num" data-label="${m.columns.priceOutput}">${perMillion(model.pricing, f, m)?.output ?? "–"}</td></tr>`,
)}
</tbody></table></div></details>
${modelNotes(context)}</header>`;
}

/**
 * USD per 1M tokens as the table shows them; self-hosted prices (from `hosting:`) are marked "≈". Without an input rate
 * in `hosting:` a replica's GPU time is charged per output token, so its input price is not 0 but part of the output's.
 */
function perMillion(pricing: ModelPricing, f: NumberFormat, m: Messages): { input: string; output: string } | null {
  if (pricing.kind === "unpriced") return null;
  const mark = pricing.kind === "self-hosted" ? "≈" : "";
  const format = (value: number) => `${mark}${f.decimal(value, 2)}`;
  const inOutput = pricing.kind === "self-hosted" && pricing.assumptions.inputTokensPerSecond === null;
  return { input: inOutput ? m.inOutputPrice : format(pricing.price.input), output: format(pricing.price.output) };
}

function modelNotes(context: RenderContext): SafeHtml {
  const noted = context.report.models.filter((model) => model.note);
  if (noted.length === 0) return html``;
  return html`<ul class="notes">${noted.map((model) => html`<li>* ${model.modelId}${context.messages.colon}${model.note}</li>`)}</ul>`;
}

/** Per model × suite: score with its interval, counts, speed, tokens and cost. */
export function leaderboardTable(context: RenderContext): SafeHtml {
  const { report, messages: m } = context;
  const c = m.columns;
  const extra = report.entries.some((e) => e.passAtK || e.secondary);
  return html`<details class="all-figures"><summary>${m.sections.allFigures}</summary><div class="table-wrap"><table class="leaderboard stack"><thead><tr>
<th>${c.model}</th><th>${c.suite}<small class="category">${c.category}</small></th><th class="num">${c.score}</th><th>${c.interval}</th><th class="num">${c.n}</th>
<th class="num">${c.errors}</th><th class="num">${c.skipped}</th><th class="num">${c.latencyP50}</th><th class="num">${c.latencyP95}</th>
<th class="num">${c.ttft}</th><th class="num">${c.tokensPerSecond}</th><th class="num">${c.tokens}</th><th class="num">${c.cost}</th>
<th class="num">${c.costPerCorrect}</th>${extra && html`<th class="others">${c.otherScores}</th>`}</tr></thead><tbody>
${report.entries.map((entry) => leaderboardRow(context, entry, extra))}
</tbody></table></div></details>
${leaderboardNotes(context)}`;
}

function leaderboardRow(context: RenderContext, entry: ReportEntry, extra: boolean): SafeHtml {
  const { messages: m, format: f } = context;
  const c = m.columns;
  const n = entry.n === entry.planned ? f.count(entry.n) : `${f.count(entry.n)} / ${f.count(entry.planned)}`;
  const others = Object.entries({ ...entry.passAtK, ...entry.secondary }).map(([name, value]) => `${name} ${f.percent(value)}`);
  // A cell of more than one part is one <span>: on a phone (table.stack) each cell is a label and one value.
  return html`<tr><td data-label="${c.model}">${wholeId(modelLabel(context, entry.modelId))}</td>
<td data-label="${c.suite}"><span>${wholeId(entry.suite)}<small class="category">${categoryLabel(m, entry.category)}</small></span></td>
<td class="num" data-label="${c.score}"><strong>${f.percent(entry.score)}</strong></td>
<td class="num" data-label="${c.interval}"><span>${f.percentInterval(entry.interval)}${intervalBar(entry.interval)}</span></td>
<td class="num" data-label="${c.n}">${n}</td><td class="num" data-label="${c.errors}">${f.count(entry.errors)}</td><td class="num" data-label="${c.skipped}">${f.count(entry.skipped)}</td>
<td class="num" data-label="${c.latencyP50}">${f.ms(entry.latencyP50Ms)}</td><td class="num" data-label="${c.latencyP95}">${f.ms(entry.latencyP95Ms)}</td>
<td class="num" data-label="${c.ttft}">${f.ms(entry.ttftP50Ms)}</td><td class="num" data-label="${c.tokensPerSecond}">${f.decimal(entry.outputTokensPerSecond, 1)}</td>
<td class="num tokens" data-label="${c.tokens}"><span>${f.count(entry.inputTokens)} /<br> ${f.count(entry.outputTokens)}</span></td>
<td class="num" data-label="${c.cost}">${f.usd(entry.costUsd)}</td><td class="num" data-label="${c.costPerCorrect}">${f.usd(entry.costPerCorrectUsd)}</td>
${extra && html`<td class="others" data-label="${c.otherScores}">${others.join(m.comma)}</td>`}</tr>`;
}

/** A 0..1 interval drawn as a bar with the estimate marked; positions are numbers this program computed. */
function intervalBar(interval: Interval | null): SafeHtml {
  if (!interval || !Number.isFinite(interval.low) || !Number.isFinite(interval.high)) return html``;
  const at = (value: number) => (Math.min(1, Math.max(0, value)) * 100).toFixed(1);
  const width = (Math.max(0, Math.min(1, interval.high) - Math.max(0, interval.low)) * 100).toFixed(1);
  return html`<span class="ci" aria-hidden="true"><span style="left:${at(interval.low)}%;width:${width}%"></span><i style="left:${at(interval.estimate)}%"></i></span>`;
}

function leaderboardNotes(context: RenderContext): SafeHtml {
  const { report, messages: m, format: f } = context;
  const notes: string[] = [m.notes.interval, m.notes.errors];
  if (report.entries.some((e) => e.skipped > 0)) notes.push(m.notes.skipped);
  if (report.entries.some((e) => e.cached > 0)) notes.push(m.notes.cached);
  notes.push(...pricingNotes(report, m, f));
  notes.push(m.notes.costPerCorrect);
  return html`<ul class="notes">${notes.map((note) => html`<li>${withCode(note)}</li>`)}</ul>`;
}

/** Every pair of models per suite: the difference with its interval, p-value, and whether it is within noise. */
export function comparisonsSection(context: RenderContext): SafeHtml {
  const { report, messages: m } = context;
  if (report.comparisons.length === 0) return html`<p class="muted">${m.notes.noComparisons}</p>`;
  const c = m.columns;
  return html`${report.suites.map((suite) => {
    const rows = report.comparisons.filter((row) => row.suite === suite.name);
    if (rows.length === 0) return html``;
    return html`<h3>${suite.name}</h3><div class="table-wrap"><table class="comparisons stack"><thead><tr><th>A</th><th>B</th><th class="num">${c.n}</th>
<th class="num">${c.difference}</th><th class="num">${c.interval}</th><th class="num">${c.pValue}</th><th>${c.verdict}</th><th class="num">${c.itemsNeeded}</th></tr></thead>
<tbody>${rows.map((row) => comparisonRow(context, row))}</tbody></table></div>`;
  })}<ul class="notes"><li>${m.notes.pairedMethod}</li><li>${m.notes.comparisons}</li></ul>`;
}

function comparisonRow(context: RenderContext, row: ReportComparison): SafeHtml {
  const { format: f, messages: m } = context;
  const c = m.columns;
  return html`<tr class="${row.withinNoise ? "within-noise" : "significant"}"><td data-label="A">${wholeId(modelLabel(context, row.modelA))}</td><td data-label="B">${wholeId(modelLabel(context, row.modelB))}</td>
<td class="num" data-label="${c.n}">${f.count(row.n)}</td><td class="num" data-label="${c.difference}">${f.points(row.difference.estimate)}</td><td class="num" data-label="${c.interval}">${f.pointsInterval(row.difference)}</td>
<td class="num" data-label="${c.pValue}">${f.pValue(row.pValue)}</td><td data-label="${c.verdict}">${verdictBadge(context, row)}</td><td class="num" data-label="${c.itemsNeeded}">${f.count(row.moreItemsForMargin)}</td></tr>`;
}

function verdictBadge(context: RenderContext, row: ReportComparison): SafeHtml {
  if (row.n === 0) return html`–`;
  return html`<span class="badge ${row.withinNoise ? "noise" : "real"}">${verdictText(context, row)}</span>`;
}

/** Bradley–Terry ratings per suite with pairwise verdicts. */
export function ratingsSection(context: RenderContext): SafeHtml {
  const { report, messages: m, format: f } = context;
  const c = m.columns;
  return html`${report.ratings.map(
    (suite) => html`<h3>${suite.suite}</h3><p class="muted">${c.judgments}${m.colon}${f.count(suite.judgments)}${SEPARATOR}${c.consistent}${m.colon}${f.percent(suite.consistentShare)}</p>
<div class="table-wrap"><table class="ratings stack"><thead><tr><th>${c.model}</th><th class="num">${c.verdicts}</th><th class="num">${c.rating}</th><th class="num">${c.interval}</th></tr></thead><tbody>
${suite.ratings.map((r) => {
  const [verdicts, rating, interval] = ratingCells(r, m, f);
  return html`<tr><td data-label="${c.model}">${wholeId(modelLabel(context, r.model))}</td><td class="num" data-label="${c.verdicts}">${verdicts}</td><td class="num" data-label="${c.rating}">${rating}</td>
<td class="${r.rating === null ? "muted" : "num"}" data-label="${c.interval}">${interval}</td></tr>`;
})}</tbody></table></div>`,
  )}<ul class="notes">${ratingsNotes(m, f, report.ratings).map((note) => html`<li>${note}</li>`)}</ul>`;
}

/** IFEval's four accuracies for every entry that has them. */
export function ifevalTable(context: RenderContext): SafeHtml {
  const { report, messages: m, format: f } = context;
  const c = m.columns;
  const rows = report.entries.filter((entry) => entry.ifeval);
  return html`<div class="table-wrap"><table class="ifeval stack"><thead><tr><th>${c.model}</th><th>${c.suite}</th><th class="num">${c.promptStrict}</th>
<th class="num">${c.promptLoose}</th><th class="num">${c.instructionStrict}</th><th class="num">${c.instructionLoose}</th></tr></thead><tbody>
${rows.map(
  (entry) => html`<tr><td data-label="${c.model}">${wholeId(modelLabel(context, entry.modelId))}</td><td data-label="${c.suite}">${entry.suite}</td>
<td class="num" data-label="${c.promptStrict}">${f.percent(entry.ifeval!.promptStrict)}</td><td class="num" data-label="${c.promptLoose}">${f.percent(entry.ifeval!.promptLoose)}</td>
<td class="num" data-label="${c.instructionStrict}">${f.percent(entry.ifeval!.instructionStrict)}</td><td class="num" data-label="${c.instructionLoose}">${f.percent(entry.ifeval!.instructionLoose)}</td></tr>`,
)}</tbody></table></div>`;
}

/** What each judge's verdicts cost in the run. */
export function judgingTable(context: RenderContext): SafeHtml {
  const { report, messages: m, format: f } = context;
  const c = m.columns;
  return html`<div class="table-wrap"><table class="judging stack"><thead><tr><th>${c.judge}</th><th class="num">${c.verdicts}</th>
<th class="num">${c.requests}</th><th class="num">${c.tokens}</th><th class="num">${c.cost}</th></tr></thead><tbody>
${report.judging.map(
  (row) => html`<tr><td data-label="${c.judge}">${wholeId(modelLabel(context, row.judge))}</td><td class="num" data-label="${c.verdicts}">${f.count(row.verdicts)}</td>
<td class="num" data-label="${c.requests}">${m.aside(f.count(row.calls), f.count(row.cachedCalls))}</td><td class="num" data-label="${c.tokens}">${f.count(row.inputTokens)} / ${f.count(row.outputTokens)}</td>
<td class="num" data-label="${c.cost}">${f.usd(row.costUsd)}</td></tr>`,
)}</tbody></table></div><ul class="notes"><li>${m.notes.judging}</li></ul>`;
}
