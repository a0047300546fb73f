import { html, type SafeHtml } from "../../report/html/html-template.js";
import type { PairVerdict } from "../pair-queries.js";
import type { ViewContext } from "../view-context.js";
import { SEPARATOR } from "../../report/html/html-separator.js";

/** A judge's pairwise verdicts on one item: who won (or a tie), how clearly, in which order, and the judge's reason. */
export function pairVerdicts(view: ViewContext, verdicts: readonly PairVerdict[]): SafeHtml {
  if (verdicts.length === 0) return html``;
  const p = view.view.pair;
  return html`<h4>${p.verdicts}</h4><ul class="pair-verdicts">${verdicts.map((verdict) => {
    const winner = verdict.verdict === "tie" ? p.tie : p.better(verdict.verdict === "a" ? verdict.modelA : verdict.modelB);
    const first = verdict.shownFirst === "a" ? verdict.modelA : verdict.modelB;
    return html`<li><strong>${winner}</strong>${verdict.strong && verdict.verdict !== "tie" ? html` <span class="badge real">${p.strong}</span>` : ""}
<span class="muted">${p.shownFirst(first)}${SEPARATOR}${verdict.judge}</span><blockquote class="data">${verdict.reason}</blockquote></li>`;
  })}</ul>`;
}
