import type { RenderContext } from "../render-context.js";
import { wholeId } from "./html-id.js";
import { html, type SafeHtml } from "./html-template.js";

/**
 * The compact model × suite table a decision-maker reads: per cell the score, its 95 % interval and the cost per
 * correct answer, the recommended model of each suite marked; the last column is the run overall (mean suite score,
 * cost per 1,000 answers). Narrow screens stack each model's cells (see REPORT_CSS, table.stack), each cell a row of
 * the same columns: suite, score, interval, and the cost under them.
 */
export function scoreMatrix(context: RenderContext): SafeHtml {
  const { report, messages: m, format: f } = context;
  const chosen = new Map(report.recommendation.suites.map((useCase) => [useCase.suite, useCase.choice]));
  const overall = report.suites.length > 1;
  return html`<div class="table-wrap"><table class="matrix stack"><thead><tr><th>${m.columns.model}</th>
${report.suites.map((suite) => html`<th class="num">${wholeId(suite.name)}</th>`)}${overall && html`<th class="num">${m.columns.overall}</th>`}</tr></thead><tbody>
${report.models.map((model) => {
  const summary = report.overview.find((o) => o.modelId === model.modelId);
  return html`<tr><th scope="row">${wholeId(model.modelId)}${model.note ? " *" : ""}</th>
${report.suites.map((suite) => {
  const entry = report.entries.find((e) => e.modelId === model.modelId && e.suite === suite.name);
  const pick = chosen.get(suite.name) === model.modelId;
  if (!entry || entry.score === null) return html`<td class="num" data-label="${suite.name}">–</td>`;
  return html`<td class="num${pick ? " chosen" : ""}" data-label="${suite.name}"><span class="score"><strong>${f.percent(entry.score)}</strong>${pick ? html` <span class="pick" title="${m.recommendation.choice}">✓</span>` : ""}</span>
<small class="interval">${f.percentInterval(entry.interval)}</small><small class="cost">${f.usd(entry.costPerCorrectUsd)} / ${m.columns.perCorrect}</small></td>`;
})}
${overall && html`<td class="num${report.recommendation.overall.choice === model.modelId ? " chosen" : ""}" data-label="${m.columns.overall}"><span class="score"><strong>${f.percent(summary?.quality)}</strong></span>
<small class="interval">${f.percentInterval(summary?.interval)}</small><small class="cost">${f.usd(summary?.costPer1kAnswersUsd)} / ${m.columns.per1kAnswers}</small></td>`}</tr>`;
})}</tbody></table></div>`;
}
