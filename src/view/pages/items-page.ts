import { html, type SafeHtml } from "../../report/html/html-template.js";
import { runModels, runSuites } from "../../store/queries.js";
import { itemMarks, pageOfItems, type ItemListRow, type ItemMark } from "../item-queries.js";
import type { Page, PageHandler, ViewContext } from "../view-context.js";
import { filterParams, href, keeps, parseDisagree, parseFilter, parseOutcome, parsePage, revisionParams, runPath, type Outcome, type ViewFilter } from "../view-filter.js";
import { filterForm, pager } from "./filter-form.js";
import { isPage, lookupRun } from "./run-lookup.js";

export const ITEMS_PER_PAGE = 50;

const MARKS: Record<Outcome, string> = { pass: "✓", fail: "✗", error: "!", skipped: "–" };

/**
 * `/runs/RUN/items?suite=&model=&category=&outcome=&disagree=1&page=`: a page of a run's items with each model's
 * outcome, linking to each item's answers. Filtering and paging happen in SQL: a page costs the same in a 100,000-item run.
 */
export const itemsPage: PageHandler = (view, request): Page => {
  const run = lookupRun(view, request.params[0]!);
  if (isPage(run)) return run;
  const { view: v } = view;
  const filter = parseFilter(request.query);
  const outcome = parseOutcome(request.query);
  const disagree = parseDisagree(request.query);
  const choices = { suites: runSuites(view.db, run.id), models: runModels(view.db, run.id) };
  const models = choices.models.map((model) => model.modelId).filter((id) => keeps(filter.models, id));
  const { total, page, pages, rows } = pageOfItems(view.db, run.id, {
    filter,
    outcome,
    disagree,
    page: parsePage(request.query),
    pageSize: ITEMS_PER_PAGE,
  });
  const params: Array<[string, string]> = [
    ...filterParams(filter),
    ...(outcome ? [["outcome", outcome] as [string, string]] : []),
    ...(disagree ? [["disagree", "1"] as [string, string]] : []),
  ];
  const link = (n: number) => href(runPath(run.id, "/items"), [...params, ["page", String(n)]]);
  const c = v.columns;
  const table =
    rows.length === 0
      ? html`<p>${v.noItems}</p>`
      : html`<div class="table-wrap"><table class="item-list stack"><thead><tr><th>${view.messages.columns.suite}</th><th>${c.item}</th>${models.map((model) => html`<th>${model}</th>`)}<th>${c.question}</th></tr></thead><tbody>
${rows.map((row) => itemRow(view, run.id, row, models, filter))}
</tbody></table></div>`;
  return {
    status: 200,
    title: `${v.items} · ${run.id}`,
    body: html`<p class="breadcrumbs"><a href="/">${v.runs}</a> › <a href="${href(runPath(run.id), filterParams(filter))}">${run.id}</a></p>
<h1>${v.items}</h1>
${filterForm(view, runPath(run.id, "/items"), filter, choices, { outcome, disagree })}
${outcome && html`<p class="muted">${v.filters.outcomeNote}</p>`}
${disagree && html`<p class="muted">${v.filters.disagreeNote}</p>`}
${pager(view, link, page, pages, total)}${table}${rows.length > 0 && pager(view, link, page, pages, total)}`,
  };
};

/** One item: its id linking to its page (keeping the model filter and revision), a mark per model and sample, the question's start. */
function itemRow(view: ViewContext, runId: string, row: ItemListRow, models: readonly string[], filter: ViewFilter): SafeHtml {
  const marks = itemMarks(view.db, runId, row.suite, row.itemId, models);
  const chosen = filter.models.map((m): [string, string] => ["model", m]);
  const link = href(runPath(runId, "/item"), [["suite", row.suite], ["id", row.itemId], ...chosen, ...revisionParams(filter.revision)]);
  const c = view.view.columns;
  return html`<tr><td data-label="${view.messages.columns.suite}">${row.suite}</td><td class="item-id" data-label="${c.item}"><a href="${link}">${row.itemId}</a></td>${models.map(
    (model) => html`<td class="marks-cell" data-label="${model}">${markCell(view, marks.filter((mark) => mark.modelId === model))}</td>`,
  )}<td class="preview-cell" data-label="${c.question}">${row.preview}</td></tr>`;
}

function markCell(view: ViewContext, marks: readonly ItemMark[]): SafeHtml {
  if (marks.length === 0) return html`<span class="muted">·</span>`;
  return html`${marks.map(
    (mark) => html`<span class="mark ${mark.outcome}" title="${view.view.filters.outcomes[mark.outcome]}">${MARKS[mark.outcome]}</span>`,
  )}`;
}
