import { html, withCode, type SafeHtml } from "../../report/html/html-template.js";
import { categoryLabel } from "../../report/i18n/messages.js";
import { withWholeIds } from "../../report/html/html-id.js";
import { compareSides, type SuiteComparison } from "../../report/compare-runs.js";
import { listRuns, runModels, type RunSummary } from "../../store/queries.js";
import type { Page, PageHandler, ViewContext } from "../view-context.js";
import { href, runPath } from "../view-filter.js";
import { compareForm } from "./compare-form.js";
import { pairForm } from "./pair-page.js";
import { isPage, lookupRun } from "./run-lookup.js";
import { SEPARATOR } from "../../report/html/html-separator.js";

/**
 * `/compare?base=RUN&cand=RUN&model=`: per model both runs evaluated (or the one chosen) and per suite both ran,
 * the paired difference candidate − baseline with its interval and significance (compareSides, as `kurabe compare`).
 */
export const comparePage: PageHandler = (view, request): Page => {
  const { view: v } = view;
  const runs = listRuns(view.db);
  if (runs.length === 0) return { status: 200, title: v.compare, body: html`<h1>${v.compare}</h1><p>${withCode(v.noRuns)}</p>` };
  const [baseId, candId] = [request.query.get("base"), request.query.get("cand")];
  if (!baseId || !candId) {
    // Nothing is computed until both runs are chosen: the two latest are offered.
    const choice = { base: (runs[1] ?? runs[0]!).id, cand: runs[0]!.id, model: null };
    return { status: 200, title: v.compare, body: html`<h1>${v.compare}</h1>${compareForm(view, runs, choice)}<p>${v.chooseRuns}</p>${latestRunPairForm(view, runs)}` };
  }
  const base = lookupRun(view, baseId);
  if (isPage(base)) return base;
  const cand = lookupRun(view, candId);
  if (isPage(cand)) return cand;
  const candidateModels = new Set(runModels(view.db, cand.id).map((model) => model.modelId));
  const shared = runModels(view.db, base.id).map((model) => model.modelId).filter((id) => candidateModels.has(id));
  const chosen = request.query.get("model") || null;
  const models = chosen === null ? shared : shared.filter((id) => id === chosen);
  const form = compareForm(view, runs, { base: base.id, cand: cand.id, model: chosen }, shared);
  return {
    status: 200,
    title: `${v.compare} · ${base.id} → ${cand.id}`,
    body: html`<h1>${v.compare}</h1>${form}
<p>${v.compareForm.baseline}${view.messages.colon}<a href="${runPath(base.id)}">${base.id}</a>${SEPARATOR}${v.compareForm.candidate}${view.messages.colon}<a href="${runPath(cand.id)}">${cand.id}</a></p>
${models.length === 0 ? html`<p>${v.noSharedModels}</p>` : models.map((modelId) => modelSection(view, base, cand, modelId))}
<ul class="notes"><li>${v.compareNote}</li><li>${view.messages.notes.pairedMethod}</li><li>${view.messages.notes.comparisons}</li></ul>${latestRunPairForm(view, runs)}`,
  };
};

/** Two models of one run (the latest at first), item by item: the pair page's form. */
function latestRunPairForm(view: ViewContext, runs: readonly RunSummary[]): SafeHtml {
  const models = runModels(view.db, runs[0]!.id).map((model) => model.modelId);
  return html`<h2>${view.view.pair.heading}</h2>${pairForm(view, runs, runs[0]!.id, models, null, null)}`;
}

function modelSection(view: ViewContext, base: RunSummary, cand: RunSummary, modelId: string): SafeHtml {
  const { view: v } = view;
  const rows = view.comparisons.get(JSON.stringify([base.id, cand.id, modelId]), () =>
    compareSides(view.db, { runId: base.id, modelId }, { runId: cand.id, modelId }),
  );
  const c = view.messages.columns;
  const body =
    rows.length === 0
      ? html`<p>${v.noSharedSuites}</p>`
      : html`<div class="table-wrap"><table class="run-comparison stack"><thead><tr><th>${c.suite}</th><th>${c.category}</th>
<th class="num">${c.baseline}</th><th class="num">${c.candidate}</th><th class="num">${c.change}</th><th class="num">${c.interval}</th>
<th class="num">${c.pValue}</th><th class="num">${c.n}</th><th>${c.verdict}</th><th class="num">${c.itemsNeeded}</th></tr></thead><tbody>
${rows.map((row) => comparisonRow(view, row))}</tbody></table></div>`;
  const regressed = rows.filter((row) => row.regressedItems.length > 0);
  const links =
    regressed.length === 0
      ? html``
      : html`<h3>${v.regressedItems}</h3><ul class="regressed">${regressed.map(
          (row) => html`<li><strong>${row.suite}</strong>${view.messages.colon}${row.regressedItems.map(
            (item, i) => html`${i > 0 ? view.messages.comma : ""}<a href="${href(runPath(cand.id, "/item"), [["suite", row.suite], ["id", item], ["model", modelId]])}">${item}</a>`,
          )}</li>`,
        )}</ul>`;
  return html`<section class="pair"><h2>${withWholeIds(v.comparePair(modelId), [modelId])}</h2>${body}${links}</section>`;
}

function comparisonRow(view: ViewContext, row: SuiteComparison): SafeHtml {
  const { format: f, messages: m } = view;
  const { comparison } = row;
  const c = m.columns;
  return html`<tr class="${row.verdict}"><td data-label="${c.suite}">${row.suite}</td><td class="category" data-label="${c.category}">${categoryLabel(m, row.category)}</td>
<td class="num" data-label="${c.baseline}"><span>${f.percent(row.baseline?.estimate)} <span class="muted">${f.percentInterval(row.baseline)}</span></span></td>
<td class="num" data-label="${c.candidate}"><span>${f.percent(row.candidate?.estimate)} <span class="muted">${f.percentInterval(row.candidate)}</span></span></td>
<td class="num" data-label="${c.change}">${f.points(comparison.difference.estimate)}</td><td class="num" data-label="${c.interval}">${f.pointsInterval(comparison.difference)}</td>
<td class="num" data-label="${c.pValue}">${f.pValue(comparison.pValue)}</td><td class="num" data-label="${c.n}">${f.count(comparison.n)}</td>
<td data-label="${c.verdict}"><span class="badge ${row.verdict}">${m.runVerdicts[row.verdict]}</span></td><td class="num" data-label="${c.itemsNeeded}">${f.count(comparison.moreItemsForMargin)}</td></tr>`;
}
