import { categoryLabel } from "../../report/i18n/messages.js";
import { html, type SafeHtml } from "../../report/html/html-template.js";
import type { ModelRow, SuiteRow } from "../../store/queries.js";
import type { ViewContext } from "../view-context.js";
import { selectLabelClass } from "./select-width.js";
import { href, OUTCOMES, revisionParams, type Outcome, type ViewFilter } from "../view-filter.js";

/** What a run offers to filter by. */
interface FilterChoices {
  suites: readonly SuiteRow[];
  models: readonly ModelRow[];
}

/** What the item list narrows to beyond the filter every page has. */
interface ItemChoices {
  outcome: Outcome | null;
  /** Only the items where the models got different verdicts. */
  disagree: boolean;
}

/**
 * A GET form narrowing a page to a suite, a model and a category (and on the item list an outcome and "models
 * disagree"): plain HTML, no script; the server does the filtering. `items` undefined leaves those out of the form. The
 * scoring revision shown is kept, by applying or resetting the filter alike.
 */
export function filterForm(view: ViewContext, action: string, filter: ViewFilter, choices: FilterChoices, items?: ItemChoices): SafeHtml {
  const { view: v, messages } = view;
  const categories = [...new Set(choices.suites.map((suite) => suite.category))];
  const itemControls =
    items === undefined
      ? html``
      : html`${select(view, v.filters.outcome, "outcome", items.outcome === null ? [] : [items.outcome], OUTCOMES.map((o) => [o, v.filters.outcomes[o]]))}
<label class="check"><input type="checkbox" name="disagree" value="1"${items.disagree ? html` checked` : ""}>${v.filters.disagree}</label>`;
  return html`<form class="filters" method="get" action="${action}"><fieldset><legend>${v.filters.legend}</legend>
${select(view, v.filters.suite, "suite", filter.suites, choices.suites.map((suite) => [suite.name, suite.name]))}
${multiSelect(v.filters.model, v.filters.noneIsAll, "model", filter.models, choices.models.map((model) => [model.modelId, model.modelId]))}
${select(view, v.filters.category, "category", filter.categories, categories.map((c) => [c, categoryLabel(messages, c)]))}
${itemControls}${filter.revision != null && html`<input type="hidden" name="revision" value="${String(filter.revision)}">`}<button type="submit">${v.filters.apply}</button><a href="${href(action, revisionParams(filter.revision))}">${v.filters.reset}</a></fieldset></form>`;
}

function select(view: ViewContext, label: string, name: string, chosen: readonly string[], options: ReadonlyArray<readonly [string, string]>): SafeHtml {
  const texts = [view.view.filters.all, ...options.map(([, text]) => text)];
  return html`<label${selectLabelClass(texts)}>${label}<select name="${name}"><option value="">${view.view.filters.all}</option>${options.map(
    ([value, text]) => html`<option value="${value}"${chosen.includes(value) ? html` selected` : ""}>${text}</option>`,
  )}</select></label>`;
}

/**
 * A list of which any number may be chosen (none chosen: all), each chosen one shown selected, so applying the form
 * again keeps the whole selection (`?model=a&model=b`).
 */
function multiSelect(label: string, hint: string, name: string, chosen: readonly string[], options: ReadonlyArray<readonly [string, string]>): SafeHtml {
  return html`<label>${label} <span class="muted">${hint}</span><select name="${name}" multiple size="${Math.min(6, Math.max(2, options.length))}">${options.map(
    ([value, text]) => html`<option value="${value}"${chosen.includes(value) ? html` selected` : ""}>${text}</option>`,
  )}</select></label>`;
}

/** Previous / next links around "page N of M", keeping every other query parameter. */
export function pager(
  view: ViewContext,
  link: (page: number) => string,
  page: number,
  pages: number,
  total: number,
): SafeHtml {
  const { view: v, format: f } = view;
  return html`<nav class="pager" aria-label="${v.page(f.count(page), f.count(pages), f.count(total))}">${
    page > 1 ? html`<a href="${link(page - 1)}" rel="prev">${v.previous}</a>` : html`<span class="muted">${v.previous}</span>`
  }<span>${v.page(f.count(page), f.count(pages), f.count(total))}</span>${
    page < pages ? html`<a href="${link(page + 1)}" rel="next">${v.next}</a>` : html`<span class="muted">${v.next}</span>`
  }</nav>`;
}
