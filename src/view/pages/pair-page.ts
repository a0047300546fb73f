import { itemDetails } from "../../report/html/html-items.js";
import { html, withCode, type SafeHtml } from "../../report/html/html-template.js";
import { withWholeIds } from "../../report/html/html-id.js";
import { createRenderContext } from "../../report/render-context.js";
import { listRuns, runModels, type RunSummary } from "../../store/queries.js";
import { loadItem } from "../load-item.js";
import { itemVerdicts, pageOfDisagreements } from "../pair-queries.js";
import type { Page, PageHandler, ViewContext } from "../view-context.js";
import { href, parseFilter, parsePage, revisionParams, runPath } from "../view-filter.js";
import { pager } from "./filter-form.js";
import { selectLabelClass } from "./select-width.js";
import { opened, reportWithoutStatistics } from "./item-page.js";
import { pairVerdicts } from "./pair-verdicts.js";
import { isPage, lookupRun } from "./run-lookup.js";
import { SEPARATOR } from "../../report/html/html-separator.js";

export const PAIR_ITEMS_PER_PAGE = 20;

/**
 * `/pair?run=RUN&a=MODEL&b=MODEL&page=`: two models of one run item by item, on the items where they disagree (one
 * passed, the other did not) or a judge compared them: the question, both answers with their scores and details
 * (a rubric judge's reason among them), and the judge's pairwise verdicts with its reasons.
 */
export const pairPage: PageHandler = (view, request): Page => {
  const { view: v } = view;
  const runs = listRuns(view.db);
  if (runs.length === 0) return { status: 200, title: v.pair.heading, body: html`<h1>${v.pair.heading}</h1><p>${withCode(v.noRuns)}</p>` };
  const [runId, a, b] = [request.query.get("run"), request.query.get("a"), request.query.get("b")];
  const run = lookupRun(view, runId || runs[0]!.id);
  if (isPage(run)) return run;
  const models = runModels(view.db, run.id).map((model) => model.modelId);
  const form = pairForm(view, runs, run.id, models, a, b);
  if (!a || !b || a === b || !models.includes(a) || !models.includes(b)) {
    return { status: 200, title: v.pair.heading, body: html`<h1>${v.pair.heading}</h1>${form}<p>${v.pair.choose}</p>` };
  }
  const { total, page, pages, rows } = pageOfDisagreements(view.db, run.id, { a, b, page: parsePage(request.query), pageSize: PAIR_ITEMS_PER_PAGE });
  const context = createRenderContext(reportWithoutStatistics(view.db, run.id), view.language);
  const revision = revisionParams(parseFilter(request.query).revision);
  const link = (n: number) => href("/pair", [["run", run.id], ["a", a], ["b", b], ...revision, ["page", String(n)]]);
  const items = rows.map((row) => {
    const item = loadItem(view.db, run.id, row.suite, row.itemId, [a, b], [a, b]);
    const itemLink = href(runPath(run.id, "/item"), [["suite", row.suite], ["id", row.itemId], ...revision]);
    return html`<section class="pair-item"><h3>${row.suite}${SEPARATOR}<a href="${itemLink}">${row.itemId}</a></h3>
${item && opened(itemDetails(context, item))}${pairVerdicts(view, itemVerdicts(view.db, run.id, row.suite, row.itemId, [a, b]))}</section>`;
  });
  return {
    status: 200,
    title: `${v.pair.title(a, b)} · ${run.id}`,
    body: html`<p class="breadcrumbs"><a href="/">${v.runs}</a> › <a href="${href(runPath(run.id), revision)}">${run.id}</a></p>
<h1>${withWholeIds(v.pair.title(a, b), [a, b])}</h1>${form}<ul class="notes"><li>${v.pair.note}</li></ul>
${rows.length === 0 ? html`<p>${v.pair.none}</p>` : html`${pager(view, link, page, pages, total)}${items}${pager(view, link, page, pages, total)}`}`,
  };
};

/** A GET form choosing a run and two of its models (the models of the run shown). */
export function pairForm(view: ViewContext, runs: readonly RunSummary[], runId: string, models: readonly string[], a: string | null, b: string | null): SafeHtml {
  const f = view.view.pair.form;
  const options = (chosen: string | null, fallback: string | undefined) =>
    models.map((model) => html`<option value="${model}"${model === (chosen ?? fallback) ? html` selected` : ""}>${model}</option>`);
  return html`<form class="filters" method="get" action="/pair"><fieldset><legend>${view.view.pair.heading}</legend>
<label${selectLabelClass(runs.map((run) => run.id))}>${f.run}<select name="run">${runs.map((run) => html`<option value="${run.id}"${run.id === runId ? html` selected` : ""}>${run.id}</option>`)}</select></label>
<label${selectLabelClass(models)}>${f.a}<select name="a">${options(a, models[0])}</select></label>
<label${selectLabelClass(models)}>${f.b}<select name="b">${options(b, models[1])}</select></label>
<button type="submit">${f.submit}</button></fieldset></form>`;
}
