import type { UseCaseRecommendation } from "../model/recommendation.js";
import type { RenderContext } from "../render-context.js";
import { wholeId, withWholeIds } from "./html-id.js";
import { html, withCode, type SafeHtml } from "./html-template.js";

/**
 * The first screen: per use case (overall, then each suite) the model to pick, its score and interval, cost per
 * 1,000 answers, p50 latency and what it gives up; then the verdicts in words, and how kurabe decides (collapsed).
 */
export function recommendationSection(context: RenderContext): SafeHtml {
  const { report, messages: m } = context;
  const { overall, suites } = report.recommendation;
  const useCases = suites.length > 1 ? [overall, ...suites] : suites;
  const c = m.columns;
  const r = m.recommendation;
  return html`<div class="table-wrap"><table class="use-cases stack"><thead><tr><th>${c.suite}</th><th>${r.choice}</th><th class="num">${c.score}</th>
<th class="num">${c.costPer1k}</th><th class="num">${c.latencyP50}</th><th>${c.givesUp}</th></tr></thead><tbody>
${useCases.map((useCase) => useCaseRow(context, useCase))}</tbody></table></div>
<ul class="recommendation">${useCases.map((useCase) => html`<li><strong>${useCase.suite ?? r.overallLabel}</strong>${m.colon}${withWholeIds(useCase.verdict[context.language], modelIds(context))}</li>`)}</ul>
<details class="how"><summary>${m.howDecides.title}</summary><ol>${m.howDecides.rules.map((rule) => html`<li>${withCode(rule)}</li>`)}</ol></details>
<ul class="notes">${report.breakEven ? html`` : html`<li class="break-even-hint">${withCode(m.notes.breakEvenHint)}</li>`}</ul>`;
}

function useCaseRow(context: RenderContext, useCase: UseCaseRecommendation): SafeHtml {
  const { messages: m, format: f } = context;
  const c = m.columns;
  const label = useCase.suite ?? m.recommendation.overallLabel;
  const chosen = useCase.candidates.find((candidate) => candidate.modelId === useCase.choice);
  if (!chosen) return html`<tr><td data-label="${c.suite}">${label}</td><td colspan="5">–</td></tr>`;
  const score = chosen.interval ? html`<span>${f.percent(chosen.score)} <span class="muted">${f.percentInterval(chosen.interval)}</span></span>` : html`${f.percent(chosen.score)}`;
  return html`<tr><td data-label="${c.suite}"><strong>${wholeId(label)}</strong></td><td data-label="${m.recommendation.choice}"><strong>${wholeId(chosen.modelId)}</strong></td>
<td class="num" data-label="${c.score}">${score}</td><td class="num" data-label="${c.costPer1k}">${f.usd(chosen.costPerAnswerUsd === null ? null : chosen.costPerAnswerUsd * 1000)}</td>
<td class="num" data-label="${c.latencyP50}">${f.ms(chosen.latencyP50Ms)}</td><td data-label="${c.givesUp}">${withWholeIds(givesUp(context, useCase), modelIds(context))}</td></tr>`;
}

const modelIds = (context: RenderContext) => context.report.models.map((model) => model.modelId);

/** Against the top scorer: the points given up, or what the leader costs beyond the cheapest alternative. */
function givesUp(context: RenderContext, useCase: UseCaseRecommendation): string {
  const { messages: m, format: f } = context;
  const r = m.recommendation;
  if (useCase.choice !== useCase.leader) {
    const alternative = useCase.alternatives.find((a) => a.modelId === useCase.choice);
    const gap = alternative?.gap;
    return gap ? r.givesUpShort(f.points(gap.difference.estimate), useCase.leader!, gap.significant ? r.significant : r.notSignificant) : "–";
  }
  // The cheapest alternative that was not ruled out is the one a reader asks about; else the cheapest.
  const open = useCase.alternatives.find((a) => a.status !== "significantly-worse") ?? useCase.alternatives[0];
  if (!open) return useCase.tied.length > 0 ? r.tiedShort(useCase.tied.join(m.comma)) : r.nothingGivenUp;
  return r.whyNotCheaper(open.modelId, r.statuses[open.status]);
}
