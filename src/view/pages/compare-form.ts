import { html, type SafeHtml } from "../../report/html/html-template.js";
import type { RunSummary } from "../../store/queries.js";
import type { ViewContext } from "../view-context.js";
import { selectLabelClass } from "./select-width.js";

/** The runs (and optionally the one model) to compare. */
interface CompareChoice {
  base: string;
  cand: string;
  model: string | null;
}

/** A GET form choosing a baseline and a candidate run, and optionally one model of theirs. */
export function compareForm(view: ViewContext, runs: readonly RunSummary[], choice: CompareChoice, models: readonly string[] = []): SafeHtml {
  const f = view.view.compareForm;
  const runOptions = (chosen: string) =>
    runs.map((run) => html`<option value="${run.id}"${run.id === chosen ? html` selected` : ""}>${run.id}</option>`);
  const runsClass = selectLabelClass(runs.map((run) => run.id));
  return html`<form class="filters" method="get" action="/compare"><fieldset><legend>${view.view.compare}</legend>
<label${runsClass}>${f.baseline}<select name="base">${runOptions(choice.base)}</select></label>
<label${runsClass}>${f.candidate}<select name="cand">${runOptions(choice.cand)}</select></label>
<label${selectLabelClass([f.everyShared, ...models])}>${f.model}<select name="model"><option value="">${f.everyShared}</option>${models.map(
    (model) => html`<option value="${model}"${model === choice.model ? html` selected` : ""}>${model}</option>`,
  )}</select></label>
<button type="submit">${f.submit}</button></fieldset></form>`;
}
