import type { UseCaseRecommendation } from "../model/recommendation.js";
import type { RenderContext } from "../render-context.js";
import { html, type SafeHtml } from "./html-template.js";

/** Which model to use, overall and per suite: the verdict, the Pareto set, and how to add self-hosting if absent. */
export function recommendationSection(context: RenderContext): SafeHtml {
  const { report, messages: m } = context;
  const { overall, suites } = report.recommendation;
  const useCases = suites.length > 1 ? [overall, ...suites] : suites;
  return html`<ul class="recommendation">${useCases.map((useCase) => useCaseItem(context, useCase))}</ul>
<ul class="notes"><li>${m.notes.recommendation}</li>${report.breakEven ? html`` : html`<li class="break-even-hint">${m.notes.breakEvenHint}</li>`}</ul>`;
}

function useCaseItem(context: RenderContext, useCase: UseCaseRecommendation): SafeHtml {
  const { messages: m, language } = context;
  const label = useCase.suite ?? m.recommendation.overallLabel;
  const pareto = useCase.pareto.length > 0 ? html` <span class="muted">(${m.recommendation.pareto}: ${useCase.pareto.join(", ")})</span>` : html``;
  return html`<li><strong>${label}</strong>: ${useCase.verdict[language]}${pareto}</li>`;
}
